// Review: an article's text with the candidates intake-service found in it, each field with the words it came from;
// an editor accepts (possibly edited) or rejects each one. The editor token is kept in this tab's sessionStorage only.
import { graphql } from '../api.js';
import { date, label } from '../format.js';
import { h, header, load, partialNotice } from '../ui.js';

const TOKEN_KEY = 'warledger.editorToken';
const ARTICLES = `query Articles { articles(first: 100) { edges { node { id title publisher publishedOn candidateCount } } } }`;
const CANDIDATE_FIELDS = `id kind status confidence reasons quote proposedJson recordId rejectionReason
  span { start end } evidence { field start end rule }
  casualtyClaim { id } aidPledge { id } event { id }`;
const ARTICLE = `query Article($id: ID!) { article(id: $id) { id title publisher url publishedOn text
  candidates { ${CANDIDATE_FIELDS} } } }`;
const ACCEPT = `mutation Accept($articleId: ID!, $id: ID!, $edits: String) {
  acceptCandidate(articleId: $articleId, id: $id, edits: $edits) { ${CANDIDATE_FIELDS} } }`;
const REJECT = `mutation Reject($articleId: ID!, $id: ID!, $reason: String!) {
  rejectCandidate(articleId: $articleId, id: $id, reason: $reason) { ${CANDIDATE_FIELDS} } }`;
const SUBMIT = `mutation Submit($input: ArticleInput!) { submitArticle(input: $input) { id } }`;
const RECORD_PAGES = { CASUALTY_CLAIM: ['/claim.html', 'casualtyClaim', 'casualty claim'],
  AID_PLEDGE: ['/pledge.html', 'aidPledge', 'aid record'], EVENT: ['/event.html', 'event', 'event'] };

header('Review');
const main = document.getElementById('main');
const params = new URLSearchParams(location.search);

function token() {
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

function tokenForm() {
  const input = h('input', { id: 'token', type: 'password', autocomplete: 'off', value: token(),
    'aria-describedby': 'token-help' });
  const saved = h('span', { role: 'status', class: 'muted' }, token() ? 'A token is kept for this tab.' : '');
  return h('form', { class: 'filters', onsubmit: (event) => {
    event.preventDefault();
    sessionStorage.setItem(TOKEN_KEY, input.value.trim());
    saved.textContent = input.value.trim() ? 'A token is kept for this tab.' : 'No token kept.';
  } },
  h('label', { for: 'token' }, 'Editor token'), input, h('button', { type: 'submit' }, 'Keep for this tab'), saved,
  h('p', { id: 'token-help', class: 'muted' },
    'Writes need a token with the role editor; ./warledger up prints one. It stays in this tab only (sessionStorage), ',
    'never in the address or a cookie.'));
}

function pasteForm() {
  const today = new Date().toISOString().slice(0, 10);
  const form = h('form', { class: 'paste', onsubmit: async (event) => {
    event.preventDefault();
    const data = new FormData(form);
    status.textContent = 'Storing and reading the article…';
    try {
      const { data: answer, errors } = await graphql(SUBMIT, { input: { title: data.get('title'),
        publisher: data.get('publisher') || null, url: data.get('url') || null, publishedOn: data.get('publishedOn'),
        retrievedOn: today, language: 'en', text: data.get('text') } }, { token: token() });
      if (!answer.submitArticle) {
        throw new Error(errors.map((e) => e.message).join('; '));
      }
      location.search = `?article=${answer.submitArticle.id}`;
    } catch (e) {
      status.textContent = `Not stored: ${e.message}`;
    }
  } },
  h('h2', {}, 'Paste an article'),
  h('label', { for: 'title' }, 'Title'), h('input', { id: 'title', name: 'title', required: true }),
  h('label', { for: 'publisher' }, 'Publisher'), h('input', { id: 'publisher', name: 'publisher' }),
  h('label', { for: 'url' }, 'URL'), h('input', { id: 'url', name: 'url', type: 'url' }),
  h('label', { for: 'publishedOn' }, 'Published on'),
  h('input', { id: 'publishedOn', name: 'publishedOn', type: 'date', required: true, value: today }),
  h('label', { for: 'text' }, 'Text'), h('textarea', { id: 'text', name: 'text', rows: 8, required: true }),
  h('button', { type: 'submit' }, 'Store and find candidates'));
  const status = h('p', { role: 'status' });
  form.append(status);
  return form;
}

function articleList({ data, errors }) {
  const edges = data.articles?.edges ?? [];
  return [partialNotice(errors), h('h1', {}, 'Review articles'), tokenForm(),
    h('h2', {}, 'Stored articles'),
    edges.length ? h('ul', { class: 'articles' }, edges.map(({ node }) => h('li', {},
      h('a', { href: `?article=${node.id}` }, node.title), ' — ', node.publisher ?? 'no publisher named', ', ',
      node.publishedOn ? date(node.publishedOn) : '', ` · ${node.candidateCount ?? 0} candidates`)))
      : h('p', { class: 'muted' }, 'No article stored yet.'),
    pasteForm()];
}

/** The text with one mark per candidate span; a span shared by several candidates is marked once. */
function markedText(article, candidates, select) {
  const spans = [];
  for (const c of [...candidates].sort((a, b) => a.span.start - b.span.start)) {
    const last = spans[spans.length - 1];
    if (last && c.span.start < last.end) {
      last.candidates.push(c);
      last.end = Math.max(last.end, c.span.end);
    } else {
      spans.push({ start: c.span.start, end: c.span.end, candidates: [c] });
    }
  }
  const parts = [];
  let at = 0;
  for (const span of spans) {
    parts.push(article.text.slice(at, span.start));
    const first = span.candidates[0];
    parts.push(h('mark', { class: 'span', 'data-kind': first.kind, tabindex: 0, role: 'button',
      'aria-pressed': 'false', 'data-candidate': first.id, 'data-start': span.start, 'data-end': span.end,
      title: span.candidates.map((c) => label(c.kind)).join(', '),
      onclick: () => select(first.id),
      onkeydown: (event) => { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); select(first.id); } } },
    article.text.slice(span.start, span.end)));
    at = span.end;
  }
  parts.push(article.text.slice(at));
  return h('div', { class: 'article-text', id: 'article-text' }, parts);
}

