// The screen-pop as a customer card: who is calling, what they are worth, why they came to this
// agent, what they did in the IVR, what is open, what happened before, what to do first. An
// unknown caller gets a new-customer form with their number filled in.
import { api, el } from './session.js';

const percent = (x) => (x == null ? '—' : `${Math.round(x * 100)} %`);
const money = (x) => (x == null ? '—' : Number(x).toLocaleString(undefined, { style: 'currency', currency: 'USD' }));
const when = (iso) => (iso ? new Date(iso).toLocaleString() : '—');

export function renderPop(pop, { onCustomerCreated }) {
  const call = pop.call;
  const card = el('article', { class: 'pop', 'data-call-id': call.callId });
  if (pop.customer) {
    card.append(customerHead(pop.customer), el('p', { class: 'nba' }, el('strong', {}, 'Next best action: '), pop.nextBestAction));
  } else {
    card.append(el('div', { class: 'pop-head' }, el('h2', { id: 'caller-name' }, 'Unknown caller'),
      el('span', { class: 'badge tier-UNKNOWN' }, call.ani || 'number withheld')));
  }
  if (pop.campaign) {
    card.append(el('section', { class: 'nba', id: 'campaign' },
      el('strong', {}, `${pop.campaign.name}: `), pop.campaign.offer,
      pop.campaign.script ? el('p', { style: 'margin:.4rem 0 0' }, pop.campaign.script) : null));
  }
  card.append(el('div', { class: 'pop-grid' }, callFacts(pop), routing(pop.why)));
  if (pop.customer) {
    card.append(el('div', { class: 'pop-grid' }, openCases(pop.customer.openCases),
      lastInteractions(pop.customer.lastInteractions.filter((i) => i.callId !== call.callId))));
  } else {
    card.append(newCustomerForm(pop.newCustomerForm, onCustomerCreated));
  }
  return card;
}

function customerHead(view) {
  const c = view.customer;
  const tier = view.value.tier || 'UNKNOWN';
  const risk = view.churn.risk;
  return el('div', {},
    el('div', { class: 'pop-head' },
      el('h2', { id: 'caller-name' }, `${c.firstName} ${c.lastName}`),
      el('span', { class: `badge tier-${tier}`, title: 'Value tier' }, tier),
      el('span', {}, `Value ${view.value.score == null ? '—' : Math.round(view.value.score)}/100`),
      el('span', { class: risk >= 0.5 ? 'risk-high' : '' }, `Churn risk ${percent(risk)}`)),
    el('p', { class: 'muted' }, `${c.segment.replaceAll('_', ' ').toLowerCase()} · ${c.country} · ${c.language} · `
      + `${money(view.monthlyRevenue)} a month · ${view.accounts.length} account(s)`));
}

function callFacts(pop) {
  const ivr = pop.ivr || {};
  return el('section', {},
    el('h3', {}, 'This call'),
    el('dl', { class: 'facts' },
      el('dt', {}, 'Number'), el('dd', {}, pop.call.ani || '—'),
      el('dt', {}, 'Queue'), el('dd', {}, pop.call.queue),
      el('dt', {}, 'Waited'), el('dd', {}, `${pop.call.waitedSeconds ?? 0} s`),
      el('dt', {}, 'Intent'), el('dd', {}, ivr.intent || '—'),
      el('dt', {}, 'Verified'), el('dd', {}, ivr.verified === '1' ? 'Yes' : 'No'),
      el('dt', {}, 'IVR path'), el('dd', { id: 'ivr-path' }, (ivr.ivrPath || '—').split('>').join(' › '))));
}

function routing(why) {
  return el('section', {},
    el('h3', {}, 'Why you'),
    el('p', { id: 'why' }, why ? why.agentReason : '—'),
    why ? el('p', { class: 'muted' }, why.callReason) : null);
}

function openCases(cases) {
  return el('section', {},
    el('h3', {}, `Open cases (${cases.length})`),
    cases.length === 0 ? el('p', { class: 'muted' }, 'None') : el('ul', {},
      cases.map((c) => el('li', {}, `${c.subject} — ${c.priority.toLowerCase()}`, c.overdue ? el('strong', { class: 'risk-high' }, ' overdue') : null))));
}

function lastInteractions(lines) {
  return el('section', {},
    el('h3', {}, 'Last calls'),
    lines.length === 0 ? el('p', { class: 'muted' }, 'None') : el('table', {},
      el('thead', {}, el('tr', {}, el('th', {}, 'When'), el('th', {}, 'Agent'), el('th', {}, 'Outcome'))),
      el('tbody', {}, lines.slice(0, 5).map((i) => el('tr', {},
        el('td', {}, when(i.offeredAt)), el('td', {}, i.agent || '—'),
        el('td', {}, [i.disposition || i.outcome.toLowerCase(), i.notes ? ` — ${i.notes}` : ''].join('')))))));
}

function newCustomerForm(prefill, onCreated) {
  const number = prefill.phones[0]?.number || '';
  const field = (id, label, attributes = {}) => [el('label', { for: id }, label), el('input', { id, name: id, ...attributes })];
  const error = el('p', { class: 'error', role: 'alert' });
  const form = el('form', { class: 'stack', id: 'new-customer', novalidate: true },
    el('h3', {}, 'New customer'),
    ...field('first-name', 'First name', { required: true, autocomplete: 'off' }),
    ...field('last-name', 'Last name', { required: true, autocomplete: 'off' }),
    ...field('phone', 'Phone', { value: number, required: true }),
    ...field('email', 'Email', { type: 'email' }),
    ...field('language', 'Language (two letters)', { value: prefill.language || 'en', maxlength: 2 }),
    error,
    el('button', { type: 'submit' }, 'Create customer'));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    try {
      const created = await api('POST', '/api/customers', {
        firstName: form['first-name'].value, lastName: form['last-name'].value,
        email: form.email.value || null, language: form.language.value, segment: 'CONSUMER',
        phones: [{ number: form.phone.value, kind: 'MOBILE' }],
      });
      form.replaceChildren(el('p', { role: 'status' }, `Created ${created.firstName} ${created.lastName} (customer ${created.id}).`));
      onCreated(created);
    } catch (e) {
      error.textContent = e.message;
    }
  });
  return form;
}
