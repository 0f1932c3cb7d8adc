// Short forms of records for lists: each figure or amount links to its record's page.
import { figure, label, moneyAsStated, money } from './format.js';
import { h, time } from './ui.js';

export const CLAIM_FIELDS = `id claimant claimantName affiliation subject category equipmentType asOf status
  figure { qualifier value low best high word } scope { kind from to }`;
export const PLEDGE_FIELDS = `id title donor recipient kind type status announcedOn parentId
  value { amount currency qualifier } normalized { eur usd rateDate rateSource unavailable }`;
export const EVENT_FIELDS = 'id title type date datePrecision endDate actors location { name region country }';

export function claimLine(claim) {
  return h('span', {}, h('span', { class: 'kind' }, 'Claim'),
    `${claim.claimantName ?? claim.claimant}: `,
    h('a', { href: `/claim.html?id=${claim.id}` }, figure(claim.figure)),
    ` ${label(claim.category).toLowerCase()}${claim.equipmentType ? ` (${label(claim.equipmentType).toLowerCase()})` : ''} of ${claim.subject}`,
    claim.scope?.kind === 'INTERVAL' ? [' from ', time(claim.scope.from), ' to ', time(claim.scope.to)] : '',
    ', as of ', time(claim.asOf));
}

export function pledgeLine(pledge) {
  return h('span', {}, h('span', { class: 'kind' }, label(pledge.kind)),
    h('a', { href: `/pledge.html?id=${pledge.id}` }, pledge.title),
    pledge.value ? ` — ${moneyAsStated(pledge.value)}` : '',
    pledge.normalized?.eur && pledge.value?.currency !== 'EUR' ? ` (${money(pledge.normalized.eur, 'EUR')})` : '',
    ` · ${label(pledge.status)}, announced `, time(pledge.announcedOn));
}

export function eventLine(event) {
  return h('span', {}, h('span', { class: 'kind' }, label(event.type)),
    h('a', { href: `/event.html?id=${event.id}` }, event.title), ' · ', time(event.date),
    event.endDate && event.endDate !== event.date ? ['–', time(event.endDate)] : '',
    event.location?.name ? ` · ${event.location.name}${event.location.country ? ` (${event.location.country})` : ''}` : '');
}

export function fields(pairs) {
  return h('dl', { class: 'fields' }, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]));
}

export function recordId() {
  return new URLSearchParams(location.search).get('id');
}
