// Offline policy evaluation on the service's own decision log, in the operator view: a date range (at most
// 92 days) and, per policy, each estimator's completion rate with its 95% interval, the decisions it rests on
// and the effective sample size; what the log left out, by reason. A client of /api/v1/decisions/evaluation.

import { call, h } from './api.js';
import { estimate } from './experiments.js';

const DAY = 86_400_000;
const rate = (v) => `${(v * 100).toFixed(1)}%`;

function isoDate(msAgo) {
  return new Date(Date.now() - msAgo).toISOString().slice(0, 10);
}

function row(e) {
  return h(
    'tr',
    { 'data-policy': e.policy, 'data-estimator': e.estimator },
    h('th', { scope: 'row' }, e.policy),
    h('td', {}, e.estimator),
    h('td', { 'data-metric': 'value' }, estimate({ value: e.value, ci_low: e.ci_low, ci_high: e.ci_high }, rate)),
    h('td', { 'data-metric': 'decisions' }, String(e.decisions)),
    h('td', { 'data-metric': 'ess' }, e.ess === null ? '–' : e.ess.toFixed(1)),
  );
}

function report(result) {
  const rejected = Object.entries(result.rejected);
  const summary = `${result.decisions} decisions planned ${result.from} to ${result.to}`
    + (result.library_version ? `, library ${result.library_version}` : '')
    + (rejected.length ? `; left out: ${rejected.map(([reason, n]) => `${n} ${reason.replaceAll('_', ' ')}`).join(', ')}` : '');
  if (!result.estimates.length) {
    return [h('p', { className: 'hint' }, `${summary}. Nothing to evaluate in this range.`)];
  }
  const columns = ['Policy', 'Estimator', 'Completion (95% interval)', 'Decisions', 'Effective sample size'];
  return [
    h('p', { id: 'ope-summary' }, summary),
    h('div', { className: 'table-scroll' }, h(
      'table',
      { id: 'ope-estimates' },
      h('caption', { className: 'visually-hidden' }, 'Estimated completion rate of each policy'),
      h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, ...result.estimates.map(row)),
    )),
  ];
}

/** Renders the form into `container`; the estimates appear under it once an evaluation has run. */
export function renderOpe(container, token, onError) {
  const from = h('input', { id: 'ope-from', type: 'date', required: true, value: isoDate(28 * DAY) });
  const to = h('input', { id: 'ope-to', type: 'date', required: true, value: isoDate(DAY) });
  const output = h('div', { id: 'ope-result', 'aria-live': 'polite' });
  const button = h('button', { type: 'submit', className: 'primary' }, 'Evaluate');
  const form = h(
    'form',
    { id: 'ope-form', className: 'inline-form' },
    h('label', { for: 'ope-from' }, 'Plans from'),
    from,
    h('label', { for: 'ope-to' }, 'to'),
    to,
    button,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    button.disabled = true;
    const query = `from=${encodeURIComponent(from.value)}&to=${encodeURIComponent(to.value)}`;
    call('GET', `/api/v1/decisions/evaluation?${query}`, { token })
      .then((result) => output.replaceChildren(...report(result)), onError)
      .finally(() => { button.disabled = false; });
  });
  container.replaceChildren(
    h('p', { className: 'hint' }, 'What each policy would have achieved on the decisions logged in a range of plan dates'
      + ' (at most 92 days), estimated by IPS, self-normalized IPS and doubly robust: the same as'
      + ' java -jar tailor.jar evaluate on the export.'),
    form,
    output,
  );
}
