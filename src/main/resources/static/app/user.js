// The user view: sign in, then today's plan, the learning phase and a week at a time.

import { call, clearMessages, showMessage, subjectOf, tokens } from './api.js';
import { renderPhase } from './phase.js';
import { renderPlan } from './plan.js';
import { renderSignIn } from './signin.js';
import { renderWeek, shiftWeek } from './week.js';

const $ = (id) => document.getElementById(id);
const state = { token: null, userId: null, thisWeek: null, shownWeek: null, library: new Map() };

async function loadLibrary() {
  if (state.library.size) return;
  const list = await call('GET', '/api/v1/tasks', { token: state.token });
  state.library = new Map(list.tasks.map((task) => [task.id, task]));
}

async function loadPlan() {
  const style = { archetype: $('archetype').value, mode: $('mode').value };
  localStorage.setItem('tailor.style', JSON.stringify(style));
  const plan = await call('POST', '/api/v1/plans', { token: state.token, body: { user_id: state.userId, ...style } });
  $('plan-date').textContent = plan.date;
  renderPlan($('plan'), plan, state.library, { token: state.token, onReported: afterReport });
}

function markSeen(ids) {
  const user = encodeURIComponent(state.userId);
  Promise.all(ids.map((id) => call('POST', `/api/v1/users/${user}/celebrations/${id}/seen`, { token: state.token })))
    .catch(showMessage);
}

async function loadPhase() {
  const path = `/api/v1/users/${encodeURIComponent(state.userId)}/learning-phase`;
  try {
    renderPhase($('phase'), await call('GET', path, { token: state.token }), markSeen);
  } catch (error) {
    if (error.status !== 404) throw error;
    renderPhase($('phase'), null); // nothing reported yet
  }
}

async function loadWeek(weekStart) {
  const path = (start) => `/api/v1/insights/weekly/${encodeURIComponent(state.userId)}`
    + (start ? `?week_start=${start}` : '');
  const week = await call('GET', path(weekStart), { token: state.token });
  const previous = await call('GET', path(shiftWeek(week.week_start, -1)), { token: state.token });
  state.shownWeek = week.week_start;
  state.thisWeek ??= week.week_start;
  $('later-week').disabled = week.week_start >= state.thisWeek;
  renderWeek({
    heading: $('week-heading'),
    completion: $('week-completion-line'),
    streak: $('streak'),
    favourites: $('favourites'),
    insights: $('insights'),
    recommendations: $('recommendations'),
  }, week, previous);
}

function afterReport() {
  Promise.all([loadPhase(), loadWeek(state.thisWeek)]).catch(showMessage);
}

async function start(token) {
  const { userId, role } = subjectOf(token);
  if (!userId || role === 'service_role') {
    tokens.clear('user');
    showMessage('This view needs a user\'s token (role authenticated, with a sub). The service role has /admin.');
    showSignIn();
    return;
  }
  Object.assign(state, { token, userId });
  clearMessages();
  $('signin').hidden = true;
  $('app').hidden = false;
  $('who').textContent = userId;
  try {
    await loadLibrary();
    await Promise.all([loadPlan(), loadPhase(), loadWeek()]);
  } catch (error) {
    showMessage(error);
    if (error.status === 401) signOut();
  }
}

function signOut() {
  tokens.clear('user');
  Object.assign(state, { token: null, userId: null, thisWeek: null, library: new Map() });
  $('app').hidden = true;
  showSignIn();
}

function showSignIn() {
  $('signin').hidden = false;
  renderSignIn($('signin'), {
    slot: 'user',
    tryAs: { role: 'authenticated', label: 'Try it as this user', defaultUserId: 'demo-ana' },
    onSignedIn: start,
  }).catch(showMessage);
}

function restoreStyle() {
  const saved = JSON.parse(localStorage.getItem('tailor.style') ?? '{}');
  if (saved.archetype) $('archetype').value = saved.archetype;
  if (saved.mode) $('mode').value = saved.mode;
}

$('sign-out').addEventListener('click', signOut);
$('earlier-week').addEventListener('click', () => loadWeek(shiftWeek(state.shownWeek, -1)).catch(showMessage));
$('later-week').addEventListener('click', () => loadWeek(shiftWeek(state.shownWeek, 1)).catch(showMessage));
restoreStyle();
const saved = tokens.get('user');
if (saved) start(saved); else showSignIn();
