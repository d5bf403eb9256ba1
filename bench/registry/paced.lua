-- Paces each connection so that all together send about RATE requests per second, cycling through PATHS.
-- wrk -t2 -c10 -d30s -s paced.lua http://localhost:8080 -- RATE path1 path2 ...
local paths = {}
local pause = 50
local i = 0

function init(args)
  local rate = tonumber(args[1]) or 200
  for n = 2, #args do paths[#paths + 1] = args[n] end
  -- every connection of this thread waits the same time between its requests
  pause = (wrk.connections or 10) * 1000 / rate
end

function delay()
  return pause
end

function request()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
