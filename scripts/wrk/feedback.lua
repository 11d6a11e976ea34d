-- wrk script: POST /api/v1/feedback/task for random users of $TOKENS (a Lua file returning
-- {{user = "...", token = "..."}, ...}), about 70% completed, ratings 1-5 on half of them.
local users = dofile(os.getenv("TOKENS"))
local tasks = {
  {"Box Breathing", "wellness"}, {"HIIT Blast", "movement"}, {"Green Tea Ritual", "hydration"},
  {"Rainbow Salad", "nutrition"}, {"Foam Rolling Session", "recovery"}, {"Pomodoro Block", "work"},
}
math.randomseed(os.time() + tonumber(tostring({}):sub(8), 16))

request = function()
  local u = users[math.random(#users)]
  local t = tasks[math.random(#tasks)]
  local rating = math.random() < 0.5 and tostring(math.random(1, 5)) or "null"
  local body = string.format(
    '{"user_id":"%s","task_name":"%s","category":"%s","completed":%s,"satisfaction_rating":%s}',
    u.user, t[1], t[2], math.random() < 0.7 and "true" or "false", rating)
  return wrk.format("POST", "/api/v1/feedback/task",
    {["Authorization"] = "Bearer " .. u.token, ["Content-Type"] = "application/json"}, body)
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
