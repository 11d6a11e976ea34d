// "Your style and time zone": saved in the profile the moment it is changed, so a reload or another device
// keeps it. A new style applies to the next plan; the page then offers to re-plan today's open tasks.

import { h, showMessage } from './api.js';
import { ENERGIES, STYLES } from './styles.js';

function select(id, label, options, value, onChange) {
  const element = h('select', { id }, ...options.map(([v, text]) => h('option', { value: v, selected: v === value }, text)));
  element.addEventListener('change', () => onChange(element.value));
  return [h('label', { for: id }, label), element];
}

function zones(current) {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set([current, 'UTC', ...all])].map((zone) => [zone, zone.replaceAll('_', ' ')]);
}

/** `profile` is the API's; `onChange(change)` saves `{archetype}`, `{mode}` or `{timezone}`. */
export function renderSettings(container, profile, { onChange }) {
  const save = (field) => (value) => onChange({ [field]: value })
    .then(() => showMessage('Saved.', 'info'))
    .catch(showMessage);
  container.replaceChildren(
    ...select('archetype', 'What fits you best', STYLES.map(([v, name]) => [v, name]),
      profile.archetype ?? 'foundation_builder', save('archetype')),
    ...select('mode', 'Energy', ENERGIES, profile.mode ?? 'medium', save('mode')),
    ...select('timezone', 'Time zone (your day starts at its midnight)', zones(profile.timezone),
      profile.timezone, save('timezone')),
  );
  document.getElementById('zone-shown').textContent = profile.timezone.replaceAll('_', ' ');
}
