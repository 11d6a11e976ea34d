// Today's plan as cards, and reporting: done (then a 1–5 rating, or none) or skipped. Each report is sent
// with the item's plan_item_id and an Idempotency-Key made from the item and the answer, so a double tap
// or a retry records once. A report can be changed the same day (PATCH /api/v1/feedback/{feedback_id}).

import { call, h, showMessage } from './api.js';
import { enqueue, waiting } from './outbox.js';
import { categoryName } from './styles.js';

const LABEL = { pending: 'To do', done: 'Done', skipped: 'Skipped' };
const BLOCK = { morning: 'Morning', afternoon: 'Afternoon', evening: 'Evening' };

/** Grey placeholder cards while the plan loads, so the page's frame is there at once. */
export function renderSkeleton(container) {
  container.setAttribute('aria-busy', 'true');
  container.replaceChildren(...Array.from({ length: 5 }, () => h('div', { className: 'skeleton', 'aria-hidden': 'true' },
    h('span', { className: 'bone wide' }), h('span', { className: 'bone' }), h('span', { className: 'bone' }))));
}

function card(item, task, actions) {
  return h(
    'article',
    { className: `card ${item.status}`, 'data-plan-item-id': item.plan_item_id, 'aria-label': item.task_name },
    h('header', {},
      h('h3', {}, item.task_name),
      h('span', { className: `badge ${item.category}` }, categoryName(item.category))),
    task?.description ? h('p', { className: 'description' }, task.description) : null,
    h('p', { className: 'meta' },
      [task ? `${task.duration_minutes} min` : null, BLOCK[item.time_block] ?? item.time_block].filter(Boolean).join(' · ')),
    h('p', { className: 'reason' }, item.reason),
    actions,
  );
}

function ratingPicker(item, onAnswer, { keepCompleted = false } = {}) {
  const group = h('div', { className: 'rating', role: 'group', 'aria-label': `How was ${item.task_name}?` },
    h('span', {}, 'How was it?'));
  for (let rating = 1; rating <= 5; rating++) {
    const button = h('button', { type: 'button', className: 'rate', 'aria-label': `${rating} of 5: ${item.task_name}` },
      String(rating));
    button.addEventListener('click', () => onAnswer({ completed: true, rating }, group));
    group.append(button);
  }
  if (!keepCompleted) {
    const none = h('button', { type: 'button', className: 'rate none', 'aria-label': `No rating: ${item.task_name}` },
      'No rating');
    none.addEventListener('click', () => onAnswer({ completed: true }, group));
    group.append(none);
  }
  return group;
}

/**
 * Renders the plan's items into `container`; `onReported()` runs after each recorded report or change.
 * `library` maps task ids to tasks (descriptions, durations); `progress` holds the day's bar, its label
 * and the line shown when every item is reported.
 */
