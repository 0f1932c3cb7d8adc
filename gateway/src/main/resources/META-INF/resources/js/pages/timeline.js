// Timeline: events, claims and aid records of a period, newest first, loaded a page at a time from each connection.
import { graphql } from '../api.js';
import { label } from '../format.js';
import { AID_TYPES, EVENT_TYPES } from '../enums.js';
import { CLAIM_FIELDS, EVENT_FIELDS, PLEDGE_FIELDS, claimLine, eventLine, pledgeLine } from '../records.js';
import { bindForm, h, header, load, option, partialNotice } from '../ui.js';

const PAGE = 20;
header('Timeline');
const main = document.getElementById('main');
const form = h('form', { class: 'filters', method: 'get', action: '/timeline.html', 'aria-label': 'Timeline filters' },
  h('label', {}, 'From', h('input', { name: 'from', type: 'date' })),
  h('label', {}, 'To', h('input', { name: 'to', type: 'date' })),
  h('label', {}, 'Kind', h('select', { name: 'kind' }, option('', 'all'), option('event', 'Events'),
    option('claim', 'Casualty claims'), option('pledge', 'Aid records'))),
  h('label', {}, 'Type', h('select', { name: 'type' }, option('', 'any'),
    h('optgroup', { label: 'Events' }, EVENT_TYPES.map((t) => option(t, label(t)))),
    h('optgroup', { label: 'Aid' }, AID_TYPES.map((t) => option(t, label(t)))))),
  h('label', {}, 'Actor (event actor, claimant or donor)', h('input', { name: 'actor', size: 14 })),
  h('label', {}, 'Country (event place, claim subject, aid recipient)', h('input', { name: 'country', size: 4 })),
  h('button', { type: 'submit' }, 'Show'));
const results = h('section', { id: 'results', 'aria-live': 'polite' });
main.replaceChildren(h('h1', {}, 'Timeline'), form, results);
const filters = bindForm(form, { from: '2022-02-24', to: new Date().toISOString().slice(0, 10) });

const eventType = EVENT_TYPES.includes(filters.type) ? filters.type : null;
const aidType = AID_TYPES.includes(filters.type) ? filters.type : null;
const wanted = (kind) => (!filters.kind || filters.kind === kind)
  && (!filters.type || (kind === 'event' ? eventType : kind === 'pledge' ? aidType : null));

/** Each source: its connection, arguments, the main date of its records and how a record is shown. */
const SOURCES = [
  { kind: 'event', field: 'events', fields: EVENT_FIELDS, date: (r) => r.date, line: eventLine,
    args: { from: 'Date', to: 'Date', type: 'EventType', actor: 'String', country: 'String' },
    values: () => ({ type: eventType, actor: filters.actor || null, country: filters.country || null }) },
  { kind: 'claim', field: 'casualtyClaims', fields: CLAIM_FIELDS, date: (r) => r.asOf, line: claimLine,
    args: { from: 'Date', to: 'Date', claimant: 'String', subject: 'String' },
    values: () => ({ claimant: filters.actor || null, subject: filters.country?.toUpperCase() || null }) },
  { kind: 'pledge', field: 'aidPledges', fields: PLEDGE_FIELDS, date: (r) => r.announcedOn, line: pledgeLine,
    args: { from: 'Date', to: 'Date', type: 'AidType', donor: 'String', recipient: 'String' },
    values: () => ({ type: aidType, donor: filters.actor || null, recipient: filters.country?.toUpperCase() || null }) },
].filter((s) => wanted(s.kind)).map((s) => ({ ...s, items: [], cursor: null, more: true }));

/**
 * The next page of every source that has more, each with its own cursor. One request per source: the connections
 * are non-null fields, so a service that fails would take a shared request's other answers down with it.
 */
async function nextPages() {
  const open = SOURCES.filter((s) => s.more);
  const answers = await Promise.all(open.map(async (s) => {
    const declarations = ['$after: String'];
    const args = Object.entries(s.args).map(([name, type]) => {
      declarations.push(`$${name}: ${type}`);
      return `${name}: $${name}`;
    });
    const query = `query Timeline(${declarations.join(', ')}) { page: ${s.field}(first: ${PAGE}, after: $after,
      ${args.join(', ')}) { edges { node { ${s.fields} } } pageInfo { hasNextPage endCursor } } }`;
    try {
      return await graphql(query, { from: filters.from || null, to: filters.to || null, ...s.values(), after: s.cursor });
    } catch (error) {
      if (!error.errors) throw error;
      return { data: {}, errors: error.errors };
    }
  }));
  const errors = [];
  open.forEach((s, i) => {
    const connection = answers[i].data.page;
    errors.push(...answers[i].errors);
    if (!connection) {
      s.more = false;
      return;
    }
    s.items.push(...connection.edges.map((e) => e.node));
    s.cursor = connection.pageInfo.endCursor;
    s.more = connection.pageInfo.hasNextPage;
  });
  return errors;
}

/**
 * The merged list newest first, as far as it is known: a source with more pages may still hold records newer than
 * another source's older ones, so nothing older than the last record loaded from such a source is shown yet.
 */
function merged() {
  const all = SOURCES.flatMap((s) => s.items.map((item) => ({ item, source: s, date: s.date(item) ?? '' })));
  const limits = SOURCES.filter((s) => s.more && s.items.length).map((s) => s.date(s.items[s.items.length - 1]) ?? '');
  const cutoff = limits.length ? limits.reduce((a, b) => (a > b ? a : b)) : '';
  return all.filter((e) => e.date >= cutoff)
    .sort((a, b) => (a.date === b.date ? (a.item.id < b.item.id ? 1 : -1) : (a.date < b.date ? 1 : -1)));
}

let errors = [];
function render() {
  const entries = merged();
  const more = SOURCES.some((s) => s.more);
  return [partialNotice(errors),
    entries.length ? h('ol', { class: 'timeline', id: 'entries' }, entries.map((e) =>
      h('li', { 'data-kind': e.source.kind }, e.source.line(e.item)))) : h('p', { class: 'muted' }, 'Nothing in this period.'),
    more ? h('button', { type: 'button', class: 'secondary', id: 'more', onclick: showMore }, 'Load more') : ''];
}

function showMore() {
  load(results, async () => { errors = errors.concat(await nextPages()); }, render);
}

showMore();
