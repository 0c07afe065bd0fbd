// The logged-in user, calls to the REST API with their token, and WebSockets that come back by
// themselves. Kept in sessionStorage: closing the tab logs out.

const KEY = 'switchboard.session';

export function currentSession() {
  const raw = sessionStorage.getItem(KEY);
  if (!raw) return null;
  const session = JSON.parse(raw);
  return new Date(session.expiresAt) > new Date() ? session : null;
}

export async function logIn(username, password) {
  const response = await fetch('/api/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!response.ok) throw new Error(await problemText(response));
  const session = await response.json();
  sessionStorage.setItem(KEY, JSON.stringify(session));
  return session;
}

export function logOut() {
  sessionStorage.clear();
  location.assign('/');
}

/** The page for a user: agents work on the desktop, everyone else watches the wallboard. */
export function homeOf(session) {
  return session.roles.includes('agent') && session.agentId != null ? '/agent.html' : '/wallboard.html';
}

/** Sends the user back to the login page unless they are logged in with one of the roles. */
export function requireRole(...roles) {
  const session = currentSession();
  if (!session || !roles.some((role) => session.roles.includes(role))) {
    location.replace('/');
    return null;
  }
  return session;
}

/** Calls the API; resolves with the JSON body (or null), rejects with the problem in words. */
export async function api(method, path, body, headers = {}) {
  const session = currentSession();
  const response = await fetch(path, {
    method,
    headers: {
      Accept: 'application/json',
      ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
      ...(session ? { Authorization: `Bearer ${session.token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status === 401) logOut();
  if (!response.ok) throw new Error(await problemText(response));
  const text = await response.text();
  return text ? JSON.parse(text) : null;
}

async function problemText(response) {
  try {
    const problem = await response.json();
    const fields = (problem.errors || []).map((e) => `${e.field}: ${e.message}`).join('; ');
    return [problem.detail || problem.title, fields].filter(Boolean).join(' — ');
  } catch {
    return `${response.status} ${response.statusText}`;
  }
}

/**
 * A WebSocket to {@code path} that reconnects with backoff whenever it drops. {@code onOpen} runs
 * on every (re)connect, {@code onMessage} with each parsed message, {@code onStatus} with
 * 'connected' or 'reconnecting'.
 */
export function liveSocket(path, { onOpen, onMessage, onStatus }) {
  let socket;
  let delay = 500;
  let stopped = false;
  const connect = async () => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    let ticket;
    try {
      ({ ticket } = await api('POST', '/api/auth/socket-ticket'));
    } catch (e) {
      if (stopped) return;
      onStatus('reconnecting');
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10000);
      return;
    }
    if (stopped) return;
    // A single-use ticket, not the login token, goes in the URL (URLs end up in access logs).
    socket = new WebSocket(`${scheme}://${location.host}${path}?ticket=${encodeURIComponent(ticket)}`);
    socket.onopen = () => {
      delay = 500;
      onStatus('connected');
      onOpen(socket);
    };
    socket.onmessage = (event) => onMessage(JSON.parse(event.data));
    socket.onclose = () => {
      if (stopped) return;
      onStatus('reconnecting');
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10000);
    };
  };
  connect();
  return {
    send: (message) => socket && socket.readyState === WebSocket.OPEN && socket.send(JSON.stringify(message)),
    close: () => { stopped = true; if (socket) socket.close(); },
  };
}

/** Creates an element: el('p', {class: 'x'}, 'text', child...). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false || value == null) continue;
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child != null && child !== false) node.append(child);
  }
  return node;
}

/** 75 → "1:15"; 3725 → "1:02:05". */
export function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh > 0 ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

export function secondsSince(iso) {
  return (Date.now() - new Date(iso).getTime()) / 1000;
}

/** The header every page has: who is logged in, and a log-out button. */
export function header(session, title) {
  document.title = `${title} — Switchboard`;
  const bar = document.querySelector('header.top');
  const supervising = session.roles.includes('supervisor') || session.roles.includes('admin');
  const admin = session.roles.includes('admin');
  const pages = [['/wallboard.html', 'Wallboard'], ['/campaigns.html', 'Campaigns'],
    ...(admin ? [['/agents.html', 'Agents'], ['/queues.html', 'Queues'], ['/admin.html', 'Users']] : [])];
  const nav = supervising ? el('nav', { 'aria-label': 'Pages' }, ...pages.map(([href, label]) =>
    el('a', { href, 'aria-current': location.pathname === href ? 'page' : null }, label))) : null;
  bar.replaceChildren(...[
    el('span', { class: 'brand' }, 'Switchboard'),
    el('h1', {}, title),
    nav,
    el('span', { class: 'who' }, session.username),
    el('span', { id: 'link', class: 'link', role: 'status' }, ''),
    el('button', { type: 'button', class: 'quiet', onclick: logOut }, 'Log out'),
  ].filter(Boolean));
}

export function showLink(status) {
  const link = document.getElementById('link');
  link.textContent = status === 'connected' ? 'Live' : 'Reconnecting…';
  link.dataset.status = status;
}
