// The user view: sign in, a few questions the first time, then today's plan with its progress, the
// learning phase, what Tailor has learned and a week at a time. The zone and style live in the profile,
// so they follow the user across devices.

import { call, clearMessages, showMessage, subjectOf, tokens } from './api.js';
import { renderLearned } from './learned.js';
import { renderOnboarding } from './onboarding.js';
import { flush, waiting } from './outbox.js';
import { renderPhase } from './phase.js';
import { renderPlan, renderSkeleton } from './plan.js';
import { renderSettings } from './settings.js';
import { renderSignIn } from './signin.js';
import { renderWeek, shiftWeek } from './week.js';

const $ = (id) => document.getElementById(id);
const state = { token: null, userId: null, profile: null, thisWeek: null, shownWeek: null, firstWeek: null,
  library: new Map(), plan: null };
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;
const profilePath = () => `/api/v1/feedback/profile/${encodeURIComponent(state.userId)}`;

async function loadLibrary() {
  if (state.library.size) return;
  const list = await call('GET', '/api/v1/tasks', { token: state.token });
  state.library = new Map(list.tasks.map((task) => [task.id, task]));
}

/** The profile; the first time, the browser's zone becomes the user's (unless they chose one). */
async function loadProfile() {
  let profile = await call('GET', profilePath(), { token: state.token });
  if (!profile.timezone_chosen && browserZone()) {
    profile = await saveSettings({ timezone: browserZone() });
  }
  state.profile = profile;
  return profile;
}

async function saveSettings(change) {
  state.profile = await call('PATCH', profilePath(), { token: state.token, body: change });
  return state.profile;
}

async function loadPlan({ regenerate = false, categories } = {}) {
  const body = { user_id: state.userId, ...(regenerate ? { regenerate: true } : {}),
    ...(categories?.length ? { categories } : {}) };
  state.plan = await call('POST', '/api/v1/plans', { token: state.token, body });
  localStorage.setItem(LAST_PLAN, JSON.stringify(state.plan));
  showPlan();
}

const LAST_PLAN = 'tailor.lastPlan';

/** Without a network: the last plan this browser saw for this user, answers kept for later. */
function showLastPlan() {
  const last = JSON.parse(localStorage.getItem(LAST_PLAN) ?? 'null');
  if (!last || last.user_id !== state.userId) return false;
  state.plan = last;
  showPlan();
  showMessage('You are offline: this is your last plan. Your answers are sent when you are back online.', 'info');
  return true;
}

/** Sends the reports made offline, then shows the day as the service now has it. */
let sending = false;
async function sendWaiting() {
  if (!state.token || sending) return;
  sending = true;
  try {
    if (await flush(state.token)) {
      await loadPlan();
      afterReport();
    }
  } finally {
    sending = false;
  }
}

function showPlan() {
  if (!state.plan) return;
  $('plan-date').textContent = new Date(`${state.plan.date}T12:00:00`).toLocaleDateString(undefined,
    { weekday: 'long', day: 'numeric', month: 'long' });
  // the service's own words on a return after missed days: its plan leans on proven, shorter tasks
  $('welcome-back').textContent = state.plan.welcome_back?.message ?? '';
  $('welcome-back').hidden = !state.plan.welcome_back;
  renderPlan($('plan'), state.plan, state.library, {
    token: state.token,
    onReported: afterReport,
    progress: { bar: $('today-progress'), label: $('today-progress-label'), complete: $('day-complete') },
  });
}

function markSeen(ids) {
  const user = encodeURIComponent(state.userId);
  Promise.all(ids.map((id) => call('POST', `/api/v1/users/${user}/celebrations/${id}/seen`, { token: state.token })))
    .catch(showMessage);
}

async function loadPhase() {
  const path = `/api/v1/users/${encodeURIComponent(state.userId)}/learning-phase`;
  renderPhase($('phase'), await call('GET', path, { token: state.token }), markSeen);
}

async function loadLearned() {
  state.profile = await call('GET', profilePath(), { token: state.token });
  renderLearned($('learned'), state.profile);
}

