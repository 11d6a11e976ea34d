// The learning phase: where the user is, progress toward the next phase in days and tasks, discovery's
// goal of variations tried per category, and each celebration once: the API keeps it unread until the page
// marks it seen, when the user dismisses it.

import { h } from './api.js';

const NAME = { discovery: 'Discovery', establishment: 'Establishment', mastery: 'Mastery' };
const nameOf = (phase) => NAME[phase] ?? phase;
const shown = new Set(); // ids on screen or dismissed, so a reload of the phase shows none twice

function criterion(id, label, { done, needed, percent }) {
  return h(
    'div',
    { className: 'criterion' },
    h('label', { for: id }, `${label}: ${done} of ${needed}`),
    h('progress', { id, max: 100, value: percent }, `${percent}%`),
  );
}

const CATEGORY = {
  hydration: 'Hydration', movement: 'Movement', nutrition: 'Nutrition',
  wellness: 'Wellness', recovery: 'Recovery', work: 'Work',
};

/** Discovery's goal: how many variations of each category the user has tried, against the goal's 3. */
function discoveryGoal({ min, max, categories_reached: reached, categories }) {
  return h(
    'div',
    { className: 'discovery-goal', id: 'discovery-goal' },
    h('p', {}, `Trying ${min}–${max} kinds of task in every area: ${reached} of ${categories.length} areas there`),
    h('ul', {}, ...categories.map(({ category, tried, reached: done }) => h(
      'li',
      { className: done ? 'reached' : 'below', 'data-category': category },
      `${done ? '✓' : '○'} ${CATEGORY[category] ?? category}: ${tried} tried`,
      done ? '' : ' (new ones come first here)',
    ))),
  );
}

/** `status` is the API's learning phase; `markSeen(ids)` tells the API the user has seen those celebrations. */
export function renderPhase(container, status, markSeen) {
  const fresh = status.days.done === 0 && status.tasks.done === 0 && !status.history.length;
  const next = status.next_phase
    ? [
      h('p', {}, `Next: ${nameOf(status.next_phase)}, after whichever comes first`),
      criterion('phase-days', 'Active days', status.days),
      criterion('phase-tasks', 'Tasks done', status.tasks),
    ]
    : [h('p', {}, 'The last phase: your plan now fine-tunes what works for you.')];
  container.replaceChildren(
    h('p', { className: 'phase-name', id: 'phase-name' }, nameOf(status.current_learning_phase)),
    fresh ? h('p', { id: 'phase-not-started', className: 'hint' },
      'Your progress starts with your first answer: mark a task done or skipped.') : null,
    ...next,
    status.current_learning_phase === 'discovery' ? discoveryGoal(status.discovery_goal) : null,
  );
  const unseen = status.unread_celebrations.filter((c) => !shown.has(c.id));
  if (unseen.length) celebrate(unseen, markSeen);
}

/** One dialog for every celebration not yet seen, oldest first. */
function celebrate(celebrations, markSeen) {
  celebrations.forEach((c) => shown.add(c.id));
  const close = h('button', { type: 'button', className: 'primary' }, 'Thanks!');
  const dialog = h(
    'dialog',
    { className: 'celebration', 'aria-labelledby': 'celebration-title' },
    h('h2', { id: 'celebration-title' }, `🎉 ${celebrations.at(-1).title}`),
    ...celebrations.map(({ title, message }, i) => (i < celebrations.length - 1
      ? h('p', {}, h('strong', {}, title), ' ', message)
      : h('p', {}, message))),
    close,
  );
  close.addEventListener('click', () => {
    dialog.close();
    dialog.remove();
    markSeen(celebrations.map((c) => c.id));
  });
  document.body.append(dialog);
  dialog.showModal();
}
