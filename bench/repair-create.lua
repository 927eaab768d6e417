-- wrk script: each request reports a new repair of outlet 1 with its own ticket and Idempotency-Key, as shop
-- software should. The token comes from the environment (bench/repairs.sh fetches it from Keycloak).
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local counter = 0
local thread_id = 0
local threads = {}

function setup(thread)
   thread_id = thread_id + 1
   thread:set("id", thread_id)
   table.insert(threads, thread)
end

function init(args)
   statuses = {}
end

function request()
   counter = counter + 1
   local ticket = string.format("WRK-%s-%d-%d", run, id, counter)
   local body = string.format([[{"ticketNo":"%s","serviceType":"IN_SHOP","productCategory":"AIR_CONDITIONER","model":"KFR-35GW/BP3","serialNo":"BENCH-SN-%d","purchaseDate":"2023-05-01","fault":"不制冷，压缩机频繁启停","customer":{"name":"张伟","phone":"13812345678"},"technicianCode":"T01","labourFee":50,"otherFees":0,"warrantyDecision":"PAID_REPAIR","parts":[{"partCode":"AC-CAP-35","quantity":1,"unitPrice":45}]}]], ticket, counter % 50000)
   return wrk.format("POST", "/api/v1/repairs", {
      ["Authorization"] = "Bearer " .. token,
      ["Content-Type"] = "application/json",
      ["Idempotency-Key"] = ticket }, body)
end

function response(status, headers, body)
   statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
   local ok = summary.requests - summary.errors.status - summary.errors.connect - summary.errors.read
              - summary.errors.write - summary.errors.timeout
   io.write(string.format("BENCH %-12s connections=%s ok=%d non2xx=%d socket-errors=%d throughput=%.0f/s p50=%.1fms p95=%.1fms p99=%.1fms max=%.1fms\n",
      os.getenv("BENCH_PHASE") or "create", os.getenv("BENCH_CONNECTIONS") or "?", ok, summary.errors.status,
      summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
      summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
