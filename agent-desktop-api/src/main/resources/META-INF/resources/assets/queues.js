import { api, el, header, requireRole } from './session.js';
import { levelPicker, pickedLevels, showLevels, describeLevels } from './levels.js';

const session = requireRole('admin');
const $ = (id) => document.getElementById(id);
const NUMBERS = { slTargetPercent: 'queue-sl-target', slThresholdSeconds: 'queue-sl-threshold',
  ringTimeoutSeconds: 'queue-ring', wrapUpSeconds: 'queue-wrap', basePriority: 'queue-priority' };
const DEFAULTS = { slTargetPercent: 80, slThresholdSeconds: 20, ringTimeoutSeconds: 15, wrapUpSeconds: 30, basePriority: 0 };
let editing = null;
let stepCount = 0;

if (session) {
  header(session, 'Queues');
  load();
  $('queue-form').addEventListener('submit', save);
  $('queue-new').addEventListener('click', () => edit(null));
  $('add-step').addEventListener('click', () => addStep({ afterSeconds: '', lowerProficiencyBy: 1, dropSkills: [] }));
}

async function load() {
  const [queues, skills] = await Promise.all([api('GET', '/api/admin/queues'), api('GET', '/api/admin/skills')]);
  const levels = pickedLevels($('queue-skills'));
  $('queue-skills').querySelectorAll('.level').forEach((row) => row.remove());
  $('queue-skills').append(...skills.map((skill) => levelPicker('queue-skill', skill)));
  showLevels($('queue-skills'), levels);
  const overflow = $('queue-overflow').value;
  $('queue-overflow').replaceChildren(el('option', { value: '' }, 'Nowhere'), ...queues.map((q) => el('option', { value: q.name }, q.name)));
  $('queue-overflow').value = overflow;
  $('queues').tBodies[0].replaceChildren(...queues.map(row));
}

function row(q) {
  return el('tr', { 'data-queue': q.name },
    el('th', { scope: 'row' }, q.name, el('div', { class: 'muted' }, q.description || '')),
    el('td', {}, describeLevels(q.requiredSkills)),
    el('td', { class: 'nowrap' }, `${q.slTargetPercent}% in ${q.slThresholdSeconds} s`),
    el('td', { class: 'nowrap' }, `${q.ringTimeoutSeconds} s / ${q.wrapUpSeconds} s`),
    el('td', {}, q.steps.map(describeStep).join('; ') || '—'),
    el('td', {}, q.overflowQueue ? `${q.overflowQueue} after ${q.maxWaitSeconds} s` : '—'),
    el('td', {}, el('button', { type: 'button', class: 'quiet', 'aria-label': `Edit ${q.name}`, onclick: () => edit(q) }, 'Edit')));
}

function describeStep(step) {
  const parts = [step.lowerProficiencyBy ? `−${step.lowerProficiencyBy}` : null,
    step.dropSkills.length ? `without ${step.dropSkills.join(', ')}` : null].filter(Boolean);
  return `${step.afterSeconds} s: ${parts.join(' ') || 'as before'}`;
}

function edit(q) {
  editing = q;
  $('queue-error').textContent = '';
  $('queue-form-title').textContent = q ? `Queue ${q.name}` : 'New queue';
  $('queue-save').textContent = q ? 'Save changes' : 'Create queue';
  $('queue-name').value = q ? q.name : '';
  $('queue-name').readOnly = !!q;
  $('queue-description').value = q && q.description ? q.description : '';
  for (const [field, id] of Object.entries(NUMBERS)) $(id).value = q ? q[field] : DEFAULTS[field];
  $('queue-max-wait').value = q && q.maxWaitSeconds != null ? q.maxWaitSeconds : '';
  $('queue-overflow').value = q && q.overflowQueue ? q.overflowQueue : '';
  showLevels($('queue-skills'), q ? q.requiredSkills : {});
  $('steps').replaceChildren();
  (q ? q.steps : []).forEach(addStep);
  $(q ? 'queue-description' : 'queue-name').focus();
}

/** A relaxation step's row: after how long, how much lower, which skills dropped. */
function addStep(step) {
  const n = ++stepCount;
  const item = el('li', { class: 'step controls' },
    el('label', { for: `step-after-${n}` }, 'After (s)'),
    el('input', { id: `step-after-${n}`, type: 'number', min: '1', value: step.afterSeconds, 'data-field': 'after' }),
    el('label', { for: `step-lower-${n}` }, 'lower by'),
    el('input', { id: `step-lower-${n}`, type: 'number', min: '0', max: '4', value: step.lowerProficiencyBy, 'data-field': 'lower' }),
    el('label', { for: `step-drop-${n}` }, 'drop'),
    el('input', { id: `step-drop-${n}`, value: step.dropSkills.join(', '), placeholder: 'skills', 'data-field': 'drop' }),
    el('button', { type: 'button', class: 'quiet', 'aria-label': 'Remove this step', onclick: () => item.remove() }, 'Remove'));
  $('steps').append(item);
  return item;
}

function steps() {
  return [...$('steps').children].map((item) => {
    const field = (name) => item.querySelector(`[data-field=${name}]`).value.trim();
    return { afterSeconds: Number(field('after')), lowerProficiencyBy: Number(field('lower') || 0),
      dropSkills: field('drop').split(',').map((s) => s.trim()).filter(Boolean) };
  });
}

async function save(event) {
  event.preventDefault();
  $('queue-error').textContent = '';
  const name = $('queue-name').value.trim();
  if (!name) {
    $('queue-error').textContent = 'Give the queue a name, such as insurance';
    return;
  }
  const body = { description: $('queue-description').value.trim() || null, requiredSkills: pickedLevels($('queue-skills')),
    steps: steps(), overflowQueue: $('queue-overflow').value || null,
    maxWaitSeconds: $('queue-max-wait').value === '' ? null : Number($('queue-max-wait').value) };
  for (const [field, id] of Object.entries(NUMBERS)) body[field] = Number($(id).value);
  try {
    const saved = await api('PUT', `/api/admin/queues/${encodeURIComponent(name)}`, body, editing ? {} : { 'If-None-Match': '*' });
    $('queues-status').textContent = `${editing ? 'Saved' : 'Created'} ${saved.name}; waiting calls follow the new settings at once`;
    await load();
    edit(saved);
  } catch (e) {
    $('queue-error').textContent = e.message;
  }
}
