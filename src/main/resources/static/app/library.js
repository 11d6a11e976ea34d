// The task library in the operator view: the stored versions with activate (or roll back to) and a diff
// against the active one, and a draft of a new version made from one of them: edit a task, add one,
// retire one, then store it. The service checks the draft whole; each problem it names is shown next to
// its field. A client of /api/v1/library/versions like any other.

import { ApiError, call, clearMessages, h } from './api.js';

const ARCHETYPES = ['peak_performer', 'foundation_builder', 'systematic_improver', 'transformation_seeker',
  'resilience_rebuilder', 'connected_explorer'];
const MODES = ['high', 'medium', 'low'];
const CATEGORIES = ['hydration', 'movement', 'nutrition', 'wellness', 'recovery', 'work'];
const TIMES = ['morning', 'afternoon', 'evening'];

const state = { token: null, container: null, onError: null, versions: [], draft: null, errors: {}, editing: null };

/** Renders the library panel into `container`: the versions, and a draft made from the active one. */
export async function renderLibrary(container, token, onError) {
  Object.assign(state, { container, token, onError });
  const { versions } = await call('GET', '/api/v1/library/versions', { token });
  state.versions = versions;
  const active = versions.find((v) => v.active);
  if (!state.draft && active) await startDraft(active.version);
  else draw();
}

async function startDraft(version) {
  const document = await call('GET', `/api/v1/library/versions/${version}`, { token: state.token });
  state.draft = { from: version, version: nextName(), note: '', tasks: document.tasks };
  state.errors = {};
  state.editing = null;
  draw();
}

function nextName() {
  const highest = Math.max(0, ...state.versions.map((v) => Number(v.version.slice(1))));
  return `v${highest + 1}`;
}

function refresh() {
  renderLibrary(state.container, state.token, state.onError).catch(state.onError);
}

function draw() {
  state.container.replaceChildren(versionTable(), h('div', { id: 'library-diff' }), draftSection());
}

