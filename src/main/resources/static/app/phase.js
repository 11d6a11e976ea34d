// The learning phase: where the user is, progress toward the next phase in days and tasks, and each
// celebration once (the API hands an unread celebration out on one read only).

import { h } from './api.js';

const NAME = { discovery: 'Discovery', establishment: 'Establishment', mastery: 'Mastery' };
const nameOf = (phase) => NAME[phase] ?? phase;

function criterion(id, label, { done, needed, percent }) {
  return h(
    'div',
    { className: 'criterion' },
    h('label', { for: id }, `${label}: ${done} of ${needed}`),
    h('progress', { id, max: 100, value: percent }, `${percent}%`),
  );
}

/** `status` is the API's learning phase, or null before the user's first report. */
export function renderPhase(container, status) {
  if (!status) {
    container.replaceChildren(
      h('p', { className: 'phase-name', id: 'phase-name' }, nameOf('discovery')),
      h('p', { id: 'phase-not-started' }, 'Your progress starts with your first report: mark a task done or skipped.'),
    );
    return;
  }
  const next = status.next_phase
    ? [
      h('p', {}, `Next: ${nameOf(status.next_phase)}`),
      criterion('phase-days', 'Active days', status.days),
      criterion('phase-tasks', 'Tasks done', status.tasks),
    ]
    : [h('p', {}, 'The last phase: your plan now fine-tunes what works for you.')];
  container.replaceChildren(
    h('p', { className: 'phase-name', id: 'phase-name' }, nameOf(status.current_learning_phase)),
    ...next,
  );
  if (status.unread_celebrations.length) celebrate(status.unread_celebrations);
}

/** One dialog for every celebration not yet seen, oldest first. */
function celebrate(celebrations) {
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
  });
  document.body.append(dialog);
  dialog.showModal();
}
