// Today's plan as cards, and reporting: done (then a 1–5 rating, or none) or skipped. Each report is sent
// with the item's plan_item_id and an Idempotency-Key made from the item and the answer, so a double tap
// or a retry records once.

import { call, h, showMessage } from './api.js';

const LABEL = { pending: 'To do', done: 'Done', skipped: 'Skipped' };

function card(item, task, report) {
  const actions = h('div', { className: 'actions' });
  const article = h(
    'article',
    { className: `card ${item.status}`, 'data-plan-item-id': item.plan_item_id, 'aria-label': item.task_name },
    h(
      'header',
      {},
      h('h3', {}, item.task_name),
      h('span', { className: `badge ${item.category}` }, item.category),
    ),
    h(
      'p',
      { className: 'meta' },
      [task ? `${task.duration_minutes} min` : null, item.time_block].filter(Boolean).join(' · '),
    ),
    h('p', { className: 'reason' }, item.reason),
    actions,
  );
  renderActions(actions, item, report);
  return article;
}

function renderActions(actions, item, report) {
  if (item.status !== 'pending') {
    const rated = item.rating ? ` · rated ${item.rating} of 5` : '';
    actions.replaceChildren(h('p', { className: 'status', role: 'status' }, `${LABEL[item.status]}${rated}`));
    return;
  }
  const done = h('button', { type: 'button', className: 'primary done' }, 'Done');
  const skip = h('button', { type: 'button', className: 'skip' }, 'Skip');
  done.addEventListener('click', () => actions.replaceChildren(ratingPicker(item, report)));
  skip.addEventListener('click', () => report(item, { completed: false }, actions));
  actions.replaceChildren(done, skip);
}

function ratingPicker(item, report) {
  const group = h('div', { className: 'rating', role: 'group', 'aria-label': `How was ${item.task_name}?` },
    h('span', {}, 'How was it?'));
  for (let rating = 1; rating <= 5; rating++) {
    const button = h('button', { type: 'button', className: 'rate', 'aria-label': `${rating} of 5` }, String(rating));
    button.addEventListener('click', () => report(item, { completed: true, rating }, group));
    group.append(button);
  }
  const none = h('button', { type: 'button', className: 'rate none' }, 'No rating');
  none.addEventListener('click', () => report(item, { completed: true }, group));
  group.append(none);
  return group;
}

/**
 * Renders the plan's items into `container`; `onReported(reply)` runs after each recorded report.
 * `library` maps task ids to tasks (for durations).
 */
export function renderPlan(container, plan, library, { token, onReported }) {
  async function report(item, answer, controls) {
    const actions = controls.closest('.actions');
    const article = controls.closest('article');
    const buttons = [...controls.querySelectorAll('button')];
    buttons.forEach((button) => { button.disabled = true; });
    const body = {
      user_id: plan.user_id,
      plan_item_id: item.plan_item_id,
      task_name: item.task_name,
      category: item.category,
      task_library_id: item.task_library_id,
      completed: answer.completed,
      satisfaction_rating: answer.rating ?? null,
    };
    const key = `${item.plan_item_id}:${answer.completed ? `done-${answer.rating ?? 'unrated'}` : 'skipped'}`;
    try {
      const reply = await call('POST', '/api/v1/feedback/task', { token, body, headers: { 'Idempotency-Key': key } });
      Object.assign(item, { status: answer.completed ? 'done' : 'skipped', rating: answer.rating });
      renderActions(actions, item, report);
      article.classList.replace('pending', item.status);
      onReported(reply);
    } catch (error) {
      showMessage(error.status === 409 ? `${item.task_name}: ${error.message}` : error);
      buttons.forEach((button) => { button.disabled = false; });
    }
  }
  container.replaceChildren(...plan.items.map((item) => card(item, library.get(item.task_library_id), report)));
}
