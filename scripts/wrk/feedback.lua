-- wrk script: POST /api/v1/feedback/task for random users, about 70% completed, half of them rated 1-5.
local common = dofile("scripts/wrk/common.lua")
local tasks = {
  {"Box Breathing", "wellness"}, {"HIIT Blast", "movement"}, {"Green Tea Ritual", "hydration"},
  {"Rainbow Salad", "nutrition"}, {"Foam Rolling Session", "recovery"}, {"Pomodoro Block", "work"},
}

request = function()
  local u = common.user()
  local t = tasks[math.random(#tasks)]
  local rating = math.random() < 0.5 and tostring(math.random(1, 5)) or "null"
  return common.post("/api/v1/feedback/task", u, string.format(
    '{"user_id":"%s","task_name":"%s","category":"%s","completed":%s,"satisfaction_rating":%s}',
    u.user, t[1], t[2], math.random() < 0.7 and "true" or "false", rating))
end