function candidateDetail(article, candidate, onChange) {
  const proposed = JSON.parse(candidate.proposedJson ?? '{}');
  const rows = (candidate.evidence ?? []).map((e) => h('tr', {},
    h('th', { scope: 'row' }, e.field), h('td', {}, valueAt(proposed, e.field)),
    h('td', {}, h('q', {}, article.text.slice(e.start, e.end))), h('td', { class: 'muted' }, e.rule)));
  const edits = h('textarea', { id: 'edits', rows: 8, 'aria-describedby': 'edits-help' },
    JSON.stringify(proposed, null, 2));
  const reason = h('input', { id: 'reason', placeholder: 'why this is not a record' });
  const status = h('p', { role: 'status', id: 'review-status' });
  const record = RECORD_PAGES[candidate.kind];
  const created = candidate.recordId
    ? h('p', { class: 'created' }, 'Recorded as ', h('a', { href: `${record[0]}?id=${candidate.recordId}` },
      `${record[2]} ${candidate.recordId}`))
    : null;
  async function review(mutation, variables, what) {
    if (!token()) {
      status.textContent = 'Enter an editor token above first.';
      return;
    }
    status.textContent = `${what}…`;
    try {
      const { data, errors } = await graphql(mutation, { articleId: article.id, id: candidate.id, ...variables },
        { token: token() });
      const changed = data.acceptCandidate ?? data.rejectCandidate;
      if (!changed) {
        throw new Error(errors.map((e) => e.message).join('; '));
      }
      onChange(changed);
    } catch (e) {
      status.textContent = `Refused: ${e.message}`;
    }
  }
  const editable = candidate.status === 'PROPOSED';
  return h('section', { class: 'candidate', 'aria-labelledby': 'candidate-title' },
    h('h2', { id: 'candidate-title' }, `${label(candidate.kind)} · ${label(candidate.status)}`),
    h('p', {}, `Confidence ${Math.round((candidate.confidence ?? 0) * 100)} %`),
    created,
    candidate.rejectionReason ? h('p', {}, `Rejected: ${candidate.rejectionReason}`) : null,
    h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Field'), h('th', {}, 'Proposed'), h('th', {}, 'Words'),
      h('th', {}, 'Rule'))), h('tbody', {}, rows)),
    candidate.reasons?.length ? h('details', {}, h('summary', {}, 'Reasons'),
      h('ul', {}, candidate.reasons.map((r) => h('li', {}, r)))) : null,
    editable ? [
      h('label', { for: 'edits' }, 'Record to create (edit before accepting)'), edits,
      h('p', { id: 'edits-help', class: 'muted' }, 'Your changes are sent as a merge patch over the proposed fields; ',
        'the source and its quote are added from the article.'),
      h('button', { type: 'button', id: 'accept', onclick: () => {
        let patch;
        try {
          patch = JSON.stringify(JSON.parse(edits.value));
        } catch (e) {
          status.textContent = `The record is not valid JSON: ${e.message}`;
          return;
        }
        review(ACCEPT, { edits: patch === JSON.stringify(proposed) ? null : patch }, 'Accepting');
      } }, 'Accept'),
      h('label', { for: 'reason' }, 'Reason'), reason,
      h('button', { type: 'button', id: 'reject', onclick: () => review(REJECT, { reason: reason.value }, 'Rejecting') },
        'Reject')] : null,
    status);
}

