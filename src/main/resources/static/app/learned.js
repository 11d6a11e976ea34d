// "What we've learned": per category how often tasks were done and how they were rated, the favourites,
// what is being rested and why, and what is still being explored, all from the profile.

import { h, percent } from './api.js';
import { categoryName } from './styles.js';

function list(items, empty) {
  return items.length ? h('ul', {}, ...items.map((item) => h('li', {}, item))) : h('p', { className: 'hint' }, empty);
}

function restedBecause(task) {
  if (task.mean_rating !== null && task.mean_rating <= 2) return `rated ${task.mean_rating.toFixed(1)} of 5 on average`;
  return 'skipped several times in a row; it will come back later for another try';
}

/** `heading` is the level of the panel's own headings ('h3' in the user view). */
export function renderLearned(container, profile, { heading = 'h3' } = {}) {
  if (!profile.totals.total_feedback) {
    container.replaceChildren(h('p', { className: 'hint', id: 'learned-empty' },
      'Nothing yet: each task you mark done or skipped teaches Tailor what suits you.'));
    return;
  }
  const categories = profile.categories.filter((c) => c.feedback_count)
    .map((c) => `${categoryName(c.category)}: done ${percent(c.completed_count / c.feedback_count)} of ${c.feedback_count}`
      + (c.mean_rating !== null ? `, rated ${c.mean_rating.toFixed(1)}` : ''));
  const exploring = profile.tasks.filter((t) => !t.favorite && !t.disliked && !t.proven && t.task_name)
    .map((t) => `${t.task_name}: seen ${t.times_shown} time${t.times_shown === 1 ? '' : 's'}`);
  container.replaceChildren(h('div', { className: 'columns' },
    h('div', {}, h(heading, {}, 'By category'), list(categories, 'No category yet.')),
    h('div', {}, h(heading, {}, 'Favourites'), list(profile.favorites.map((t) => t.task_name ?? t.task_library_id),
      'None yet: do a task a few times and rate it well.')),
    h('div', {}, h(heading, {}, 'Resting for now'), list(profile.disliked.map((t) => `${t.task_name ?? t.task_library_id}: ${restedBecause(t)}`),
      'Nothing is being rested.')),
    h('div', {}, h(heading, {}, 'Still exploring'), list(exploring.slice(0, 8), 'Nothing left to explore right now.'))));
}