export function renderPlan(container, plan, library, { token, onReported, progress }) {
  function updateProgress() {
    const reported = plan.items.filter((item) => item.status !== 'pending').length;
    const done = plan.items.filter((item) => item.status === 'done').length;
    progress.bar.max = plan.items.length;
    progress.bar.value = reported;
    progress.label.textContent = `${reported} of ${plan.items.length} answered · ${done} done`;
    progress.complete.hidden = reported < plan.items.length || !plan.items.length;
  }

  function renderActions(actions, item) {
    if (item.queued) {
      actions.replaceChildren(h('p', { className: 'status queued', role: 'status' },
        `${LABEL[item.status]} · saved on this device, sent when you are back online`));
      return;
    }
    if (item.status !== 'pending') {
      const rated = item.satisfaction_rating ? ` · rated ${item.satisfaction_rating} of 5` : '';
      const change = h('button', { type: 'button', className: 'change', 'aria-label': `Change: ${item.task_name}` },
        'Change');
      change.addEventListener('click', () => actions.replaceChildren(changer(actions, item)));
      actions.replaceChildren(h('p', { className: 'status', role: 'status' }, `${LABEL[item.status]}${rated}`),
        item.feedback_id ? change : null);
      return;
    }
    const done = h('button', { type: 'button', className: 'primary done', 'aria-label': `Done: ${item.task_name}` }, 'Done');
    const skip = h('button', { type: 'button', className: 'skip', 'aria-label': `Skip: ${item.task_name}` }, 'Skip');
    done.addEventListener('click', () => actions.replaceChildren(ratingPicker(item, (answer, controls) => report(item, answer, controls))));
    skip.addEventListener('click', () => report(item, { completed: false }, actions));
    actions.replaceChildren(done, skip);
  }

  /** Done ↔ skipped, or another rating, for a report of today. */
  function changer(actions, item) {
    const other = item.status === 'done'
      ? h('button', { type: 'button', className: 'skip', 'aria-label': `Skipped instead: ${item.task_name}` }, 'Skipped instead')
      : h('button', { type: 'button', className: 'done', 'aria-label': `Done instead: ${item.task_name}` }, 'Done instead');
    other.addEventListener('click', () => correct(item, { completed: item.status !== 'done' }, actions));
    const keep = h('button', { type: 'button', 'aria-label': `Keep as it was: ${item.task_name}` }, 'Keep');
    keep.addEventListener('click', () => renderActions(actions, item));
    const rate = item.status === 'done'
      ? ratingPicker(item, (answer) => correct(item, { completed: true, rating: answer.rating }, actions), { keepCompleted: true })
      : null;
    return h('div', { className: 'change-group' }, rate, other, keep);
  }

  function settle(item, completed, rating, feedbackId) {
    Object.assign(item, { status: completed ? 'done' : 'skipped', satisfaction_rating: rating ?? null,
      feedback_id: feedbackId ?? item.feedback_id });
    const article = container.querySelector(`[data-plan-item-id="${item.plan_item_id}"]`);
    article.className = `card ${item.status}`;
    renderActions(article.querySelector('.actions'), item);
    updateProgress();
  }

  async function correct(item, answer, actions) {
    actions.querySelectorAll('button').forEach((button) => { button.disabled = true; });
    try {
      const body = { completed: answer.completed, ...(answer.rating ? { satisfaction_rating: answer.rating } : {}) };
      const fixed = await call('PATCH', `/api/v1/feedback/${item.feedback_id}`, { token, body });
      settle(item, fixed.completed, fixed.satisfaction_rating, fixed.feedback_id);
      showMessage(`Changed: ${item.task_name}.`, 'info');
      onReported();
    } catch (error) {
      showMessage(error.status === 422 ? `${item.task_name}: only today's answers can be changed.` : error);
      renderActions(actions, item);
    }
  }

  async function report(item, answer, controls) {
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
      settle(item, answer.completed, answer.rating, reply.feedback_id);
      onReported(reply);
    } catch (error) {
      if (error.status === 0) {
        // no network: kept with its key, sent when it is back (app/outbox.js)
        enqueue({ body, key });
        Object.assign(item, { queued: true });
        settle(item, answer.completed, answer.rating);
        return;
      }
      if (error.status !== 409) {
        showMessage(error);
        buttons.forEach((button) => { button.disabled = false; });
        return;
      }
      // recorded elsewhere (another tab or device): show what was recorded
      showMessage(`Already recorded: ${item.task_name}.`, 'info');
      const stored = await call('GET', `/api/v1/plans/${encodeURIComponent(plan.user_id)}?date=${plan.date}`, { token });
      const recorded = stored.items.find((i) => i.plan_item_id === item.plan_item_id);
      settle(item, recorded.status === 'done', recorded.satisfaction_rating, recorded.feedback_id);
      onReported();
    }
  }

  const queued = waiting();
  plan.items.filter((item) => item.status === 'pending' && queued.has(item.plan_item_id)).forEach((item) => {
    Object.assign(item, { queued: true, status: queued.get(item.plan_item_id).body.completed ? 'done' : 'skipped' });
  });
  container.removeAttribute('aria-busy');
  container.replaceChildren(...plan.items.map((item) => {
    const actions = h('div', { className: 'actions' });
    const article = card(item, library.get(item.task_library_id), actions);
    renderActions(actions, item);
    return article;
  }));
  updateProgress();
}
