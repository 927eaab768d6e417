-- wrk script: GET one API path (BENCH_PATH, below /api/v1) with the outlet's token.
local token = os.getenv("BENCH_TOKEN")
local path = "/api/v1/" .. (os.getenv("BENCH_PATH") or "repairs?limit=50")

function request()
   return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end

function done(summary, latency, requests)
   io.write(string.format("BENCH %-12s connections=%s ok=%d non2xx=%d socket-errors=%d throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
      os.getenv("BENCH_PHASE") or "get", os.getenv("BENCH_CONNECTIONS") or "?", summary.requests - summary.errors.status, summary.errors.status,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
