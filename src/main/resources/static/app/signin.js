// Signing in: paste the app's JWT (kept in sessionStorage), or, on the embedded default only, "try it as"
// a user or the service role with a short-lived token the service mints. The try-it option appears only
// when the service says it is offered.

import { call, h, showMessage, tokens } from './api.js';

async function tryItOffered() {
  try {
    await call('GET', '/api/v1/try-sign-in');
    return true;
  } catch {
    return false;
  }
}

/**
 * Renders the sign-in form into `container` for a token `slot` ('user' or 'admin') and calls
 * `onSignedIn(token)` once a token is in hand. `tryAs` is {role, label, defaultUserId?}.
 */
export async function renderSignIn(container, { slot, tryAs, onSignedIn }) {
  const field = h('textarea', { id: `${slot}-token`, rows: 3, spellcheck: false, autocomplete: 'off' });
  const tokenForm = h(
    'form',
    { className: 'stack', id: 'token-form' },
    h('label', { for: field.id }, 'Access token (JWT)'),
    field,
    h('button', { type: 'submit', className: 'primary' }, 'Sign in with this token'),
  );
  tokenForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!field.value.trim()) {
      showMessage('Paste a token first.');
      return;
    }
    tokens.set(slot, field.value);
    onSignedIn(tokens.get(slot));
  });
  container.replaceChildren(h('h2', {}, 'Sign in'), tokenForm);

  if (!(await tryItOffered())) return;
  const userField = h('input', { id: 'try-user-id', value: tryAs.defaultUserId ?? '', autocomplete: 'off' });
  const tryForm = h(
    'form',
    { className: 'stack try-it', id: 'try-form' },
    h('p', { className: 'hint' }, 'This service made its own secret, so you may try it without an account:'),
    tryAs.role === 'authenticated' ? h('label', { for: userField.id }, 'User id') : null,
    tryAs.role === 'authenticated' ? userField : null,
    h('button', { type: 'submit', className: 'primary', id: 'try-button' }, tryAs.label),
  );
  tryForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      const body = { role: tryAs.role, user_id: tryAs.role === 'authenticated' ? userField.value.trim() : 'operator' };
      const minted = await call('POST', '/api/v1/try-sign-in', { body });
      tokens.set(slot, minted.access_token);
      onSignedIn(minted.access_token);
    } catch (error) {
      showMessage(error);
    }
  });
  container.append(tryForm);
}
