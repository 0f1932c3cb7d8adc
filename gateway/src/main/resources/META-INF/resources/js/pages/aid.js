// Aid: totals by donor, type, status or month in EUR or USD, and the records behind them — those kept out included.
import { graphql } from '../api.js';
import { label, money, moneyAsStated, month, number, shortMoney } from '../format.js';
import { bars } from '../charts.js';
import { bindForm, h, header, load, option, partialNotice, time } from '../ui.js';

const QUERY = `query Aid($groupBy: TotalsGroup, $currency: TotalsCurrency, $from: Date, $to: Date, $after: String) {
  aidTotals(groupBy: $groupBy, currency: $currency, from: $from, to: $to) {
    currency total count unvalued groups { key total count unvalued } }
  aidPledges(first: 100, after: $after, from: $from, to: $to) {
    edges { node { id title donor recipient kind type status announcedOn parentId
      value { amount currency qualifier } normalized { eur usd rateDate unavailable } } }
    pageInfo { hasNextPage endCursor } }
}`;

header('Aid');
const main = document.getElementById('main');
const form = h('form', { class: 'filters', method: 'get', action: '/aid.html', 'aria-label': 'Aid totals' },
  h('label', {}, 'Group by', h('select', { name: 'groupBy' }, ['donor', 'type', 'status', 'month'].map((g) => option(g, label(g))))),
  h('label', {}, 'Currency', h('select', { name: 'currency' }, option('EUR', 'EUR (€)'), option('USD', 'USD ($)'))),
  h('label', {}, 'Announced from', h('input', { name: 'from', type: 'date' })),
  h('label', {}, 'to', h('input', { name: 'to', type: 'date' })),
  h('button', { type: 'submit' }, 'Show'));
const results = h('section', { id: 'results', 'aria-live': 'polite' });
main.replaceChildren(h('h1', {}, 'Aid to Ukraine'), form, results);
const filters = bindForm(form, { groupBy: 'donor', currency: 'EUR' });

async function fetchAll() {
  const variables = { groupBy: filters.groupBy, currency: filters.currency, from: filters.from || null, to: filters.to || null };
  const first = await graphql(QUERY, variables);
  const records = (first.data.aidPledges?.edges ?? []).map((e) => e.node);
  let page = first.data.aidPledges?.pageInfo;
  const errors = [...first.errors];
  while (page?.hasNextPage) {
    const next = await graphql(QUERY, { ...variables, after: page.endCursor });
    records.push(...(next.data.aidPledges?.edges ?? []).map((e) => e.node));
    errors.push(...next.errors);
    page = next.data.aidPledges?.pageInfo;
  }
  return { totals: first.data.aidTotals, records, errors };
}

/** Why a record is not in the totals, or null when it is counted (the rules aidTotals sums by). */
function keptOut(record, byId) {
  if (record.kind === 'REPORTED_TOTAL') return 'reported total: never added to pledges';
  if (record.kind === 'CONTRACT') return 'contract: never added to pledges';
  if (record.status === 'DECLINED') return 'declined: adds nothing';
  if (record.status === 'WITHDRAWN') return 'withdrawn: adds nothing';
  if (record.parentId && byId.has(record.parentId)) return `part of “${byId.get(record.parentId).title}”: counted in it`;
  return null;
}

function keyText(key) {
  return filters.groupBy === 'month' ? month(key) : filters.groupBy === 'donor' ? key : label(key);
}

load(results, fetchAll, ({ totals, records, errors }) => {
  const currency = totals?.currency ?? filters.currency;
  const parts = [partialNotice(errors)];
  if (totals) {
    const groups = totals.groups ?? [];
    parts.push(h('p', { class: 'verdict', id: 'total' },
      `${money(totals.total, currency)} in ${number(totals.count)} counted record${totals.count === 1 ? '' : 's'}`,
      totals.unvalued > 0 ? `, ${number(totals.unvalued)} of them without a value or rate (counted, not summed)` : '', '.'));
    const chart = h('div', { class: 'chart', role: 'img', 'aria-label': `Bar chart of the totals by ${filters.groupBy}; the table below has the same numbers` });
    parts.push(chart, h('div', { class: 'table-wrap' }, h('table', { id: 'totals' },
      h('caption', { class: 'sr-only' }, `Totals by ${filters.groupBy} in ${currency}`),
      h('thead', {}, h('tr', {}, h('th', {}, label(filters.groupBy)), h('th', { class: 'num' }, `Total (${currency})`),
        h('th', { class: 'num' }, 'Counted'), h('th', { class: 'num' }, 'Unvalued'))),
      h('tbody', {}, groups.map((g) => h('tr', {}, h('td', {}, keyText(g.key)), h('td', { class: 'num' }, money(g.total, currency)),
        h('td', { class: 'num' }, number(g.count)), h('td', { class: 'num' }, number(g.unvalued))))))));
    requestAnimationFrame(() => bars(chart, groups.map((g) => keyText(g.key)), groups.map((g) => Number(g.total ?? 0)),
      { format: (v) => shortMoney(v, currency), title: `Totals by ${filters.groupBy} (${currency})` }));
  }
  const byId = new Map(records.map((r) => [r.id, r]));
  const counted = records.filter((r) => !keptOut(r, byId));
  const out = records.filter((r) => keptOut(r, byId));
  const normalised = (r) => {
    const value = currency === 'USD' ? r.normalized?.usd : r.normalized?.eur;
    return value ? money(value, currency) : (r.value ? (r.normalized?.unavailable ?? 'no rate') : 'no value');
  };
  const table = (rows, id, caption, why) => h('div', { class: 'table-wrap' }, h('table', { id },
    h('caption', { class: 'sr-only' }, caption),
    h('thead', {}, h('tr', {}, h('th', {}, 'Record'), h('th', {}, 'Donor'), h('th', {}, 'Announced'), h('th', {}, 'Status'),
      h('th', { class: 'num' }, 'As reported'), h('th', { class: 'num' }, `In ${currency}`), why ? h('th', {}, 'Kept out because') : '')),
    h('tbody', {}, rows.map((r) => h('tr', { class: why ? 'kept-out' : '' },
      h('td', {}, h('a', { href: `/pledge.html?id=${r.id}` }, r.title)), h('td', {}, r.donor), h('td', {}, time(r.announcedOn)),
      h('td', {}, label(r.status)), h('td', { class: 'num' }, r.value ? moneyAsStated(r.value) : '—'),
      h('td', { class: 'num' }, normalised(r)), why ? h('td', {}, keptOut(r, byId)) : '')))));
  parts.push(h('h2', {}, `Counted records (${number(counted.length)})`), table(counted, 'counted', 'Records in the totals', false));
  parts.push(h('h2', {}, `Kept out of the totals (${number(out.length)})`),
    out.length ? table(out, 'kept-out', 'Records kept out of the totals', true) : h('p', { class: 'muted' }, 'None.'));
  return parts;
});
