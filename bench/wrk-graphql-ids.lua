-- POSTs one GraphQL query per request, each with the next id of a list as its "id" variable, and reports
-- p50/p95/p99 in milliseconds as JSON on the last line.
-- WRK_IDS_FILE: the ids, one a line. WRK_BODY: the request body, JSON, with the string __ID__ where the id goes.
-- Every thread cycles through all the ids, starting at its own offset; the requests are formatted once, up front.
local threads, counter = {}, 0

setup = function(thread)
  thread:set("offset", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

init = function(args)
  local template = os.getenv("WRK_BODY")
  local headers = { ["Content-Type"] = "application/json" }
  requests = {}
  for id in io.lines(os.getenv("WRK_IDS_FILE")) do
    if id ~= "" then
      local body = template:gsub("__ID__", (id:gsub("%%", "%%%%")))
      requests[#requests + 1] = wrk.format("POST", nil, headers, body)
    end
  end
  if #requests == 0 then
    error("no ids in " .. os.getenv("WRK_IDS_FILE"))
  end
  next_index = (offset or 0) * 7919 % #requests
end

request = function()
  next_index = next_index % #requests + 1
  return requests[next_index]
end

done = function(summary, latency, requests)
  io.write(string.format('WRK_JSON {"requests":%d,"seconds":%.3f,"errors":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f}\n',
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
