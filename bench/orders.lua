-- wrk script for bench/orders.sh: every request creates one order of ten lines for
-- midden-drenthe in 2026 (a published year of the demo data). The admin token comes
-- from CATALOGUS_TOKEN. Counts the 201s per thread and prints the totals at the end,
-- so that the script can hold them against the orders found in the database.

local token = os.getenv("CATALOGUS_TOKEN")
if token == nil or token == "" then
  io.stderr:write("orders.lua: set CATALOGUS_TOKEN to an admin token\n")
  os.exit(1)
end

-- Activities 1 to 10 all have 2026 prices (activity 6 is priced per inhabitant).
local lines = {}
for i = 1, 10 do
  lines[#lines + 1] = string.format('{"activity": %d, "quantity": %d, "note": "wrk line %d"}', i, i, i)
end

wrk.method = "POST"
wrk.path = "/api/v1/orders"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"municipality": "midden-drenthe", "year": 2026, "reference": "wrk", "lines": ['
  .. table.concat(lines, ", ") .. ']}'

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  created = 0
  other = 0
  first_other = ""
end

function response(status, headers, body)
  if status == 201 then
    created = created + 1
  else
    if other == 0 then first_other = status .. " " .. (body or "") end
    other = other + 1
  end
end

function done(summary, latency, requests)
  local total_created, total_other, sample = 0, 0, ""
  for _, thread in ipairs(threads) do
    total_created = total_created + thread:get("created")
    total_other = total_other + thread:get("other")
    if sample == "" then sample = thread:get("first_other") end
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("orders_created %d\n", total_created))
  io.write(string.format("other_responses %d\n", total_other))
  io.write(string.format("orders_per_second %.1f\n", total_created / seconds))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
  if total_other > 0 then io.write("first_other " .. sample:sub(1, 300):gsub("\n", " ") .. "\n") end
end
