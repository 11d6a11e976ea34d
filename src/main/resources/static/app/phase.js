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

export function renderPhase(container, status) {
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
  for (const celebration of status.unread_celebrations) {
    celebrate(celebration);
  }
}

function celebrate({ title, message }) {
  const close = h('button', { type: 'button', className: 'primary' }, 'Thanks!');
  const dialog = h(
    'dialog',
    { className: 'celebration', 'aria-labelledby': 'celebration-title' },
    h('h2', { id: 'celebration-title' }, `🎉 ${title}`),
    h('p', {}, message),
    close,
  );
  close.addEventListener('click', () => {
    dialog.close();
    dialog.remove();
  });
  document.body.append(dialog);
  dialog.showModal();
}