function versionTable() {
  const active = state.versions.find((v) => v.active);
  return h('div', { className: 'table-scroll' }, h(
    'table',
    { id: 'library-versions' },
    h('caption', { className: 'visually-hidden' }, 'Stored library versions'),
    h('thead', {}, h('tr', {}, ...['Version', 'Note', 'Stored', 'Active tasks', 'State', 'Actions']
      .map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...state.versions.map((v) => h(
      'tr',
      { 'data-version': v.version },
      h('th', { scope: 'row' }, v.version),
      h('td', {}, v.note),
      h('td', {}, v.created_at.slice(0, 16).replace('T', ' ')),
      h('td', {}, String(v.task_count)),
      h('td', {}, v.active ? 'active' : ''),
      h('td', {}, ...actions(v, active)),
    ))),
  ));
}

function actions(version, active) {
  const edit = button(`Edit from ${version.version}`, 'edit-from', () => startDraft(version.version).catch(state.onError));
  if (version.active) return [edit];
  const older = active && version.created_at < active.created_at;
  return [
    edit,
    button(`Diff ${active?.version} → ${version.version}`, 'diff', () => showDiff(active.version, version.version)),
    button(older ? `Roll back to ${version.version}` : `Activate ${version.version}`, 'activate', () => call(
      'POST', `/api/v1/library/versions/${version.version}/activate`, { token: state.token },
    ).then(refresh, state.onError)),
  ];
}

function button(label, kind, onClick) {
  const b = h('button', { type: 'button', className: `library-${kind}` }, label);
  b.addEventListener('click', onClick);
  return b;
}

async function showDiff(from, to) {
  const diff = await call('GET', `/api/v1/library/versions/${from}/diff/${to}`, { token: state.token }).catch(state.onError);
  if (!diff) return;
  const list = (title, items, line) => h('div', {}, h('h4', {}, `${title} (${items.length})`),
    items.length ? h('ul', {}, ...items.map((item) => h('li', {}, line(item)))) : h('p', { className: 'hint' }, 'None.'));
  document.getElementById('library-diff').replaceChildren(h(
    'section',
    { className: 'library-changes', 'aria-label': `Changes from ${from} to ${to}` },
    h('h3', {}, `From ${from} to ${to}`),
    list('Added', diff.added, (t) => `${t.name} (${t.id})`),
    list('Retired', diff.retired, (t) => `${t.name} (${t.id})`),
    list('Changed', diff.changed, (t) => `${t.name}: ${t.changes.map((c) => `${c.field} ${c.from} → ${c.to}`).join('; ')}`),
  ));
}

function errorFor(field) {
  const message = state.errors[field];
  return message ? h('span', { className: 'field-error', 'data-field': field }, message) : null;
}

function draftSection() {
  const draft = state.draft;
  if (!draft) return h('p', { className: 'hint' }, 'No version stored yet.');
  const version = h('input', { id: 'draft-version', value: draft.version, autocomplete: 'off' });
  const note = h('input', { id: 'draft-note', value: draft.note, autocomplete: 'off' });
  version.addEventListener('input', () => { draft.version = version.value.trim(); });
  note.addEventListener('input', () => { draft.note = note.value; });
  const store = button('Store version', 'store', () => storeDraft().catch(state.onError));
  store.classList.add('primary');
  return h(
    'section',
    { className: 'library-draft', 'aria-labelledby': 'draft-heading' },
    h('h3', { id: 'draft-heading' }, `New version (from ${draft.from})`),
    h('div', { className: 'inline-form' },
      h('label', { for: 'draft-version' }, 'Version'), version, errorFor('version'),
      h('label', { for: 'draft-note' }, 'Note'), note, errorFor('note')),
    errorFor('tasks'),
    taskTable(draft.tasks),
    state.editing === null ? null : taskForm(state.editing),
    h('p', {}, button('Add a task', 'add', () => { state.editing = draft.tasks.length; draw(); }), ' ', store),
  );
}

function taskErrors(index) {
  return Object.entries(state.errors).filter(([field]) => field.startsWith(`tasks[${index}]`));
}

function taskTable(tasks) {
  return h('div', { className: 'table-scroll' }, h(
    'table',
    { id: 'draft-tasks' },
    h('caption', { className: 'visually-hidden' }, 'Tasks of the new version'),
    h('thead', {}, h('tr', {}, ...['Task', 'Category', 'Minutes', 'State', 'Actions'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...tasks.map((task, index) => h(
      'tr',
      { 'data-task': task.id },
      h('th', { scope: 'row' }, task.name, ' ', h('span', { className: 'hint' }, task.id),
        ...taskErrors(index).map(([field, message]) => h('span', { className: 'field-error' }, `${field.replace(/^tasks\[\d+\]\./, '')}: ${message}`))),
      h('td', {}, task.category),
      h('td', {}, String(task.duration_minutes)),
      h('td', {}, task.is_active ? 'active' : 'retired'),
      h('td', {},
        button(`Edit ${task.name}`, 'edit', () => { state.editing = index; draw(); }),
        button(task.is_active ? `Retire ${task.name}` : `Restore ${task.name}`, 'retire', () => {
          task.is_active = !task.is_active;
          draw();
        })),
    ))),
  ));
}

const BLANK = () => ({
  id: '', name: '', description: '', category: 'hydration', duration_minutes: 5,
  archetype_fit: Object.fromEntries(ARCHETYPES.map((a) => [a, 0.5])),
  mode_fit: Object.fromEntries(MODES.map((m) => [m, 0.5])),
  time_of_day: ['morning'], difficulty: 1, variation_group: '', is_active: true,
});

/** One input with its label and, when the service named it, its problem right after it. */
function field(index, name, label, input) {
  const path = `tasks[${index}].${name}`;
  input.id = `task-${name.replace('.', '-')}`;
  input.setAttribute('data-field', path);
  if (state.errors[path]) input.setAttribute('aria-invalid', 'true');
  return h('div', { className: 'library-field' }, h('label', { for: input.id }, label), input, errorFor(path));
}

function taskForm(index) {
  const task = structuredClone(state.draft.tasks[index] ?? BLANK());
  const text = (name) => h('input', { value: String(task[name]), autocomplete: 'off' });
  const number = (value, step) => h('input', { type: 'number', step, value: String(value) });
  const inputs = {
    id: text('id'), name: text('name'), description: text('description'),
    category: h('select', {}, ...CATEGORIES.map((c) => h('option', { value: c, selected: c === task.category }, c))),
    duration_minutes: number(task.duration_minutes, 1), difficulty: number(task.difficulty, 1),
    variation_group: text('variation_group'),
    time_of_day: h('input', { value: task.time_of_day.join(', '), autocomplete: 'off' }),
  };
  const fits = [...ARCHETYPES.map((a) => [`archetype_fit.${a}`, number(task.archetype_fit[a], 0.05)]),
    ...MODES.map((m) => [`mode_fit.${m}`, number(task.mode_fit[m], 0.05)])];
  const form = h(
    'form',
    { id: 'task-form', className: 'stack', 'aria-label': index < state.draft.tasks.length ? `Edit ${task.name}` : 'Add a task' },
    ...Object.entries(inputs).map(([name, input]) => field(index, name, name.replace(/_/g, ' '), input)),
    ...fits.map(([name, input]) => field(index, name, name.replace('.', ': ').replace(/_/g, ' '), input)),
    h('p', { className: 'hint' }, `Times of day: ${TIMES.join(', ')}, comma-separated.`),
    h('button', { type: 'submit', className: 'primary' }, 'Keep in draft'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    Object.assign(task, {
      id: inputs.id.value.trim(), name: inputs.name.value, description: inputs.description.value,
      category: inputs.category.value, duration_minutes: Number(inputs.duration_minutes.value),
      difficulty: Number(inputs.difficulty.value), variation_group: inputs.variation_group.value.trim(),
      time_of_day: inputs.time_of_day.value.split(',').map((t) => t.trim()).filter(Boolean),
    });
    for (const [name, input] of fits) {
      const [group, key] = name.split('.');
      task[group][key] = Number(input.value);
    }
    state.draft.tasks[index] = task;
    state.editing = null;
    draw();
  });
  return form;
}

async function storeDraft() {
  const { version, note, tasks } = state.draft;
  try {
    await call('POST', '/api/v1/library/versions', { token: state.token, body: { version, note, tasks } });
  } catch (error) {
    if (!(error instanceof ApiError) || !error.errors.length) throw error;
    state.errors = Object.fromEntries(error.errors.map((e) => [e.field, e.message]));
    const first = error.errors.map((e) => /^tasks\[(\d+)\]\./.exec(e.field)).find(Boolean);
    state.editing = first ? Number(first[1]) : null;
    draw();
    state.onError(error);
    return;
  }
  clearMessages();
  const from = state.versions.find((v) => v.active)?.version;
  state.draft = null;
  state.errors = {};
  await renderLibrary(state.container, state.token, state.onError);
  if (from) await showDiff(from, version);
}
