-- wrk script for bench/writes.sh: every request registers one activity held (the row
-- shape of POST /api/v1/registrations: activity, municipality, location, date,
-- participants). The staff token comes from CATALOGUS_TOKEN. Counts the 201s per
-- thread, so that the script can hold them against the rows found in the database.

local token = os.getenv("CATALOGUS_TOKEN")
if token == nil or token == "" then
  io.stderr:write("registrations.lua: set CATALOGUS_TOKEN to a staff token\n")
  os.exit(1)
end

wrk.method = "POST"
wrk.path = "/api/v1/registrations"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token
wrk.body = '{"activity": "breicafe", "municipality": "midden-drenthe", "location": 1, '
  .. '"date": "2024-05-14", "participants": 11}'

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
  io.write(string.format("created %d\n", total_created))
  io.write(string.format("other_responses %d\n", total_other))
  io.write(string.format("per_second %.1f\n", total_created / (summary.duration / 1e6)))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
  if total_other > 0 then io.write("first_other " .. sample:sub(1, 300):gsub("\n", " ") .. "\n") end
end
