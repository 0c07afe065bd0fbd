import { api, clock, el, header, liveSocket, requireRole, secondsSince, showLink } from './session.js';
import { renderPop } from './pop.js';

const session = requireRole('agent');
const SEQ_KEY = 'switchboard.lastSeq';
const STATE_NAMES = {
  LOGGED_OUT: 'Logged out', NOT_READY: 'Not ready', AVAILABLE: 'Ready', RESERVED: 'Call coming',
  ON_CALL: 'On a call', WRAP_UP: 'Wrap-up',
};

const $ = (id) => document.getElementById(id);
const desk = { state: null, pop: null, callState: null, connectedAt: null, seen: {} };

if (session) {
  header(session, 'Agent desktop');
  const socket = liveSocket('/ws/agent', {
    // What was missed while away; on a fresh page, everything the server kept (the last pop).
    onOpen: (s) => s.send(JSON.stringify({ type: 'resume', lastSeq: Number(sessionStorage.getItem(SEQ_KEY) || 0) })),
    onMessage: receive,
    onStatus: showLink,
  });
  wireControls(socket);
  setInterval(tick, 1000);
  loadQueues();
  loadCallbacks();
}

/** Replays and live messages may interleave: each kind is applied only if newer than the last applied. */
function receive(message) {
  if (message.seq) {
    if (message.seq <= (desk.seen[message.type] || 0)) return undefined;
    desk.seen[message.type] = message.seq;
    const last = Number(sessionStorage.getItem(SEQ_KEY) || 0);
    sessionStorage.setItem(SEQ_KEY, String(Math.max(last, message.seq)));
  }
  switch (message.type) {
    case 'screen-pop': return showPop(message);
    case 'preview': return showPreview(message);
    case 'call-state': return showCallState(message);
    case 'agent-state': return showAgentState(message);
    case 'error': return showError(message.message);
    default: return undefined;
  }
}

function showPop(pop) {
  desk.pop = pop;
  desk.callState = 'ringing';
  desk.connectedAt = null;
  $('no-call').classList.add('hidden');
  $('pop').replaceChildren(renderPop(pop, { onCustomerCreated: (c) => showStatus(`Saved ${c.firstName} ${c.lastName}`) }));
  fillCodes(pop.call.dispositionCodes || []);
  $('notes').value = '';
  $('disposition-status').textContent = '';
  showCallStatus();
}

/** A campaign's number to call or skip, with the customer's 360 and the script, before anything rings. */
function showPreview(preview) {
  $('no-call').classList.add('hidden');
  desk.pop = null;
  desk.callState = null;
  showCallStatus();
  const decide = async (verb) => {
    try {
      await api('POST', `/api/desktop/previews/${preview.attemptId}/${verb}`);
      $('pop').replaceChildren(el('p', { class: 'muted' }, verb === 'call' ? `Calling ${preview.phone}…` : 'Skipped'));
    } catch (e) {
      showError(e.message);
    }
  };
  const card = renderPop({
    call: { callId: null, ani: preview.phone, queue: preview.campaign.name, waitedSeconds: 0 },
    why: { agentReason: 'Preview: you decide whether to call', callReason: '' },
    ivr: {}, customer: preview.customer, nextBestAction: preview.customer ? 'Follow the script; make the offer' : null,
    campaign: preview.campaign, newCustomerForm: { phones: [{ number: preview.phone }] },
  }, { onCustomerCreated: () => {} });
  card.id = 'preview';
  card.prepend(el('div', { class: 'controls', style: 'margin-bottom:.6rem' },
    el('button', { type: 'button', id: 'preview-call', onclick: () => decide('call') }, `Call ${preview.phone}`),
    el('button', { type: 'button', class: 'quiet', id: 'preview-skip', onclick: () => decide('skip') }, 'Skip')));
  $('pop').replaceChildren(card);
}

function showCallState({ callId, state }) {
  if (!desk.pop || desk.pop.call.callId !== callId) return;
  desk.callState = state;
  if (state === 'connected') desk.connectedAt = Date.now();
  showCallStatus();
}

function showCallStatus() {
  const names = {
    ringing: 'Your phone is ringing', connected: 'Connected', held: 'Caller on hold', ended: 'Call ended',
    abandoned: 'The caller hung up', transferred: 'Transferred',
  };
  const duration = desk.connectedAt && desk.callState === 'connected' ? ` · ${clock((Date.now() - desk.connectedAt) / 1000)}` : '';
  $('call-status').textContent = desk.pop ? `${names[desk.callState] || desk.callState}${duration}` : 'Idle';
  $('answer').classList.toggle('hidden', !(desk.pop?.answerOnDesktop && desk.callState === 'ringing'));
  const live = ['connected', 'held'].includes(desk.callState);
  $('hangup').disabled = !live;
  $('hold').disabled = !live;
  $('hold').textContent = desk.callState === 'held' ? 'Resume' : 'Hold';
  $('hold').setAttribute('aria-pressed', String(desk.callState === 'held'));
  ['transfer-queue', 'transfer-agent', 'transfer-to-queue', 'transfer-to-agent'].forEach((id) => { $(id).disabled = !live; });
  const canDispose = desk.pop && ['connected', 'held', 'ended', 'transferred'].includes(desk.callState);
  $('code').disabled = !canDispose;
  $('save-disposition').disabled = !canDispose;
}

