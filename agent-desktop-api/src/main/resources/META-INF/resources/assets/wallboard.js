import { api, clock, el, header, liveSocket, requireRole, showLink } from './session.js';
import { drawLines } from './linechart.js';

const session = requireRole('supervisor', 'admin');
const HOUR = 3600 * 1000;
const DEVICE_KEY = 'switchboard.spyDevice';
const $ = (id) => document.getElementById(id);
const board = { history: [], longestWaitAlert: 120 };

if (session) {
  header(session, 'Wallboard');
  $('spy-device').value = localStorage.getItem(DEVICE_KEY) || '';
  $('spy-device').addEventListener('change', () => localStorage.setItem(DEVICE_KEY, $('spy-device').value.trim()));
  liveSocket('/ws/supervisor', { onOpen: () => {}, onMessage: receive, onStatus: showLink });
  refreshCalls();
  setInterval(refreshCalls, 2000);
}

function receive(message) {
  switch (message.type) {
    case 'history': board.history = message.samples; return drawCharts();
    case 'trend': board.history = [...board.history, message.sample].filter((s) => Date.parse(s.at) > Date.now() - HOUR); return drawCharts();
    case 'queue-stats': return showQueues(message);
    case 'agent-board': return showAgents(message.agents);
    case 'alert': return showAlert(message);
    default: return undefined;
  }
}

const fmt = (x, unit = '') => (x == null ? '—' : `${Math.round(x)}${unit}`);

/** Green on target, amber when slipping, red when well under target or a caller waits too long. */
function level(q) {
  const sl = q.kpis.serviceLevelPercent;
  if ((sl != null && sl < q.slTargetPercent - 10) || q.longestWaitSeconds >= board.longestWaitAlert) return 'red';
  if ((sl != null && sl < q.slTargetPercent) || q.longestWaitSeconds >= board.longestWaitAlert / 2) return 'amber';
  return 'green';
}

function showQueues({ queues, tiers, longestWaitAlertSeconds }) {
  if (longestWaitAlertSeconds) board.longestWaitAlert = longestWaitAlertSeconds;
  $('tiles').replaceChildren(...queues.map((q) => {
    const lvl = level(q);
    const agents = q.agentsByState || {};
    const stat = (field, value, label) => el('div', { class: 'stat', 'data-field': field }, el('b', {}, value), el('span', {}, label));
    return el('section', { class: 'card tile', 'data-queue': q.queue, 'data-level': lvl, 'aria-label': `Queue ${q.queue}, ${lvl}` },
      el('h3', {}, q.queue, el('span', { class: 'flag' }, lvl === 'green' ? '' : lvl === 'red' ? 'Breach' : 'At risk')),
      el('div', { class: 'stats' },
        stat('waiting', String(q.waiting), 'waiting'),
        stat('sl', fmt(q.kpis.serviceLevelPercent, '%'), `SL (target ${q.slTargetPercent})`),
        stat('longest', clock(q.longestWaitSeconds), 'longest wait'),
        stat('asa', fmt(q.kpis.asaSeconds, ' s'), 'ASA'),
        stat('abandoned', fmt(q.kpis.abandonRatePercent, '%'), 'abandoned'),
        stat('offered', String(q.kpis.offered), 'offered')),
      el('p', { class: 'muted agents' }, `${agents.AVAILABLE || 0} ready · ${(agents.ON_CALL || 0) + (agents.RESERVED || 0)} on calls · ${agents.WRAP_UP || 0} wrap-up`));
  }));
  $('tiers').tBodies[0].replaceChildren(...Object.entries(tiers).map(([tier, k]) => el('tr', {},
    el('th', { scope: 'row' }, el('span', { class: `badge tier-${tier}` }, tier)),
    el('td', { class: 'num' }, String(k.offered)), el('td', { class: 'num' }, fmt(k.serviceLevelPercent, ' %')),
    el('td', { class: 'num' }, fmt(k.asaSeconds, ' s')), el('td', { class: 'num' }, fmt(k.abandonRatePercent, ' %')))));
}

function showAgents(agents) {
  $('agents').tBodies[0].replaceChildren(...agents.map((a) => el('tr', { 'data-agent': a.agent },
    el('th', { scope: 'row' }, a.agent),
    el('td', {}, el('span', { class: `badge state-${a.state}` }, a.state.replace('_', ' ').toLowerCase()), a.reason ? ` ${a.reason}` : ''),
    el('td', { class: 'num' }, clock(a.secondsInState)),
    el('td', {}, a.callId || ''))));
}

function showAlert({ ts, queue, message, rule }) {
  const list = $('alerts');
  list.querySelector('.muted')?.remove();
  list.prepend(el('li', { class: rule === 'service-level' || rule === 'longest-wait' ? 'red' : '' },
    `${new Date(ts).toLocaleTimeString()} · ${queue}: ${message}`));
  while (list.children.length > 50) list.lastChild.remove();
}

function drawCharts() {
  const waiting = {};
  const sl = {};
  for (const sample of board.history) {
    const t = Date.parse(sample.at);
    let total = 0;
    for (const [queue, point] of Object.entries(sample.queues)) {
      total += point.waiting;
      (sl[queue] ||= []).push([t, point.serviceLevelPercent]);
    }
    (waiting.all ||= []).push([t, total]);
  }
  drawLines($('waiting-chart'), waiting, { spanMillis: HOUR, minTop: 5, unit: '', label: 'Calls waiting over the last hour' });
  drawLines($('sl-chart'), sl, { spanMillis: HOUR, minTop: 100, unit: '%', label: 'Service level per queue over the last hour' });
}

async function refreshCalls() {
  try {
    const calls = await api('GET', '/api/calls');
    $('calls').tBodies[0].replaceChildren(...calls.map((c) => el('tr', { 'data-call': c.callId },
      el('td', {}, c.ani || '—'), el('td', {}, c.queue), el('td', {}, c.state.toLowerCase()), el('td', {}, c.agent || '—'),
      el('td', {}, c.state === 'CONNECTED' ? spyButtons(c.callId) : ''))));
  } catch (e) {
    $('spy-status').textContent = `Live calls unavailable: ${e.message}`;
  }
}

function spyButtons(callId) {
  return el('span', { class: 'controls' }, ['listen', 'whisper', 'barge'].map((mode) =>
    el('button', { type: 'button', class: 'quiet', onclick: () => spy(callId, mode) }, mode)));
}

async function spy(callId, mode) {
  const device = $('spy-device').value.trim();
  if (!device) {
    $('spy-status').textContent = 'Enter your phone (e.g. PJSIP/2001) first: it rings, and you join when you answer.';
    $('spy-device').focus();
    return;
  }
  try {
    await api('POST', `/api/calls/${encodeURIComponent(callId)}/spy`, { mode, device });
    $('spy-status').textContent = `Your phone ${device} is ringing to ${mode} on the call.`;
  } catch (e) {
    $('spy-status').textContent = e.message;
  }
}