async function loadWeek(weekStart) {
  const path = (start) => `/api/v1/insights/weekly/${encodeURIComponent(state.userId)}`
    + (start ? `?week_start=${start}` : '');
  const week = await call('GET', path(weekStart), { token: state.token });
  const previous = await call('GET', path(shiftWeek(week.week_start, -1)), { token: state.token });
  state.shownWeek = week.week_start;
  state.thisWeek ??= week.week_start;
  $('later-week').disabled = week.week_start >= state.thisWeek;
  $('earlier-week').disabled = !state.firstWeek || week.week_start <= state.firstWeek;
  renderWeek({
    heading: $('week-heading'),
    completion: $('week-completion-line'),
    charts: $('week-charts'),
    empty: $('week-empty'),
    streak: $('streak'),
    favourites: $('favourites'),
    insights: $('insights'),
    recommendations: $('recommendations'),
  }, week, previous);
}

/** The Monday of the week of the user's first report, in their zone; null before any. */
function firstWeekOf(profile) {
  if (!profile.first_activity_at) return null;
  const day = new Date(profile.first_activity_at).toLocaleDateString('en-CA', { timeZone: profile.timezone });
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

function afterReport() {
  Promise.all([loadPhase(), loadLearned(), loadWeek(state.shownWeek ?? state.thisWeek)]).catch(showMessage);
}

function greet() {
  const hour = new Date().getHours();
  const part = hour < 12 ? 'Good morning' : hour < 18 ? 'Good afternoon' : 'Good evening';
  const name = state.userId.replace(/^demo-/, '');
  // an id is no name: a UUID (Supabase's ids) is left out
  const shown = /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(name) ? '' : `, ${name[0].toUpperCase()}${name.slice(1)}`;
  $('greeting').textContent = `${part}${shown}.`;
}

function showSettings() {
  renderSettings($('settings-body'), state.profile, {
    onChange: async (change) => {
      await saveSettings(change);
      if (change.timezone) {
        await loadPlan();
        await loadWeek();
      } else {
        $('replan').hidden = false;
      }
    },
  });
}

async function start(token) {
  const { userId, role } = subjectOf(token);
  if (!userId || role === 'service_role') {
    tokens.clear('user');
    showMessage('This page is for a person\'s own day. Operators sign in on the Operator page.');
    showSignIn();
    return;
  }
  Object.assign(state, { token, userId });
  clearMessages();
  $('signin').hidden = true;
  $('app').hidden = false;
  $('who').textContent = /[0-9a-f]{8}-[0-9a-f]{4}-/i.test(userId) ? 'you' : userId;
  greet();
  renderSkeleton($('plan'));
  try {
    const library = loadLibrary();
    library.catch(() => {}); // awaited below; meanwhile a failure is no unhandled rejection
    const profile = await loadProfile();
    state.firstWeek = firstWeekOf(profile);
    showSettings();
    renderLearned($('learned'), profile);
    const rest = Promise.all([loadPhase(), loadWeek()]);
    rest.catch(() => {});
    if (!profile.archetype) {
      const answers = await renderOnboarding($('onboarding'), $('app-today'));
      await saveSettings({ archetype: answers.archetype, mode: answers.mode });
      showSettings();
      await loadPlan({ categories: answers.categories });
    } else {
      await loadPlan();
    }
    await library;
    showPlan();
    await rest;
    await sendWaiting();
  } catch (error) {
    if (error.status === 0 && showLastPlan()) return;
    showMessage(error);
    if (error.status === 401) signOut();
  }
}

function signOut() {
  tokens.clear('user');
  Object.assign(state, { token: null, userId: null, profile: null, thisWeek: null, firstWeek: null,
    library: new Map(), plan: null });
  $('app').hidden = true;
  showSignIn();
}

function showSignIn() {
  $('signin').hidden = false;
  renderSignIn($('signin'), {
    slot: 'user',
    tryAs: { role: 'authenticated', label: 'Try it as this person', defaultUserId: 'demo-ana' },
    onSignedIn: start,
  }).catch(showMessage);
}

$('sign-out').addEventListener('click', signOut);
$('replan').addEventListener('click', () => {
  $('replan').hidden = true;
  loadPlan({ regenerate: true }).catch(showMessage);
});
$('earlier-week').addEventListener('click', () => loadWeek(shiftWeek(state.shownWeek, -1)).catch(showMessage));
$('later-week').addEventListener('click', () => loadWeek(shiftWeek(state.shownWeek, 1)).catch(showMessage));
window.addEventListener('online', () => sendWaiting().catch(showMessage));
// and now and then, for a network that comes back without the browser saying so
setInterval(() => { if (waiting().size) sendWaiting().catch(() => {}); }, 5000);
if ('serviceWorker' in navigator) navigator.serviceWorker.register('/sw.js').catch(() => {});
const saved = tokens.get('user');
if (saved) start(saved); else showSignIn();
