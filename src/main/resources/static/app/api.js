// The API as the pages use it: the bearer token from sessionStorage (never a URL), problem documents
// turned into readable errors, and a spinner while any call is slower than a blink.

const SPINNER_DELAY_MS = 250;
let inFlight = 0;
let spinnerTimer = null;

export class ApiError extends Error {
  constructor(status, title, detail, errors = []) {
    super(readable(status, title, detail, errors));
    this.status = status;
    this.errors = errors;
  }
}

/** What a person can act on: the API's own detail for a request it refused, plain words for the rest. */
function readable(status, title, detail, errors) {
  if (status === 401) return 'Your sign-in has expired or is not valid. Please sign in again.';
  if (status >= 500) return 'Tailor is having trouble right now. Please try again in a minute.';
  const fields = errors.map((e) => `${e.field} ${e.message}`).join('; ');
  const what = detail || title || `The service answered ${status}`;
  return fields && !what.includes(fields) ? `${what} (${fields})` : what;
}

const RETRY_DELAYS_MS = [1000, 2000, 4000];
const pause = (ms) => new Promise((resolve) => { setTimeout(resolve, ms); });

export const tokens = {
  get: (slot) => sessionStorage.getItem(`tailor.token.${slot}`),
  set: (slot, token) => sessionStorage.setItem(`tailor.token.${slot}`, token.trim()),
  clear: (slot) => sessionStorage.removeItem(`tailor.token.${slot}`),
};

/** The `sub` of a token, read without verifying: the service verifies; the page only needs the user id. */
export function subjectOf(token) {
  try {
    const payload = token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/');
    const claims = JSON.parse(atob(payload));
    return { userId: claims.sub ?? null, role: claims.role ?? null };
  } catch {
    return { userId: null, role: null };
  }
}

function busy(delta) {
  inFlight += delta;
  const spinner = document.getElementById('spinner');
  if (!spinner) return;
  clearTimeout(spinnerTimer);
  if (inFlight > 0) {
    spinnerTimer = setTimeout(() => { spinner.hidden = false; }, SPINNER_DELAY_MS);
  } else {
    spinner.hidden = true;
  }
}

/** One call; resolves to the parsed JSON body (or null), rejects with an ApiError carrying a readable message. */
export async function call(method, path, { token, body, headers = {}, retry = true } = {}) {
  const init = { method, headers: { Accept: 'application/json, application/problem+json', ...headers } };
  if (token) init.headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  busy(+1);
  try {
    let response;
    for (let attempt = 0; ; attempt++) {
      try {
        response = await fetch(path, init);
        break;
      } catch {
        // every write the pages send is safe to repeat (Idempotency-Key, stored plans, corrections)
        if (!retry || attempt >= RETRY_DELAYS_MS.length) {
          throw new ApiError(0, 'Network error', 'Tailor could not be reached. Check your connection and try again.');
        }
        if (attempt === 0) showMessage('The connection was lost. Trying again…', 'info');
        await pause(RETRY_DELAYS_MS[attempt]);
      }
    }
    const type = response.headers.get('Content-Type') || '';
    const json = type.includes('json') ? await response.json() : null;
    if (!response.ok) {
      throw new ApiError(response.status, json?.title, json?.detail, json?.errors ?? []);
    }
    return json;
  } finally {
    busy(-1);
  }
}

const SHOWN_MS = { info: 4000, error: 10000 };

/** Shows a message in the page's message area, an ApiError's own text, never raw JSON; it goes by itself. */
export function showMessage(error, kind = 'error') {
  const region = document.getElementById('messages');
  const item = document.createElement('p');
  item.className = `message ${kind}`;
  item.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  item.textContent = error instanceof Error ? error.message : String(error);
  const dismiss = document.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.setAttribute('aria-label', 'Dismiss message');
  dismiss.textContent = '×';
  dismiss.addEventListener('click', () => item.remove());
  item.append(dismiss);
  region.append(item);
  setTimeout(() => item.remove(), SHOWN_MS[kind] ?? SHOWN_MS.error);
}

export function clearMessages() {
  document.getElementById('messages').replaceChildren();
}

/** `h('p', {className: 'x'}, 'text', child)`: small DOM building without innerHTML, so API text is never markup. */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key.startsWith('data-') || key.startsWith('aria-') || key === 'role' || key === 'for') {
      element.setAttribute(key, value);
    } else {
      element[key] = value;
    }
  }
  element.append(...children.filter((child) => child !== null && child !== undefined && child !== false));
  return element;
}

/** A rate as a whole percent, rounded as the API's insights round it (tenths first: 0.815 is 82%). */
export const percent = (rate) => (rate === null || rate === undefined ? '–' : `${Math.round(Math.round(rate * 1000) / 10)}%`);
