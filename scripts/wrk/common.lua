-- Shared by the wrk scripts (run from the repository root): the users of $TOKENS (a Lua file
-- returning {{user = "...", token = "..."}, ...}), a signed JSON POST, and an error count at the end.
local common = {users = dofile(os.getenv("TOKENS"))}
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

function common.user()
  return common.users[math.random(#common.users)]
end

function common.post(path, user, body)
  return wrk.format("POST", path,
    {["Authorization"] = "Bearer " .. user.token, ["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end

return common
