// One event: what happened, the numbers it reports, and the claims and aid records about it.
import { graphql } from '../api.js';
import { figure, label } from '../format.js';
import { CLAIM_FIELDS, PLEDGE_FIELDS, claimLine, fields, pledgeLine, recordId } from '../records.js';
import { h, header, load, partialNotice, sourcesList, time } from '../ui.js';

const QUERY = `query Event($id: ID!) { event(id: $id) {
  id title type date datePrecision endDate summary actors tags status
  location { name region country precision }
  quantities { measure unit claimant figure { qualifier value low high word } }
  sources { url publisher title publishedOn retrievedOn quote }
  casualtyClaims { ${CLAIM_FIELDS} }
  aidPledges { ${PLEDGE_FIELDS} } } }`;

header('Timeline');
const main = document.getElementById('main');
load(main, () => graphql(QUERY, { id: recordId() }), ({ data, errors }) => {
  const e = data.event;
  if (!e) {
    return [partialNotice(errors), h('h1', {}, 'No such event')];
  }
  const missing = (service) => errors.some((error) => error.extensions?.service === service);
  return [partialNotice(errors),
    h('h1', {}, e.title),
    fields([
      ['Type', label(e.type)],
      ['Date', h('span', {}, time(e.date), e.endDate && e.endDate !== e.date ? [' to ', time(e.endDate)] : '',
        e.datePrecision && e.datePrecision !== 'DAY' ? ` (known to the ${e.datePrecision.toLowerCase()})` : '')],
      ['Where', e.location ? [e.location.name, e.location.region, e.location.country].filter(Boolean).join(', ') : null],
      ['Actors', e.actors?.join(', ')],
      ['Summary', e.summary],
      ['Status', label(e.status)],
    ]),
    e.quantities?.length ? [h('h2', {}, 'Numbers it reports'), h('ul', {}, e.quantities.map((q) =>
      h('li', {}, `${figure(q.figure)} ${q.unit ?? ''} ${q.measure}`, q.claimant ? ` — according to ${q.claimant}` : '')))] : '',
    h('h2', {}, 'Casualty claims about it'),
    missing('casualty-service') ? h('p', { class: 'muted' }, 'Not available: casualty-service did not answer.')
      : e.casualtyClaims?.length ? h('ul', {}, e.casualtyClaims.map((c) => h('li', {}, claimLine(c)))) : h('p', { class: 'muted' }, 'None.'),
    h('h2', {}, 'Aid records about it'),
    missing('aid-service') ? h('p', { class: 'muted' }, 'Not available: aid-service did not answer.')
      : e.aidPledges?.length ? h('ul', {}, e.aidPledges.map((p) => h('li', {}, pledgeLine(p)))) : h('p', { class: 'muted' }, 'None.'),
    h('h2', {}, 'Sources'), sourcesList(e.sources)];
});
