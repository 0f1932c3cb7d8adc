// Series: claimants' figures on one quantity over time, a line of best estimates with a band from low to high.
import { graphql } from '../api.js';
import { date, figure, label, number } from '../format.js';
import { CATEGORIES, EQUIPMENT_TYPES, SCOPES } from '../enums.js';
import { stylesheet, uPlot } from '../charts.js';
import { bindForm, h, header, load, option, partialNotice, sourceLink, time } from '../ui.js';

const QUERY = `query Series($subject: String!, $category: Category!, $equipmentType: EquipmentType, $scope: ScopeKind,
    $claimants: [String], $affiliations: [String]) {
  casualtySeries(subject: $subject, category: $category, equipmentType: $equipmentType, scope: $scope,
      claimants: $claimants, affiliations: $affiliations) {
    points truncated lines { name affiliation points { claimId claimant asOf figure { qualifier value low best high word } } } }
  casualtyClaims(subject: $subject, category: $category, equipmentType: $equipmentType, first: 100) {
    edges { node { id sources { url publisher title publishedOn } } } }
}`;
const COLOURS = ['#1d4f91', '#c06a00', '#23703a', '#a3261b', '#6b3fa0', '#00838f'];

header('Series');
const main = document.getElementById('main');
const list = (text) => (text ? text.split(',').map((s) => s.trim()).filter(Boolean) : null);
const form = h('form', { class: 'filters', method: 'get', action: '/series.html', 'aria-label': 'Which series' },
  h('label', {}, 'Subject', h('input', { name: 'subject', required: true, size: 6 })),
  h('label', {}, 'Category', h('select', { name: 'category' }, CATEGORIES.map((c) => option(c, label(c))))),
  h('label', {}, 'Equipment type', h('select', { name: 'equipmentType' }, option('', 'none'), EQUIPMENT_TYPES.map((c) => option(c, label(c))))),
  h('label', {}, 'Scope', h('select', { name: 'scope' }, SCOPES.map((c) => option(c, label(c))))),
  h('label', {}, 'Claimants (comma-separated)', h('input', { name: 'claimants', size: 24 })),
  h('label', {}, 'Affiliations (comma-separated)', h('input', { name: 'affiliations', size: 16 })),
  h('button', { type: 'submit' }, 'Show'));
const results = h('section', { id: 'results', 'aria-live': 'polite' });
main.replaceChildren(h('h1', {}, 'Figures over time'), form, results);
const filters = bindForm(form, { subject: 'RU', category: 'KILLED_OR_WOUNDED', scope: 'CUMULATIVE', affiliations: 'UA,NATO,US', claimants: 'US and UK intelligence' });

load(results, () => graphql(QUERY, {
  subject: filters.subject.toUpperCase(), category: filters.category, scope: filters.scope || null,
  equipmentType: filters.category === 'EQUIPMENT' ? (filters.equipmentType || 'TANK') : null,
  claimants: list(filters.claimants), affiliations: list(filters.affiliations),
}), ({ data, errors }) => {
  const series = data.casualtySeries;
  if (!series) return [partialNotice(errors) ?? h('p', {}, 'No series came back.')];
  const sources = new Map((data.casualtyClaims?.edges ?? []).map((e) => [e.node.id, e.node.sources?.[0]]));
  const lines = series.lines.filter((l) => l.points.length);
  const chart = h('div', { class: 'chart', id: 'chart', role: 'img', 'aria-label': 'Chart of the figures over time; the table below lists every point' });
  const tooltip = h('div', { class: 'tooltip', hidden: true, id: 'tooltip' });
  requestAnimationFrame(() => draw(chart, tooltip, lines, sources));
  return [partialNotice(errors), h('div', { style: { position: 'relative' } }, chart, tooltip),
    h('div', { class: 'table-wrap' }, h('table', { id: 'points' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Claimant'), h('th', {}, 'As of'), h('th', { class: 'num' }, 'Figure'),
        h('th', { class: 'num' }, 'Low'), h('th', { class: 'num' }, 'High'), h('th', {}, 'Source'))),
      h('tbody', {}, lines.flatMap((l) => l.points.map((p) => h('tr', {}, h('td', {}, l.name), h('td', {}, time(p.asOf)),
        h('td', { class: 'num' }, h('a', { href: `/claim.html?id=${p.claimId}` }, figure(p.figure))),
        h('td', { class: 'num' }, number(p.figure.low)), h('td', { class: 'num' }, p.figure.high === null ? 'open' : number(p.figure.high)),
        h('td', {}, sourceLink(sources.get(p.claimId))))))))),
    series.truncated ? h('p', { class: 'notice' }, 'More points exist than were shown.') : ''];
});

/** Aligned data for uPlot: one x per date; per claimant a best line, and low and high series for its band. */
function draw(target, tooltip, lines, sources) {
  stylesheet();
  const days = [...new Set(lines.flatMap((l) => l.points.map((p) => p.asOf)))].sort();
  const xs = days.map((d) => Date.parse(`${d}T00:00:00Z`) / 1000);
  const data = [xs];
  const series = [{}];
  const bands = [];
  lines.forEach((l, i) => {
    const at = new Map(l.points.map((p) => [p.asOf, p]));
    const colour = COLOURS[i % COLOURS.length];
    const pick = (f) => days.map((d) => (at.has(d) ? f(at.get(d).figure) : null));
    const base = data.length;
    data.push(pick((f) => Number(f.best ?? f.low)), pick((f) => Number(f.low)), pick((f) => Number(f.high ?? f.low)));
    series.push({ label: l.name, stroke: colour, width: 2, spanGaps: true, points: { size: 7 } },
      { label: `${l.name} low`, stroke: 'transparent', spanGaps: true, points: { show: false } },
      { label: `${l.name} high`, stroke: 'transparent', spanGaps: true, points: { show: false } });
    bands.push({ series: [base + 2, base + 1], fill: `${colour}22` });
  });
  const plot = new uPlot({
    width: Math.max(280, target.clientWidth || 600), height: 320, series, bands,
    axes: [{}, { values: (u, ticks) => ticks.map((t) => number(t)), size: 80 }],
    legend: { show: true, live: false },
    hooks: { setCursor: [(u) => {
      const i = u.cursor.idx;
      if (i === null || i === undefined) { tooltip.hidden = true; return; }
      const here = lines.map((l) => [l, l.points.find((p) => p.asOf === days[i])]).filter(([, p]) => p);
      tooltip.replaceChildren(h('strong', {}, date(days[i])), ...here.map(([l, p]) => h('div', {},
        `${l.name}: ${figure(p.figure)}`, sources.get(p.claimId) ? [' — ', sourceLink(sources.get(p.claimId))] : '')));
      tooltip.hidden = !here.length;
      tooltip.style.left = `${Math.min(u.cursor.left + 60, target.clientWidth - 200)}px`;
      tooltip.style.top = `${u.cursor.top + 10}px`;
    }] },
  }, data, target);
  return plot;
}
