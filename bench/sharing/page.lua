-- GET a page of 1,000 objects after a random point of the 1,000,000 (added_after)
local group = os.getenv("GROUP")
request = function()
  local us = math.random(0, 998000)
  local t = string.format("2020-01-01T00:00:%02d.%06dZ", math.floor(us / 1000000), us % 1000000)
  return wrk.format("GET", "/taxii2/gsi/collections/" .. group .. "/objects/?added_after=" .. t .. "&limit=1000")
end
