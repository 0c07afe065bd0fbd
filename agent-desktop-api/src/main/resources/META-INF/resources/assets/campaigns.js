import { api, el, header, liveSocket, requireRole, showLink } from './session.js';

const session = requireRole('supervisor', 'admin');
const $ = (id) => document.getElementById(id);
const page = { selected: null };
const fmt = (x) => (x == null ? '—' : `${x} %`);

if (session) {
  header(session, 'Campaigns');
  loadQueues();
  refresh();
  liveSocket('/ws/supervisor', {
    onOpen: () => {},
    onMessage: (m) => { if (m.type === 'campaign-stats' && m.campaigns.length > 0) refreshLive(); },
    onStatus: showLink,
  });
  $('create').addEventListener('submit', create);
  $('import').addEventListener('submit', importFile);
}

async function loadQueues() {
  const queues = await api('GET', '/api/queues');
  $('queue').replaceChildren(...queues.map((q) => el('option', { value: q.name, selected: q.name === 'retention' }, q.name)));
}

/** Live figures every few seconds, but never under a keyboard user's focus. */
function refreshLive() {
  const now = Date.now();
  if (now - (page.refreshedAt || 0) < 5000 || $('campaigns').contains(document.activeElement)) return;
  refresh();
}

async function refresh() {
  page.refreshedAt = Date.now();
  const campaigns = await api('GET', '/api/campaigns');
  $('campaigns').tBodies[0].replaceChildren(...campaigns.map((c) => el('tr', { 'data-campaign': c.name },
    el('th', { scope: 'row' }, el('button', { type: 'button', class: 'quiet', onclick: () => select(c) }, c.name),
      el('div', { class: 'muted' }, `${c.mode.toLowerCase()} · ${c.queue}`)),
    el('td', { 'data-field': 'status' }, c.status.toLowerCase()),
    el('td', { class: 'num', 'data-field': 'remaining' }, String(c.remaining)),
    el('td', { class: 'num' }, String(c.dialed)),
    el('td', { class: 'num' }, fmt(c.answerRatePercent)),
    el('td', { class: 'num' }, fmt(c.abandonRatePercent)),
    el('td', {}, actions(c)))));
  if (page.selected) showCompliance(page.selected);
}

function actions(c) {
  if (c.status === 'STOPPED') return '';
  const act = (label, verb) => el('button', { type: 'button', class: 'quiet', onclick: () => change(c, verb) }, label);
  return el('span', { class: 'controls' },
    c.status === 'RUNNING' ? act('Pause', 'pause') : act('Start', 'start'), act('Stop', 'stop'));
}

async function change(c, verb) {
  try {
    await api('POST', `/api/campaigns/${c.id}/${verb}`);
    $('campaign-status').textContent = `${c.name}: ${verb === 'start' ? 'dialing' : verb === 'pause' ? 'paused' : 'stopped'}`;
    refresh();
  } catch (e) {
    $('campaign-status').textContent = e.message;
  }
}

function select(c) {
  page.selected = c;
  $('detail').classList.remove('hidden');
  $('detail-title').textContent = `${c.name}: compliance`;
  $('import-errors').replaceChildren();
  showCompliance(c);
}

async function showCompliance(c) {
  const r = await api('GET', `/api/campaigns/${c.id}/compliance`);
  const row = (label, value) => [el('dt', {}, label), el('dd', {}, value)];
  $('compliance').replaceChildren(
    ...row('Abandoned, last 24 h', fmt(r.abandonRate24hPercent)),
    ...row('Abandoned, last 30 days', fmt(r.abandonRate30dPercent)),
    ...row('Target', `${r.abandonTargetPercent} %`),
    ...row('Calls outside the window', String(r.callsOutsideWindow)),
    ...row('Do-not-call blocked', String(r.doNotCallBlocked)),
    ...row('Consent blocked', String(r.consentBlocked)),
    ...row('Stale do-not-call lists', r.staleDoNotCallLists.length === 0 ? 'none' : r.staleDoNotCallLists.join(', ')));
}

async function create(event) {
  event.preventDefault();
  $('create-error').textContent = '';
  const tiers = [...document.querySelectorAll('input[name=tier]:checked')].map((i) => i.value);
  try {
    const created = await api('POST', '/api/campaigns', {
      name: $('name').value.trim(), mode: $('mode').value, queue: $('queue').value, script: $('script').value,
      offer: $('offer').value, callerId: $('caller-id').value.trim(), rules: $('rules').value,
      segment: { minChurnRisk: Number($('min-churn').value), tiers },
    });
    $('campaign-status').textContent = `Created ${created.name} with ${created.targets.PENDING} numbers to call`;
    $('create').reset();
    refresh();
  } catch (e) {
    $('create-error').textContent = e.message;
  }
}

async function importFile(event) {
  event.preventDefault();
  const file = $('import-file').files[0];
  if (!page.selected || !file) return;
  const response = await fetch(`/api/campaigns/${page.selected.id}/targets`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/csv', Authorization: `Bearer ${session.token}`, Accept: 'application/json' },
    body: await file.text(),
  });
  const body = await response.json();
  $('import-errors').replaceChildren(...(response.ok ? [el('li', {}, `Imported ${body.imported} numbers`)]
    : [el('li', { class: 'red' }, body.detail), ...(body.errors || []).map((e) => el('li', { class: 'red' }, `${e.field}: ${e.message}`))]));
  refresh();
}
