// A week's summary: completion, completion per day and per category against the week before, the streak
// calendar, favourites, insights and recommendations. Any week can be shown; history is one click back.

import { h, percent } from './api.js';
import { rateChart } from './charts.js';

const DAY = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function list(items, empty) {
  return items.length ? h('ul', {}, ...items.map((text) => h('li', {}, text))) : h('p', { className: 'hint' }, empty);
}

export function renderWeek(parts, week, previous) {
  const stats = week.completion_stats;
  parts.heading.textContent = `Week of ${week.week_start}`;
  parts.completion.replaceChildren(
    h('span', { className: 'big', id: 'week-completion' }, percent(stats.total_tasks ? stats.completion_rate : null)),
    h('span', {}, ` done: ${stats.completed_tasks} of ${stats.total_tasks} tasks, on ${stats.active_days} day${stats.active_days === 1 ? '' : 's'}`),
  );
  if (week.empty_state) parts.completion.append(h('p', { className: 'hint' }, week.empty_state));

  const quiet = !stats.total_tasks && !previous.completion_stats.total_tasks;
  parts.charts.hidden = quiet;
  parts.empty.hidden = !quiet;
  parts.empty.textContent = quiet
    ? 'Nothing to chart for this week yet. Mark a task done or skipped and your week takes shape here.'
    : '';
  const rates = (summary) => summary.daily_completion.map((day) => (day.total_tasks ? day.completion_rate : null));
  rateChart('day-chart', DAY, [
    { label: 'This week', rates: rates(week) },
    { label: 'Week before', rates: rates(previous) },
  ], { type: 'line', title: 'Completion per day' });

  const before = new Map(previous.category_performance
    .filter((c) => c.total_tasks)
    .map((c) => [c.category, c.completion_rate]));
  const categories = week.category_performance.map((c) => c.category);
  rateChart('category-chart', categories, [
    { label: 'This week', rates: week.category_performance.map((c) => (c.total_tasks ? c.completion_rate : null)) },
    { label: 'Week before', rates: categories.map((c) => before.get(c) ?? null) },
  ], { title: 'Completion per category' });

  parts.streak.replaceChildren(
    h('ol', { className: 'calendar', 'aria-label': 'Days with a task done' },
      ...week.daily_completion.map((day, i) => h(
        'li',
        { className: day.completed_tasks ? 'active' : '', title: day.date },
        h('span', {}, DAY[i]),
        h('span', { className: 'visually-hidden' }, day.completed_tasks ? ': active' : ': no task done'),
      ))),
    h('p', {}, `Current streak ${week.streak_info.current_streak} days · longest ${week.streak_info.longest_streak}`),
  );
  parts.favourites.replaceChildren(list(
    week.favorite_tasks.map((t) => `${t.task_name} (${t.category}): done ${t.completed} of ${t.total}`
      + (t.mean_rating ? `, rated ${t.mean_rating.toFixed(1)}` : '')),
    'No favourites yet this week.',
  ));
  parts.insights.replaceChildren(list(week.insights, 'No insights yet.'));
  parts.recommendations.replaceChildren(list(week.recommendations, 'No recommendations yet.'));
}

/** The Monday `weeks` weeks away from a YYYY-MM-DD Monday. */
export function shiftWeek(monday, weeks) {
  const date = new Date(`${monday}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 7 * weeks);
  return date.toISOString().slice(0, 10);
}
