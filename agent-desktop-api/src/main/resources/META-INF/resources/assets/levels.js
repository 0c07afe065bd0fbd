// A skill-by-skill proficiency picker (none, or 1 to 5), shared by the agents and queues pages.
import { el } from './session.js';

/** One row: the skill's name and a select of none or 1–5. */
export function levelPicker(idPrefix, skill) {
  const id = `${idPrefix}-${skill}`;
  return el('div', { class: 'level' },
    el('label', { for: id }, skill),
    el('select', { id, 'data-skill': skill },
      el('option', { value: '' }, '—'),
      ...[1, 2, 3, 4, 5].map((n) => el('option', { value: String(n) }, String(n)))));
}

/** {skill: level} of the rows in the container with a level chosen. */
export function pickedLevels(container) {
  const levels = {};
  container.querySelectorAll('select[data-skill]').forEach((s) => {
    if (s.value) levels[s.dataset.skill] = Number(s.value);
  });
  return levels;
}

/** Sets every row from {skill: level}; rows not named go to none. */
export function showLevels(container, levels) {
  container.querySelectorAll('select[data-skill]').forEach((s) => {
    s.value = levels[s.dataset.skill] ? String(levels[s.dataset.skill]) : '';
  });
}

/** {billing: 5, english: 4} → "billing 5, english 4". */
export function describeLevels(levels) {
  const text = Object.entries(levels).map(([skill, level]) => `${skill} ${level}`).join(', ');
  return text || '—';
}
