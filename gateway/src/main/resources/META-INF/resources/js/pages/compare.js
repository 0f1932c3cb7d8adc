// Compare: where the claimants stand on one quantity as of a date, one row per claimant.
import { graphql } from '../api.js';
import { bounds, count, figure, label, number } from '../format.js';
import { CATEGORIES, EQUIPMENT_TYPES, SCOPES } from '../enums.js';
import { bindForm, h, header, load, option, partialNotice, sourceLink, time } from '../ui.js';

const QUERY = `query Compare($subject: String!, $category: Category!, $equipmentType: EquipmentType, $scope: ScopeKind,
    $asOf: Date, $window: Int) {
  casualtySummary(subject: $subject, category: $category, equipmentType: $equipmentType, scope: $scope, asOf: $asOf,
      window: $window) {
    asOf claimants verdict agreement { low high } contradictionCount low high openAbove
    contradictions { gap lower { claimId claimant claimantName } higher { claimId claimant claimantName } }
    excluded { reason detail claim { id claimant claimantName asOf } }
    byAffiliation { affiliation relation claimants verdict claimIds agreement { low high } contradictionCount
      contradictions { gap lower { claimId claimant claimantName } higher { claimId claimant claimantName } } }
    claims { id claimant claimantName affiliation asOf force
      figure { qualifier value low best high word } scope { kind from to }
      sources { url publisher title publishedOn quote } }
  }
}`;

header('Compare');
const main = document.getElementById('main');
const form = h('form', { class: 'filters', method: 'get', action: '/', 'aria-label': 'What to compare' },
  h('label', {}, 'Subject (whose losses)', h('input', { name: 'subject', required: true, size: 6, pattern: '[A-Za-z+]{2,12}',
    title: 'A party code such as RU or UA' })),
  h('label', {}, 'Category', h('select', { name: 'category' }, CATEGORIES.map((c) => option(c, label(c))))),
  h('label', { class: 'equipment' }, 'Equipment type',
    h('select', { name: 'equipmentType' }, option('', 'any'), EQUIPMENT_TYPES.map((c) => option(c, label(c))))),
  h('label', {}, 'Scope', h('select', { name: 'scope' }, SCOPES.map((c) => option(c, label(c))))),
  h('label', {}, 'As of', h('input', { name: 'asOf', type: 'date' })),
  h('label', {}, 'Window (days before as of)', h('input', { name: 'window', type: 'number', min: 0, max: 36500, size: 6 })),
  h('label', { class: 'check' }, h('input', { name: 'group', type: 'checkbox' }), 'Group by affiliation'),
  h('button', { type: 'submit' }, 'Compare'));
const results = h('section', { id: 'results', 'aria-live': 'polite' });
main.replaceChildren(h('h1', {}, 'Compare the claims'), form, results);

const filters = bindForm(form, { subject: 'RU', category: 'KILLED_OR_WOUNDED', scope: 'CUMULATIVE' });
const equipment = form.querySelector('.equipment');
equipment.hidden = filters.category !== 'EQUIPMENT';
form.elements.equipmentType.disabled = equipment.hidden;

load(results, () => graphql(QUERY, {
  subject: filters.subject.toUpperCase(),
  category: filters.category,
  equipmentType: filters.category === 'EQUIPMENT' ? (filters.equipmentType || 'TANK') : null,
  scope: filters.scope || 'CUMULATIVE',
  asOf: filters.asOf || null,
  window: filters.window === '' ? null : Number(filters.window),
}), ({ data, errors }) => render(data.casualtySummary, errors));

function name(claim) {
  return claim.claimantName ?? claim.claimant;
}

/** The verdict in words: the agreement, or the pairs that contradict each other. */
function verdictText(summary, claimsByName) {
  const n = summary.claimants;
  if (summary.verdict === 'NOTHING_TO_COMPARE') {
    return n === 1 ? 'Only one claimant: nothing to compare it with.' : 'No claims to compare.';
  }
  if (summary.verdict === 'AGREE') {
    const a = summary.agreement;
    const range = a.high === null ? `${number(a.low)} or more` : `between ${number(a.low)} and ${number(a.high)}`;
    return `The ${count(n)} claims agree: every one of them allows a figure ${range}.`;
  }
  // The nearest misses first: the pairs that come closest to agreeing.
  const sorted = [...summary.contradictions].sort((a, b) => Number(a.gap) - Number(b.gap));
  const pairs = sorted.map((c) =>
    `${claimsByName(c.lower)} vs ${claimsByName(c.higher)}: ${number(c.gap)} apart`);
  const more = summary.contradictionCount > pairs.length
    ? ` (and ${number(summary.contradictionCount - pairs.length)} more pairs)` : '';
  return `No figure satisfies all ${count(n)} claims; ${pairs.join('; ')}${more}.`;
}

