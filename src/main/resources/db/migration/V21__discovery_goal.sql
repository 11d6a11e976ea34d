-- The discovery goal (issue 18, point 4): discovery steers its novelty toward a category in which the user
-- has tried fewer than 3 variations, so each logged decision keeps that count, and a replay of the policy
-- (`evaluate`) draws as the served one did. Null for decisions logged before it was kept, and for fallback
-- items, which no policy chose.
alter table plan_decisions add column category_tried smallint check (category_tried >= 0);
