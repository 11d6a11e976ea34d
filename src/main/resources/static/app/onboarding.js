// The first questions, before the first plan: which style fits, today's energy, what to focus on. Plain
// words, and a skip that takes the gentle defaults.

import { h } from './api.js';
import { CATEGORIES, ENERGIES, STYLES } from './styles.js';

const DEFAULTS = { archetype: 'foundation_builder', mode: 'medium', categories: [] };

function choice(name, value, label, hint, checked, type = 'radio') {
  const id = `${name}-${value}`;
  return h('div', { className: 'choice' },
    h('input', { type, id, name, value, checked }),
    h('label', { for: id }, h('strong', {}, label), hint ? h('span', { className: 'hint' }, ` ${hint}`) : null));
}

/** Shows the questions in `container` (hiding `today` meanwhile); resolves to {archetype, mode, categories}. */
export function renderOnboarding(container, today) {
  return new Promise((resolve) => {
    const form = h('form', { className: 'stack onboarding', id: 'onboarding-form' },
      h('fieldset', {}, h('legend', {}, 'Which sounds most like you right now?'),
        ...STYLES.map(([v, name, hint], i) => choice('style', v, name, hint, i === 0))),
      h('fieldset', {}, h('legend', {}, 'How is your energy today?'),
        ...ENERGIES.map(([v, name]) => choice('energy', v, name, null, v === 'medium'))),
      h('fieldset', {}, h('legend', {}, 'What would you like to focus on? (any, or none for a bit of everything)'),
        ...CATEGORIES.map(([v, name]) => choice('focus', v, name, null, false, 'checkbox'))),
      h('div', { className: 'actions' },
        h('button', { type: 'submit', className: 'primary', id: 'onboarding-done' }, 'Make my plan'),
        h('button', { type: 'button', id: 'onboarding-skip' }, 'Skip for now')));
    const finish = (answers) => {
      container.hidden = true;
      today.hidden = false;
      resolve(answers);
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const data = new FormData(form);
      finish({ archetype: data.get('style'), mode: data.get('energy'), categories: data.getAll('focus') });
    });
    form.querySelector('#onboarding-skip').addEventListener('click', () => finish(DEFAULTS));
    container.replaceChildren(
      h('h2', { id: 'onboarding-heading' }, 'Welcome! Three quick questions'),
      h('p', { className: 'hint' }, 'Tailor plans a few small things to do each day and learns what suits you.'),
      form);
    today.hidden = true;
    container.hidden = false;
    form.querySelector('input').focus();
  });
}
