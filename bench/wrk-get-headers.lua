-- GETs one URL with the headers of WRK_HEADERS (one "Name: value" a line) and reports p50/p95/p99 in milliseconds as
-- JSON on the last line. WRK_EXPECT_STATUS (default 2xx): the status every answer must have, "2xx" or a code such as
-- 304; any other answer counts among the errors ("unexpected"), whereas wrk itself counts only statuses above 399
-- (those are counted once).
for line in (os.getenv("WRK_HEADERS") or ""):gmatch("[^\n]+") do
  local name, value = line:match("^%s*([^:]+):%s*(.-)%s*$")
  if name then
    wrk.headers[name] = value
  end
end
local expected = os.getenv("WRK_EXPECT_STATUS") or "2xx"
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  unexpected = 0
  unexpected_below_400 = 0
  first_unexpected = 0
end

response = function(status, headers, body)
  local ok
  if expected == "2xx" then
    ok = status >= 200 and status < 300
  else
    ok = status == tonumber(expected)
  end
  if not ok then
    unexpected = unexpected + 1
    if status < 400 then
      unexpected_below_400 = unexpected_below_400 + 1
    end
    if first_unexpected == 0 then
      first_unexpected = status
    end
  end
end

done = function(summary, latency, requests)
  local unexpected, below_400, first = 0, 0, 0
  for _, thread in ipairs(threads) do
    unexpected = unexpected + thread:get("unexpected")
    below_400 = below_400 + thread:get("unexpected_below_400")
    if first == 0 then
      first = thread:get("first_unexpected")
    end
  end
  io.write(string.format('WRK_JSON {"requests":%d,"seconds":%.3f,"errors":%d,"unexpected":%d,'
    .. '"first_unexpected_status":%d,"p50":%.3f,"p95":%.3f,"p99":%.3f}\n',
    summary.requests, summary.duration / 1e6,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
      + below_400, unexpected, first,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
