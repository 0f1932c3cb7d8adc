// One casualty claim: its figure as stated, the bounds derived from it, and its sources with their quotes.
import { graphql } from '../api.js';
import { bounds, figure, label } from '../format.js';
import { eventLine, fields, recordId } from '../records.js';
import { h, header, load, partialNotice, sourcesList, time } from '../ui.js';

const QUERY = `query Claim($id: ID!) { casualtyClaim(id: $id) {
  id claimant claimantName affiliation subject force category equipmentType asOf statedOn status revision
  figure { qualifier value low best high word } scope { kind from to }
  sources { url publisher title publishedOn retrievedOn quote }
  event { id title type date endDate location { name country } } } }`;

header('Compare');
const main = document.getElementById('main');
load(main, () => graphql(QUERY, { id: recordId() }), ({ data, errors }) => {
  const c = data.casualtyClaim;
  if (!c) {
    return [partialNotice(errors), h('h1', {}, 'No such claim')];
  }
  return [partialNotice(errors),
    h('h1', {}, `${c.claimantName ?? c.claimant}: ${figure(c.figure)}`),
    fields([
      ['Claimant (as written)', c.claimant],
      ['Claimant identity', c.claimantName ? `${c.claimantName}${c.affiliation ? ` (${c.affiliation})` : ''}` : 'not linked'],
      ['Whose losses', c.subject + (c.force ? ` — ${c.force}` : '')],
      ['What', label(c.category) + (c.equipmentType ? `: ${label(c.equipmentType)}` : '')],
      ['Figure as stated', figure(c.figure)],
      ['Allows', bounds(c.figure)],
      ['Scope', c.scope?.kind === 'INTERVAL' ? h('span', {}, 'from ', time(c.scope.from), ' to ', time(c.scope.to))
        : h('span', {}, 'cumulative', c.scope?.from ? [' since ', time(c.scope.from)] : '')],
      ['As of', time(c.asOf)],
      ['Stated on', time(c.statedOn)],
      ['Status', `${label(c.status)}, revision ${c.revision}`],
      ['Event', c.event ? eventLine(c.event) : null],
      ['Compare', h('a', { href: `/?subject=${encodeURIComponent(c.subject)}&category=${c.category}`
        + `${c.equipmentType ? `&equipmentType=${c.equipmentType}` : ''}&scope=${c.scope?.kind ?? 'CUMULATIVE'}&asOf=${c.asOf}` },
        'this claim beside the others as of its date')],
    ]),
    h('h2', {}, 'Sources'), sourcesList(c.sources)];
});
