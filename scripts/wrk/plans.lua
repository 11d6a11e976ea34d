-- wrk script: POST /api/v1/plans for random users and random days of the next year (mostly new plans).
local common = dofile("scripts/wrk/common.lua")
local archetypes = {"peak_performer", "foundation_builder", "systematic_improver",
  "transformation_seeker", "resilience_rebuilder", "connected_explorer"}
local modes = {"high", "medium", "low"}

request = function()
  local u = common.user()
  local day = os.date("!%Y-%m-%d", os.time() + 86400 * math.random(1, 360))
  return common.post("/api/v1/plans", u, string.format('{"user_id":"%s","archetype":"%s","mode":"%s","date":"%s"}',
    u.user, archetypes[math.random(#archetypes)], modes[math.random(#modes)], day))
end