function valueAt(object, path) {
  const value = path.split('.').reduce((node, key) => (node == null ? node : node[key]), object);
  if (value == null) {
    return '—';
  }
  if (Array.isArray(value)) {
    return value.map((v) => (typeof v === 'object' ? v.name ?? JSON.stringify(v) : v)).join(', ');
  }
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

function articleView({ data, errors }) {
  const article = data.article;
  if (!article) {
    return [partialNotice(errors), h('h1', {}, 'No such article'), h('a', { href: '/review.html' }, 'All articles')];
  }
  const candidates = article.candidates ?? [];
  const side = h('div', { class: 'side', id: 'candidate' },
    h('p', { class: 'muted' }, 'Select a highlighted passage or a candidate to review it.'));
  const list = h('ol', { class: 'candidates' });
  const text = markedText(article, candidates, select);
  function renderList() {
    list.replaceChildren(...candidates.map((c) => h('li', {}, h('button', { type: 'button', 'data-candidate': c.id,
      onclick: () => select(c.id) }, `${label(c.kind)} · ${label(c.status)} · `, summary(c)))));
  }
  function select(id) {
    const candidate = candidates.find((c) => c.id === id);
    if (!candidate) {
      return;
    }
    const url = new URL(location.href);
    url.searchParams.set('candidate', id);
    history.replaceState(null, '', url);
    for (const mark of text.querySelectorAll('mark.span')) {
      const inside = candidate.span.start >= Number(mark.dataset.start) && candidate.span.start < Number(mark.dataset.end);
      mark.setAttribute('aria-pressed', String(inside));
    }
    side.replaceChildren(candidateDetail(article, candidate, (changed) => {
      Object.assign(candidate, changed);
      renderList();
      select(id);
    }));
  }
  renderList();
  const page = [partialNotice(errors), h('h1', {}, article.title),
    h('p', {}, article.publisher ?? 'No publisher named', ', published ', date(article.publishedOn),
      article.url ? [' · ', h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original')] : ''),
    tokenForm(),
    h('p', { class: 'muted' }, 'Highlights: solid underline casualty claims, dashed aid, dotted events.'),
    h('div', { class: 'review' }, text, h('div', {}, h('h2', {}, `${candidates.length} candidates`), list, side)),
    h('p', {}, h('a', { href: '/review.html' }, 'All articles'))];
  if (params.get('candidate')) {
    queueMicrotask(() => select(params.get('candidate')));
  }
  return page;
}

function summary(c) {
  const p = JSON.parse(c.proposedJson ?? '{}');
  if (c.kind === 'CASUALTY_CLAIM') {
    const f = p.figure ?? {};
    return `${p.claimant ?? 'no claimant'}: ${f.word ?? (f.value ?? `${f.low}–${f.high}`).toLocaleString('en-GB')}`;
  }
  if (c.kind === 'AID_PLEDGE') {
    return p.title ?? p.donor ?? '';
  }
  return `${label(p.type ?? '')}: ${(p.actors ?? []).join(', ')}`;
}

if (params.get('article')) {
  load(main, () => graphql(ARTICLE, { id: params.get('article') }), articleView);
} else {
  load(main, () => graphql(ARTICLES), articleList);
}
