-- GET one object by match[id], a different one of the seeded ids each request
local ids = {}
local group = os.getenv("GROUP")
for line in io.lines(os.getenv("IDS")) do ids[#ids + 1] = line end
request = function()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", "/taxii2/gsi/collections/" .. group .. "/objects/?match[id]=" .. id)
end
