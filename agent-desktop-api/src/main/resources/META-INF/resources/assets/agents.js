import { api, el, header, requireRole } from './session.js';
import { levelPicker, pickedLevels, showLevels, describeLevels } from './levels.js';

const session = requireRole('admin');
const $ = (id) => document.getElementById(id);
let skills = [];
let editing = null;

if (session) {
  header(session, 'Agents and skills');
  load();
  $('agent-form').addEventListener('submit', save);
  $('agent-new').addEventListener('click', () => edit(null));
  $('skill-form').addEventListener('submit', (e) => addToCatalogue(e, 'skills', $('skill-name')));
  $('team-form').addEventListener('submit', (e) => addToCatalogue(e, 'teams', $('team-name')));
}

async function load() {
  const [agents, skillNames, teams] = await Promise.all([
    api('GET', '/api/admin/agents'), api('GET', '/api/admin/skills'), api('GET', '/api/admin/teams')]);
  skills = skillNames;
  const chosenTeam = $('agent-team').value;
  $('agent-team').replaceChildren(el('option', { value: '' }, 'No team'), ...teams.map((t) => el('option', { value: t }, t)));
  $('agent-team').value = chosenTeam;
  const levels = pickedLevels($('agent-skills'));
  $('agent-skills').querySelectorAll('.level').forEach((row) => row.remove());
  $('agent-skills').append(...skills.map((skill) => levelPicker('agent-skill', skill)));
  showLevels($('agent-skills'), levels);
  $('agents').tBodies[0].replaceChildren(...agents.map(row));
}

function row(agent) {
  return el('tr', { 'data-agent': agent.code, class: agent.active ? null : 'inactive' },
    el('th', { scope: 'row' }, agent.code),
    el('td', {}, agent.name),
    el('td', {}, agent.team || '—'),
    el('td', {}, describeLevels(agent.skills)),
    el('td', {}, agent.active ? 'yes' : 'no'),
    el('td', {}, el('button', { type: 'button', class: 'quiet', 'aria-label': `Edit ${agent.name}`, onclick: () => edit(agent) }, 'Edit')));
}

function edit(agent) {
  editing = agent;
  $('agent-error').textContent = '';
  $('agent-form-title').textContent = agent ? `Agent ${agent.code}` : 'New agent';
  $('agent-save').textContent = agent ? 'Save changes' : 'Create agent';
  $('agent-code').value = agent ? agent.code : '';
  $('agent-code').readOnly = !!agent;
  $('agent-name').value = agent ? agent.name : '';
  $('agent-device').value = agent ? agent.device : '';
  $('agent-team').value = agent && agent.team ? agent.team : '';
  $('agent-active').checked = agent ? agent.active : true;
  showLevels($('agent-skills'), agent ? agent.skills : {});
  $(agent ? 'agent-name' : 'agent-code').focus();
}

async function save(event) {
  event.preventDefault();
  $('agent-error').textContent = '';
  const code = $('agent-code').value.trim();
  if (!code) {
    $('agent-error').textContent = 'Give the agent a code: their extension, such as 1025';
    return;
  }
  const body = {
    name: $('agent-name').value.trim(), device: $('agent-device').value.trim(),
    team: $('agent-team').value || null, skills: pickedLevels($('agent-skills')), active: $('agent-active').checked,
  };
  try {
    const saved = await api('PUT', `/api/admin/agents/${encodeURIComponent(code)}`, body, editing ? {} : { 'If-None-Match': '*' });
    $('agents-status').textContent = `${editing ? 'Saved' : 'Created'} ${saved.name} (${saved.code}); calls follow at once`;
    await load();
    edit(saved);
  } catch (e) {
    $('agent-error').textContent = e.message;
  }
}

async function addToCatalogue(event, kind, input) {
  event.preventDefault();
  $('catalogue-error').textContent = '';
  const name = input.value.trim();
  if (!name) return;
  try {
    await api('PUT', `/api/admin/${kind}/${encodeURIComponent(name)}`);
    $('agents-status').textContent = `Added ${kind === 'skills' ? 'skill' : 'team'} ${name}`;
    input.value = '';
    await load();
  } catch (e) {
    $('catalogue-error').textContent = e.message;
  }
}
