-- wrk script: each request reports a new repair of outlet 1 with its own ticket and Idempotency-Key, as shop
-- software should. The token comes from the environment (bench/repairs.sh fetches it from Keycloak).
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN") or tostring(os.time())
local counter = 0
local thread_id = 0

dofile("bench/common.lua")

function setup(thread)
   thread_id = thread_id + 1
   thread:set("id", thread_id)
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
