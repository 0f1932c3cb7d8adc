// Building blocks shared by the pages: elements, the site header, notices, forms bound to the query string.
import { date as formatDate } from './format.js';

/** h('a', { href: '/x' }, 'text', child): an element with attributes and children (strings become text). */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name === 'class') {
      element.className = value;
    } else if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'style' && typeof value === 'object') {
      Object.assign(element.style, value);
    } else {
      element.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== null && child !== undefined && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

export function time(iso) {
  return iso ? h('time', { datetime: iso }, formatDate(iso)) : '';
}

const PAGES = [
  ['/', 'Compare'],
  ['/series.html', 'Series'],
  ['/timeline.html', 'Timeline'],
  ['/aid.html', 'Aid'],
  ['/review.html', 'Review'],
];

/** The header with the site navigation; the current page is marked for screen readers too. */
export function header(current) {
  const nav = h('nav', { 'aria-label': 'Pages' },
    h('ul', {}, PAGES.map(([href, name]) =>
      h('li', {}, h('a', { href, 'aria-current': name === current ? 'page' : null }, name)))));
  document.querySelector('header.site').replaceChildren(
    h('a', { class: 'skip', href: '#main' }, 'Skip to content'),
    h('a', { class: 'brand', href: '/' }, 'Warledger'),
    nav);
}

/** What is missing when a service does not answer, by the service the gateway names. */
const MISSING = {
  'event-service': 'events',
  'casualty-service': 'casualty claims',
  'aid-service': 'aid records',
  'intake-service': 'articles and candidates',
};

/**
 * A notice for errors that came with data: which service did not answer and which part is missing. Errors of one
 * service are said once.
 */
export function partialNotice(errors) {
  if (!errors?.length) {
    return null;
  }
  const seen = new Map();
  for (const error of errors) {
    const service = error.extensions?.service;
    const key = service ?? error.message;
    if (!seen.has(key)) {
      const status = Number(error.extensions?.status);
      const why = status >= 400 && status < 500 ? 'refused the request' : 'did not answer';
      seen.set(key, service ? `${MISSING[service] ?? 'some data'} missing: ${service} ${why} (${error.message})` : error.message);
    }
  }
  return h('div', { class: 'notice partial', role: 'alert' },
    h('strong', {}, 'Partial data. '),
    h('ul', {}, [...seen.values()].map((text) => h('li', {}, text))));
}

export function errorNotice(error) {
  return h('div', { class: 'notice error', role: 'alert' }, h('strong', {}, 'Could not load. '), error.message);
}

/** Shows "Loading…" in a region while the promise runs, then what render gives, or the error. */
export async function load(region, work, render) {
  region.setAttribute('aria-busy', 'true');
  region.dataset.state = 'loading';
  region.replaceChildren(h('p', { class: 'loading', role: 'status' }, 'Loading…'));
  try {
    const result = await work();
    region.replaceChildren(...[].concat(render(result)).filter(Boolean));
    region.dataset.state = 'ready';
  } catch (error) {
    region.replaceChildren(errorNotice(error));
    region.dataset.state = 'error';
    console.warn(error);
  } finally {
    region.removeAttribute('aria-busy');
  }
}

/** The page's filters: the query string read into the form's fields, with defaults where it says nothing. */
export function bindForm(form, defaults = {}) {
  const params = new URLSearchParams(location.search);
  const values = {};
  for (const element of form.elements) {
    if (!element.name) {
      continue;
    }
    const value = params.has(element.name) ? params.get(element.name) : (defaults[element.name] ?? '');
    if (element.type === 'checkbox') {
      element.checked = value === 'on' || value === 'true';
      values[element.name] = element.checked;
    } else {
      element.value = value;
      values[element.name] = element.value;
    }
  }
  // Selects submit as they change; text and dates on Enter or the button. Empty fields stay out of the URL.
  form.addEventListener('change', (event) => {
    if (event.target.tagName === 'SELECT' || event.target.type === 'checkbox') {
      form.requestSubmit();
    }
  });
  form.addEventListener('formdata', (event) => {
    for (const [name, value] of [...event.formData.entries()]) {
      if (value === '') {
        event.formData.delete(name);
      }
    }
  });
  return values;
}

export function option(value, text, selected) {
  return h('option', { value, selected: selected ? true : null }, text);
}

export function sourceLink(source) {
  if (!source) {
    return '';
  }
  const name = [source.publisher, source.title].filter(Boolean).join(': ') || 'Source';
  const link = source.url ? h('a', { href: source.url, rel: 'noopener noreferrer' }, name) : h('span', {}, name);
  return h('span', { class: 'source' }, link, source.publishedOn ? [', ', time(source.publishedOn)] : '');
}

export function sourcesList(sources) {
  if (!sources?.length) {
    return h('p', { class: 'muted' }, 'No source recorded.');
  }
  return h('ul', { class: 'sources' }, sources.map((source) => h('li', {},
    source.quote ? h('blockquote', {}, `“${source.quote}”`) : '',
    sourceLink(source))));
}
