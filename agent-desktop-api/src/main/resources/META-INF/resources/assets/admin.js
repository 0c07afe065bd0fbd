import { api, el, header, requireRole } from './session.js';

const session = requireRole('admin');
const $ = (id) => document.getElementById(id);

if (session) {
  header(session, 'Users');
  refresh();
  $('new-user').addEventListener('submit', create);
}

async function refresh() {
  const users = await api('GET', '/api/admin/users');
  $('users').tBodies[0].replaceChildren(...users.map((u) => el('tr', { 'data-user': u.username },
    el('th', { scope: 'row' }, u.username),
    el('td', {}, u.roles.slice().sort().join(', ')),
    el('td', {}, u.agent || '—'),
    el('td', {}, el('label', {},
      el('input', { type: 'checkbox', checked: u.enabled, 'aria-label': `${u.username} may log in`, onchange: (e) => setEnabled(u, e.target) }),
      u.enabled ? ' yes' : ' no')))));
}

async function setEnabled(user, box) {
  try {
    await api('PUT', `/api/admin/users/${user.id}`, { roles: user.roles, agent: user.agent, enabled: box.checked });
    $('users-status').textContent = `${user.username} ${box.checked ? 'may log in' : 'can no longer log in'}`;
  } catch (e) {
    $('users-status').textContent = e.message;
  }
  refresh();
}

async function create(event) {
  event.preventDefault();
  $('new-user-error').textContent = '';
  const roles = [...document.querySelectorAll('input[name=role]:checked')].map((i) => i.value);
  try {
    const user = await api('POST', '/api/admin/users', {
      username: $('new-username').value.trim(), password: $('new-password').value, roles,
      agent: $('new-agent').value.trim() || null,
    });
    $('users-status').textContent = `Created ${user.username}`;
    $('new-user').reset();
    refresh();
  } catch (e) {
    $('new-user-error').textContent = e.message;
  }
}