function render(summary, errors) {
  const notice = partialNotice(errors);
  if (!summary) {
    return [notice ?? h('p', {}, 'No comparison came back.')];
  }
  const claims = summary.claims ?? [];
  const byId = new Map(claims.map((c) => [c.id, c]));
  const nameOf = (compared) => compared.claimantName ?? compared.claimant;
  const scale = Math.max(1, ...claims.map((c) => Number(c.figure.high ?? c.figure.low ?? 0))) * 1.12;
  const title = h('p', { class: 'muted' },
    `${label(summary.category ?? filters.category)} of ${filters.subject.toUpperCase()}, ${label(summary.scope ?? filters.scope).toLowerCase()}, as of `,
    time(summary.asOf), ` · ${count(summary.claimants)} claimant${summary.claimants === 1 ? '' : 's'}`);
  const verdict = h('p', { class: `verdict ${summary.verdict?.toLowerCase()}`, id: 'verdict' },
    verdictText(summary, nameOf));
  const parts = [notice, title, verdict];
  if (filters.group) {
    for (const group of summary.byAffiliation ?? []) {
      const members = (group.claimIds ?? []).map((id) => byId.get(id)).filter(Boolean);
      parts.push(h('section', { class: 'group' },
        h('h2', {}, `${group.affiliation ?? 'No affiliation'}`,
          h('span', { class: 'badge' }, label(group.relation))),
        h('p', { class: 'muted' }, verdictText(group, nameOf)),
        rows(members, scale)));
    }
  } else {
    parts.push(rows(claims, scale));
  }
  parts.push(h('div', { class: 'axis', 'aria-hidden': 'true' }, h('span', {}, '0'), h('span', {}, number(scale))));
  if (summary.excluded?.length) {
    parts.push(h('h2', {}, 'Left out'), h('ul', {}, summary.excluded.map((e) => h('li', {},
      h('a', { href: `/claim.html?id=${e.claim.id}` }, name(e.claim)), ` (as of `, time(e.claim.asOf), `): ${e.detail}`))));
  }
  return parts;
}

function rows(claims, scale) {
  return h('ol', { class: 'claims' }, claims.map((claim) => row(claim, scale)));
}

function row(claim, scale) {
  const f = claim.figure;
  const source = claim.sources?.[0];
  const link = `/claim.html?id=${claim.id}`;
  return h('li', { class: 'claim-row', 'data-claim': claim.id },
    h('div', {},
      h('h3', {}, h('a', { href: link }, name(claim)), claim.affiliation ? h('span', { class: 'badge' }, claim.affiliation) : ''),
      claim.claimantName && claim.claimantName !== claim.claimant ? h('div', { class: 'muted' }, `as written: ${claim.claimant}`) : '',
      h('div', { class: 'wording' }, h('a', { href: link, 'aria-label': `${figure(f)}: the record` }, figure(f))),
      h('div', { class: 'muted' }, 'as of ', time(claim.asOf), claim.force ? ` · ${claim.force}` : '')),
    h('div', {},
      bar(f, scale),
      h('div', { class: 'bar-text' }, bounds(f)),
      source?.quote ? h('blockquote', {}, `“${source.quote}”`) : '',
      sourceLink(source)));
}

/** The interval a figure allows, drawn from low to high; an open end runs off the track and says so in its text. */
function bar(f, scale) {
  const track = h('div', { class: 'track', 'aria-hidden': 'true' });
  if (f.low === null || f.low === undefined) {
    return track;
  }
  const low = Number(f.low);
  const open = f.high === null || f.high === undefined;
  const left = (low / scale) * 100;
  const width = open ? 100 - left : Math.max(0.4, ((Number(f.high) - low) / scale) * 100);
  const kind = open ? 'open' : f.qualifier === 'EXACT' ? 'exact' : f.qualifier === 'APPROXIMATELY' ? 'approx' : '';
  track.append(h('div', { class: `interval ${kind}`, style: { left: `${left}%`, width: `${width}%` } }));
  if (f.best !== null && f.best !== undefined) {
    track.append(h('div', { class: 'best', title: `best estimate ${number(f.best)}`,
      style: { left: `${(Number(f.best) / scale) * 100}%` } }));
  }
  return track;
}
