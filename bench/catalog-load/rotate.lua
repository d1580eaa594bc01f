-- Rotates wrk's requests over the paths in the file named by PATHS_FILE (one path a line).
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  paths[#paths + 1] = line
end

local counter = 0

function setup(thread)
  thread:set("offset", counter)
  counter = counter + 7
end

local i = 0

request = function()
  i = i + 1
  return wrk.format("GET", paths[((i + offset) % #paths) + 1])
end
