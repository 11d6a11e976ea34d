-- wrk script: POST /api/v1/plans for random users of $TOKENS and random days of the next year (mostly new plans).
local users = dofile(os.getenv("TOKENS"))
local archetypes = {"peak_performer", "foundation_builder", "systematic_improver",
  "transformation_seeker", "resilience_rebuilder", "connected_explorer"}
local modes = {"high", "medium", "low"}
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

request = function()
  local u = users[math.random(#users)]
  local day = os.date("!%Y-%m-%d", os.time() + 86400 * math.random(1, 360))
  local body = string.format('{"user_id":"%s","archetype":"%s","mode":"%s","date":"%s"}',
    u.user, archetypes[math.random(#archetypes)], modes[math.random(#modes)], day)
  return wrk.format("POST", "/api/v1/plans",
    {["Authorization"] = "Bearer " .. u.token, ["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