function showAgentState(state) {
  desk.state = state;
  const badge = $('state');
  badge.className = `badge state-${state.state}`;
  badge.textContent = STATE_NAMES[state.state] + (state.reason ? ` (${state.reason})` : '');
  $('ready').setAttribute('aria-pressed', String(state.state === 'AVAILABLE'));
  $('not-ready').setAttribute('aria-pressed', String(state.state === 'NOT_READY'));
  if (state.state !== 'WRAP_UP') $('wrap-countdown').textContent = '';
  tick();
}

function tick() {
  if (desk.state) $('state-timer').textContent = clock(secondsSince(desk.state.since));
  if (desk.state?.state === 'WRAP_UP' && desk.state.wrapUpEndsAt) {
    const left = -secondsSince(desk.state.wrapUpEndsAt);
    $('wrap-countdown').textContent = `Wrap-up ends in ${clock(left)}`;
  }
  if (desk.callState === 'connected') showCallStatus();
}

function fillCodes(codes) {
  const select = $('code');
  select.replaceChildren(el('option', { value: '' }, 'Choose an outcome'),
    ...codes.map((c) => el('option', { value: c.code, 'data-callback': c.schedulesCallback ? 'true' : null }, c.label)));
  $('callback-fields').classList.add('hidden');
}

function wireControls(socket) {
  $('ready').addEventListener('click', () => socket.send({ type: 'set-state', state: 'ready' }));
  $('not-ready').addEventListener('click', () => socket.send({ type: 'set-state', state: 'not-ready', reason: $('reason').value }));
  $('logout-phone').addEventListener('click', () => socket.send({ type: 'set-state', state: 'logout' }));
  $('answer').addEventListener('click', () => socket.send({ type: 'answer', callId: desk.pop.call.callId }));
  $('hangup').addEventListener('click', () => socket.send({ type: 'hangup', callId: desk.pop.call.callId }));
  $('hold').addEventListener('click', () => socket.send({
    type: desk.callState === 'held' ? 'unhold' : 'hold', callId: desk.pop.call.callId,
  }));
  $('transfer-to-queue').addEventListener('click', () => transfer({ queue: $('transfer-queue').value }));
  $('transfer-to-agent').addEventListener('click', () => transfer({ agent: $('transfer-agent').value.trim() }));
  $('code').addEventListener('change', () => {
    const wantsCallback = $('code').selectedOptions[0]?.dataset.callback === 'true';
    $('callback-fields').classList.toggle('hidden', !wantsCallback);
  });
  $('disposition').addEventListener('submit', (event) => {
    event.preventDefault();
    const code = $('code').value;
    if (!code) return showError('Choose an outcome for the call.');
    const message = { type: 'disposition', callId: desk.pop.call.callId, code, notes: $('notes').value };
    if (!$('callback-fields').classList.contains('hidden')) {
      if (!$('callback-at').value) return showError('Choose when to call back.');
      message.callbackAt = new Date($('callback-at').value).toISOString();
    }
    socket.send(message);
    // The server answers only a problem: no error within a moment means it was recorded.
    desk.savingDisposition = true;
    $('disposition-status').textContent = 'Saving…';
    setTimeout(() => {
      if (!desk.savingDisposition) return;
      desk.savingDisposition = false;
      $('disposition-status').textContent = 'Disposition saved';
      if (message.callbackAt) loadCallbacks();
    }, 1500);
    return undefined;
  });
}

async function transfer(target) {
  if (!Object.values(target)[0]) return showError('Choose where to transfer the caller.');
  try {
    await api('POST', `/api/desktop/calls/${encodeURIComponent(desk.pop.call.callId)}/transfer`, target);
  } catch (e) {
    showError(e.message);
  }
  return undefined;
}

async function loadQueues() {
  const queues = await api('GET', '/api/queues');
  $('transfer-queue').append(...queues.map((q) => el('option', { value: q.name }, `${q.name} — ${q.description}`)));
}

async function loadCallbacks() {
  const callbacks = await api('GET', '/api/callbacks');
  $('callbacks').replaceChildren(...(callbacks.length === 0 ? [el('li', { class: 'muted' }, 'None scheduled')]
    : callbacks.map((c) => el('li', {}, `${new Date(c.dueAt).toLocaleString()} · ${c.phone}${c.notes ? ` — ${c.notes}` : ''}`))));
}

function showError(text) {
  if (desk.savingDisposition) {
    desk.savingDisposition = false;
    $('disposition-status').textContent = '';
  }
  $('desk-error').textContent = text;
  setTimeout(() => { if ($('desk-error').textContent === text) $('desk-error').textContent = ''; }, 8000);
}

function showStatus(text) {
  $('disposition-status').textContent = text;
}
