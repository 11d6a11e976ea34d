// Signing in. On the embedded default (the service made its own secret) the demo people are offered by
// name, and any other name may be tried: the service mints a short-lived token. The token box is for
// operators and developers who hold an access token (a Supabase one, or a service-role one); the token is
// kept in sessionStorage, never in a URL.

import { call, h, showMessage, tokens } from './api.js';

const DEMO = [
  ['demo-ana', 'Ana', 'four weeks in, building habits'],
  ['demo-ben', 'Ben', 'four weeks in, performing at his best'],
  ['demo-chloe', 'Chloe', 'twelve days in, getting back on her feet'],
];

async function tryItOffered() {
  try {
    await call('GET', '/api/v1/try-sign-in');
    return true;
  } catch {
    return false;
  }
}

function tokenForm(slot, onSignedIn, asOperator) {
  const field = h('textarea', { id: `${slot}-token`, rows: 3, spellcheck: false, autocomplete: 'off' });
  const form = h(
    'form',
    { className: 'stack', id: 'token-form' },
    h('label', { for: field.id }, asOperator ? 'Access token' : 'Access token (for operators and developers)'),
    h('p', { className: 'hint', id: `${slot}-token-hint` }, asOperator
      ? 'Paste a service-role token from your deployment.'
      : 'Your app signs you in by itself; paste a token here only if you were given one.'),
    field,
    h('button', { type: 'submit', className: 'primary' }, 'Sign in with this token'),
  );
  field.setAttribute('aria-describedby', `${slot}-token-hint`);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!field.value.trim()) {
      showMessage('Paste your access token first, then sign in.');
      return;
    }
    tokens.set(slot, field.value);
    onSignedIn(tokens.get(slot));
  });
  return form;
}

async function mint(slot, role, userId, onSignedIn) {
  try {
    const minted = await call('POST', '/api/v1/try-sign-in', { body: { role, user_id: userId } });
    tokens.set(slot, minted.access_token);
    onSignedIn(minted.access_token);
  } catch (error) {
    showMessage(error.status === 400 ? 'Use letters, digits and . _ : @ - in the name (up to 128).' : error);
  }
}

/**
 * Renders the sign-in into `container` for a token `slot` ('user' or 'admin') and calls `onSignedIn(token)`
 * once a token is in hand. `tryAs` is {role, label, defaultUserId?}.
 */
export async function renderSignIn(container, { slot, tryAs, onSignedIn }) {
  const asOperator = tryAs.role !== 'authenticated';
  const form = tokenForm(slot, onSignedIn, asOperator);
  container.replaceChildren(h('h2', {}, 'Sign in'), form);
  if (!(await tryItOffered())) return;

  const userField = h('input', { id: 'try-user-id', value: tryAs.defaultUserId ?? '', autocomplete: 'off' });
  const tryForm = h(
    'form',
    { className: 'stack try-it', id: 'try-form' },
    h('p', { className: 'hint' }, 'This copy of Tailor runs on your machine, so you may try it without an account.'),
    asOperator ? null : h('div', { className: 'demo-people', role: 'group', 'aria-label': 'Demo people' },
      ...DEMO.map(([id, name, about]) => {
        const button = h('button', { type: 'button', className: 'demo-person', 'data-user-id': id },
          h('strong', {}, name), h('span', { className: 'hint' }, ` ${about}`));
        button.addEventListener('click', () => mint(slot, 'authenticated', id, onSignedIn));
        return button;
      })),
    asOperator ? null : h('label', { for: userField.id }, 'Or start fresh with any name'),
    asOperator ? null : userField,
    h('button', { type: 'submit', className: 'primary', id: 'try-button' }, tryAs.label),
  );
  tryForm.addEventListener('submit', (event) => {
    event.preventDefault();
    mint(slot, tryAs.role, asOperator ? 'operator' : userField.value.trim(), onSignedIn);
  });
  // the try-it choices first: they are what a person on this machine wants
  container.replaceChildren(h('h2', {}, 'Sign in'), tryForm, form);
}
