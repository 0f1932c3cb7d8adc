// One aid record: the amount as reported beside its normalised value, what is pledged, and its status history.
import { graphql } from '../api.js';
import { label, money, moneyAsStated, number } from '../format.js';
import { eventLine, fields, recordId } from '../records.js';
import { h, header, load, partialNotice, sourceLink, sourcesList, time } from '../ui.js';

const QUERY = `query Pledge($id: ID!) { aidPledge(id: $id) {
  id title donor recipient kind type status announcedOn timeframe parentId
  value { amount currency qualifier } normalized { eur usd rateDate rateSource unavailable }
  items { name category quantity deliveredQuantity }
  statusHistory { status on recordedAt recordedBy source { url publisher title publishedOn quote } }
  sources { url publisher title publishedOn retrievedOn quote }
  event { id title type date endDate location { name country } } } }`;

header('Aid');
const main = document.getElementById('main');
load(main, () => graphql(QUERY, { id: recordId() }), ({ data, errors }) => {
  const p = data.aidPledge;
  if (!p) {
    return [partialNotice(errors), h('h1', {}, 'No such aid record')];
  }
  const n = p.normalized;
  return [partialNotice(errors),
    h('h1', {}, p.title),
    fields([
      ['Donor → recipient', `${p.donor} → ${p.recipient}`],
      ['Kind', label(p.kind) + (p.kind !== 'PLEDGE' ? ' (never added to pledge totals)' : '')],
      ['Type', label(p.type)],
      ['Status', label(p.status)],
      ['Announced', time(p.announcedOn)],
      ['Reported amount', p.value ? moneyAsStated(p.value) : 'no amount reported'],
      ['In EUR / USD', n?.eur ? `${money(n.eur, 'EUR')} / ${money(n.usd, 'USD')}` : n?.unavailable ?? null],
      ['Rate', n?.rateDate ? h('span', {}, 'of ', time(n.rateDate), n.rateSource ? ` (${n.rateSource})` : '') : null],
      ['Timeframe', p.timeframe],
      ['Part of', p.parentId ? h('a', { href: `/pledge.html?id=${p.parentId}` }, 'the parent record') : null],
      ['Event', p.event ? eventLine(p.event) : null],
    ]),
    p.items?.length ? [h('h2', {}, 'Items'), h('div', { class: 'table-wrap' }, h('table', {},
      h('thead', {}, h('tr', {}, h('th', {}, 'Item'), h('th', {}, 'Category'), h('th', { class: 'num' }, 'Pledged'),
        h('th', { class: 'num' }, 'Delivered'))),
      h('tbody', {}, p.items.map((i) => h('tr', {}, h('td', {}, i.name), h('td', {}, label(i.category)),
        h('td', { class: 'num' }, number(i.quantity) || '—'), h('td', { class: 'num' }, number(i.deliveredQuantity) || '—'))))))] : '',
    h('h2', {}, 'Status history'),
    p.statusHistory?.length ? h('ol', { class: 'history' }, p.statusHistory.map((s) => h('li', {},
      h('strong', {}, label(s.status)), ' on ', time(s.on), s.source ? [' — ', sourceLink(s.source)] : '',
      s.source?.quote ? h('blockquote', {}, `“${s.source.quote}”`) : '')))
      : h('p', { class: 'muted' }, 'No recorded transitions.'),
    h('h2', {}, 'Sources'), sourcesList(p.sources)];
});
