-- wrk script: GET one API path (BENCH_PATH, below /api/v1) with the outlet's token.
local token = os.getenv("BENCH_TOKEN")
dofile("bench/common.lua")
local path = "/api/v1/" .. (os.getenv("BENCH_PATH") or "repairs?limit=50")

function request()
   return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token })
end
