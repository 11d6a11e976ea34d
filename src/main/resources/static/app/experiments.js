// Experiments in the operator view: the running one and the latest stopped ones, each arm's results with
// their 95% intervals and, after the first arm, the difference to it; a form to start one and a button to
// stop the running one. A client of /api/v1/experiments like any other.

import { call, h } from './api.js';

const SHOWN = 5;
const METRICS = [
  { key: 'completion', label: 'Completion', format: (v) => `${(v * 100).toFixed(1)}%`, delta: (v) => `${signed(v * 100, 1)} pp` },
  { key: 'rating', label: 'Rating', format: (v) => v.toFixed(2), delta: (v) => signed(v, 2) },
  { key: 'variety', label: 'Variety', format: (v) => v.toFixed(2), delta: (v) => signed(v, 2) },
];

function signed(value, digits) {
  const text = value.toFixed(digits);
  return value >= 0 ? `+${text}` : text;
}

/** "30.0% (20.0–40.0%)": the value and its interval, or a dash when there is nothing to measure yet. */
export function estimate(e, format) {
  if (!e || e.value === null) return '–';
  if (e.ci_low === null) return format(e.value);
  return `${format(e.value)} (${format(e.ci_low)} to ${format(e.ci_high)})`;
}

function armRow(arm) {
  return h(
    'tr',
    { 'data-arm': arm.name },
    h('th', { scope: 'row' }, arm.name),
    h('td', {}, arm.policy),
    h('td', {}, `${Math.round(arm.share * 1000) / 10}%`),
    h('td', {}, arm.learns ? 'yes' : 'no'),
    h('td', { 'data-metric': 'users' }, String(arm.users)),
    h('td', { 'data-metric': 'planned_items' }, String(arm.planned_items)),
    ...METRICS.map((m) => h('td', { 'data-metric': m.key }, estimate(arm[m.key], m.format))),
    ...METRICS.map((m) => h('td', { 'data-metric': `difference.${m.key}` }, arm.difference ? estimate(arm.difference[m.key], m.delta) : '–')),
  );
}

function experimentTable(experiment) {
  const columns = ['Arm', 'Policy', 'Share', 'Learns', 'Users', 'Planned items',
    ...METRICS.map((m) => m.label), ...METRICS.map((m) => `${m.label} vs first`)];
  return h('div', { className: 'table-scroll' }, h(
    'table',
    { 'data-experiment': experiment.id },
    h('caption', { className: 'visually-hidden' }, `Results of experiment ${experiment.id}`),
    h('thead', {}, h('tr', {}, ...columns.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...experiment.arms.map(armRow)),
  ));
}

function since(experiment) {
  const started = experiment.created_at.slice(0, 16).replace('T', ' ');
  return experiment.status === 'running'
    ? `running since ${started} UTC`
    : `stopped ${experiment.stopped_at.slice(0, 16).replace('T', ' ')} UTC (started ${started})`;
}

/** Renders the experiments into `container`; `refresh` is called again after a start or a stop. */
export async function renderExperiments(container, token, onError) {
  const refresh = () => renderExperiments(container, token, onError).catch(onError);
  const { experiments } = await call('GET', '/api/v1/experiments', { token });
  const shown = await Promise.all(experiments.slice(0, SHOWN)
    .map((e) => call('GET', `/api/v1/experiments/${encodeURIComponent(e.id)}`, { token })));
  container.replaceChildren(
    ...(shown.length ? [] : [h('p', { className: 'hint' }, 'No experiment yet.')]),
    ...shown.map((experiment) => h(
      'section',
      { className: 'experiment', 'aria-label': `Experiment ${experiment.id}` },
      h('h3', {}, experiment.id, ' ', h('span', { className: 'hint' }, since(experiment))),
      experimentTable(experiment),
      experiment.status === 'running' ? stopButton(experiment, token, refresh, onError) : null,
    )),
    startForm(token, refresh, onError, experiments.some((e) => e.status === 'running')),
  );
}

function stopButton(experiment, token, refresh, onError) {
  const button = h('button', { type: 'button', className: 'stop-experiment' }, `Stop ${experiment.id}`);
  button.addEventListener('click', () => call('POST', `/api/v1/experiments/${encodeURIComponent(experiment.id)}/stop`, { token })
    .then(refresh, onError));
  return button;
}

const EXAMPLE_ARMS = JSON.stringify([
  { name: 'adaptive', policy: 'adaptive', share: 0.9, learns: true },
  { name: 'holdout', policy: 'library', share: 0.1, learns: false },
], null, 1);

function startForm(token, refresh, onError, running) {
  const id = h('input', { id: 'experiment-id', autocomplete: 'off', required: true, placeholder: 'holdout-2026-06' });
  const arms = h('textarea', { id: 'experiment-arms', rows: 6, value: EXAMPLE_ARMS });
  const form = h(
    'form',
    { id: 'experiment-start', className: 'stack' },
    h('h3', {}, 'Start an experiment'),
    running ? h('p', { className: 'hint' }, 'One experiment runs at a time: stop the running one first.') : null,
    h('label', { for: 'experiment-id' }, 'Id'),
    id,
    h('label', { for: 'experiment-arms' }, 'Arms (name, policy: static, library, adaptive or thompson, share, learns)'),
    arms,
    h('button', { type: 'submit', className: 'primary' }, 'Start'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    let parsed;
    try {
      parsed = JSON.parse(arms.value);
    } catch {
      onError(new Error('The arms are not valid JSON'));
      return;
    }
    call('PUT', `/api/v1/experiments/${encodeURIComponent(id.value.trim())}`, { token, body: { arms: parsed } })
      .then(refresh, onError);
  });
  return form;
}
