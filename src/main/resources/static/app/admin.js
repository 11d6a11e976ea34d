// The operator view, for a service-role token: success metrics, the flags in force, experiments and their
// results, the task library's versions (library.js), policies evaluated on the decision log for a date range, a user look-up and the offline
// evaluation chart when one has been produced.

import { call, clearMessages, h, percent, showMessage, tokens } from './api.js';
import { renderOpe } from './evaluation-ope.js';
import { renderExperiments } from './experiments.js';
import { renderLearned } from './learned.js';
import { renderLibrary } from './library.js';
import { renderMetrics } from './metrics.js';
import { renderSignIn } from './signin.js';

const $ = (id) => document.getElementById(id);
let token = null;

async function loadMetrics() {
  const metrics = await call('GET', `/api/v1/metrics/success?days=${$('window').value}`, { token });
  renderMetrics($('metrics'), metrics);
}

async function loadFlags() {
  const health = await call('GET', '/api/v1/feedback/health', { token });
  const flags = health.flags ?? {};
  $('flags').replaceChildren(h('table', {}, h('tbody', {},
    h('tr', {}, h('th', { scope: 'row' }, 'library'), h('td', {}, `${health.library_version} (${health.task_count} tasks)`)),
    ...Object.entries(flags).map(([name, value]) => h(
      'tr',
      {},
      h('th', { scope: 'row' }, name.toUpperCase()),
      h('td', {}, String(value)),
    )))));
}

async function loadEvaluation() {
  const response = await fetch('/api/v1/evaluation/completion.svg', { headers: { Authorization: `Bearer ${token}` } });
  if (!response.ok) {
    $('evaluation').replaceChildren(h('p', { className: 'hint' },
      'No offline evaluation yet. Run: java -jar target/tailor.jar simulate'));
    return;
  }
  const url = URL.createObjectURL(await response.blob());
  $('evaluation').replaceChildren(h('img', { src: url, alt: 'Completion per week for each planning strategy in the offline evaluation' }));
}

async function loadExperiments() {
  await renderExperiments($('experiments'), token, showMessage);
}

async function lookUp(userId) {
  $('user').replaceChildren(); // a look-up that finds nobody leaves no one else's data on screen
  const user = encodeURIComponent(userId);
  const [profile, phase] = await Promise.all([
    call('GET', `/api/v1/feedback/profile/${user}`, { token }),
    call('GET', `/api/v1/users/${user}/learning-phase`, { token }),
  ]);
  const plans = await Promise.all([0, 1, 2].map((back) => {
    const date = new Date(Date.now() - back * 86_400_000).toISOString().slice(0, 10);
    return call('GET', `/api/v1/plans/${user}?date=${date}`, { token }).catch(() => ({ date, items: [] }));
  }));
  if (!profile.totals.total_feedback && plans.every((plan) => !plan.items.length)) {
    $('user').replaceChildren(h('p', { id: 'user-nobody' }, `Nobody with the id ${userId} has a plan or a report yet.`));
    return;
  }
  const learned = h('div', { id: 'user-learned' });
  renderLearned(learned, profile, { heading: 'h4' });
  $('user').replaceChildren(
    h('p', {}, `${profile.user_id}: ${profile.totals.total_feedback} feedbacks, ${percent(profile.totals.completion_rate)} done,`
      + ` phase ${phase.current_learning_phase} since ${phase.phase_started_at.slice(0, 10)}, zone ${profile.timezone}`),
    h('h3', {}, 'Phase history'),
    phase.history.length
      ? h('ul', {}, ...phase.history.map((t) => h('li', {}, `${t.transitioned_at.slice(0, 10)}: ${t.from_phase} → ${t.to_phase} (${t.cause})`)))
      : h('p', { className: 'hint' }, 'No transitions yet.'),
    h('h3', {}, 'What was learned'),
    learned,
    h('h3', {}, 'Last plans'),
    ...plans.map((plan) => h('div', {}, h('h4', {}, plan.date), plan.items.length
      ? h('ul', {}, ...plan.items.map((i) => h('li', {}, `${i.task_name} (${i.category}): ${i.status}`)))
      : h('p', { className: 'hint' }, 'No plan.'))),
  );
}

async function start(candidate) {
  token = candidate;
  clearMessages();
  $('signin').hidden = true;
  $('app').hidden = false;
  renderOpe($('ope'), token, showMessage);
  const results = await Promise.allSettled([loadMetrics(), loadFlags(), loadExperiments(), loadEvaluation(),
    renderLibrary($('library'), token, showMessage)]);
  const failure = results.find((r) => r.status === 'rejected');
  if (failure) {
    showMessage(failure.reason);
    if (failure.reason.status === 401 || failure.reason.status === 403) signOut(false);
  }
}

function signOut(clear = true) {
  tokens.clear('admin');
  token = null;
  $('app').hidden = true;
  $('signin').hidden = false;
  if (clear) clearMessages();
  renderSignIn($('signin'), {
    slot: 'admin',
    tryAs: { role: 'service_role', label: 'Try it as the service role' },
    onSignedIn: start,
  }).catch(showMessage);
}

$('sign-out').addEventListener('click', () => signOut());
$('window').addEventListener('change', () => loadMetrics().catch(showMessage));
$('lookup').addEventListener('submit', (event) => {
  event.preventDefault();
  lookUp($('lookup-user').value.trim()).catch(showMessage);
});
const saved = tokens.get('admin');
if (saved) start(saved); else signOut();
