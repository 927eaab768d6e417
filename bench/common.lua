-- Shared by the wrk scripts: optional pacing and the one-line result that bench/repairs.sh parses.
local ffi = require("ffi")
ffi.cdef [[
   typedef struct { long tv_sec; long tv_nsec; } bench_timespec;
   int clock_gettime(int clock_id, bench_timespec *tp);
]]
local ts = ffi.new("bench_timespec")
local function now_ms()
   ffi.C.clock_gettime(1, ts) -- CLOCK_MONOTONIC
   return tonumber(ts.tv_sec) * 1000 + tonumber(ts.tv_nsec) / 1e6
end

-- BENCH_RATE (requests/s over all threads) turns the closed loop into a schedule: each wrk thread sends its
-- share at fixed intervals, whatever its connections are doing, so latency is measured at a given load rather
-- than at saturation. A server that falls behind gets the missed requests at once (no coordinated pause).
local rate = tonumber(os.getenv("BENCH_RATE") or "0")
local threads = tonumber(os.getenv("BENCH_THREADS") or "1")
local next_at = nil

function delay()
   if rate <= 0 then
      return 0
   end
   local now = now_ms()
   next_at = (next_at or now) + threads * 1000 / rate
   return math.max(0, next_at - now)
end

function done(summary, latency, requests)
   local ok = summary.requests - summary.errors.status - summary.errors.connect - summary.errors.read
              - summary.errors.write - summary.errors.timeout
   io.write(string.format("BENCH %-12s connections=%s ok=%d non2xx=%d socket-errors=%d throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
      os.getenv("BENCH_PHASE") or "?", os.getenv("BENCH_CONNECTIONS") or "?", ok, summary.errors.status,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
