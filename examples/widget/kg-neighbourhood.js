/**
 * A widget that shows an entity's neighbourhood with its evidence, for any page to embed: every
 * relationship of the entity with its quotes and a link to the article each comes from. One ES
 * module, no framework, no build step. Either as an element:
 *
 *   <script type="module" src="kg-neighbourhood.js"></script>
 *   <kg-neighbourhood endpoint="https://kg.example.org/graphql" entity="chancay-port"></kg-neighbourhood>
 *
 * or from a script: `showNeighbourhood(element, { endpoint, entityId })`.
 *
 * The service must allow the embedding page's origin (CORS_ORIGINS, default any). Only text goes
 * into the page (never HTML from the graph), and only http(s) URLs become links.
 */

/**
 * @typedef {import('../typed/graphql').EntityNeighbourhoodQuery} EntityNeighbourhoodQuery
 * @typedef {import('../typed/graphql').EntityNeighbourhoodQueryVariables} EntityNeighbourhoodQueryVariables
 * @typedef {EntityNeighbourhoodQuery['neighborhood']['relationships'][number]} Relationship
 * @typedef {Relationship['evidence'][number]} Evidence
 */

/**
 * The operation the widget sends: examples/operations/entity-neighbourhood.graphql as graphql-js
 * prints it, the text the typed documents send too (a test keeps them the same), so its answer has
 * the generated type `EntityNeighbourhoodQuery`.
 */
export const ENTITY_NEIGHBOURHOOD = `query EntityNeighbourhood($id: ID!, $depth: Int, $first: Int) {
  entity(id: $id) {
    id
    name
    type
    description
  }
  neighborhood(id: $id, depth: $depth, first: $first) {
    nodes {
      id
      name
      type
    }
    relationships {
      id
      type
      source {
        id
        name
        type
      }
      target {
        id
        name
        type
      }
      validFrom
      status
      evidence {
        id
        quote
        article {
          id
          title
          source
          url
          publishedAt
        }
      }
    }
    truncated
  }
}`;

/** An answer the widget cannot show, with the service's error code (NOT_FOUND …), NETWORK or HTTP_<status>. */
export class NeighbourhoodError extends Error {
  /**
   * @param {string} message
   * @param {string} code
   */
  constructor(message, code) {
    super(message);
    this.name = 'NeighbourhoodError';
    this.code = code;
  }
}

/**
 * Fetches an entity's neighbourhood from the service.
 * @param {{ endpoint: string } & EntityNeighbourhoodQueryVariables} options `endpoint`: the service's /graphql URL
 * @returns {Promise<EntityNeighbourhoodQuery>}
 */
export async function fetchNeighbourhood({ endpoint, ...variables }) {
  let res;
  try {
    res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: ENTITY_NEIGHBOURHOOD, variables }),
    });
  } catch (err) {
    throw new NeighbourhoodError(`The service did not answer (${err instanceof Error ? err.message : String(err)}).`, 'NETWORK');
  }
  /** @type {{ data?: EntityNeighbourhoodQuery | null, errors?: { message: string, extensions?: { code?: string } }[] }} */
  let body;
  try {
    body = await res.json();
  } catch {
    throw new NeighbourhoodError(`The service answered HTTP ${res.status}.`, `HTTP_${res.status}`);
  }
  const first = body.errors?.[0];
  if (first) throw new NeighbourhoodError(first.message, first.extensions?.code ?? `HTTP_${res.status}`);
  if (!body.data) throw new NeighbourhoodError(`The service answered HTTP ${res.status} without data.`, `HTTP_${res.status}`);
  return body.data;
}

/**
 * An element with a class and text.
 * @template {keyof HTMLElementTagNameMap} K
 * @param {K} tag
 * @param {string} className
 * @param {string} [text]
 * @returns {HTMLElementTagNameMap[K]}
 */
function el(tag, className, text) {
  const e = document.createElement(tag);
  e.className = className;
  if (text !== undefined) e.textContent = text;
  return e;
}

/**
 * The URL when it is an http(s) one, else null (a `javascript:` URL never becomes a link).
 * @param {string | null} url
 */
function safeUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * One quote, and the article it comes from as a link.
 * @param {Evidence} e
 */
function evidenceItem(e) {
  const item = el('li', 'kg-evidence');
  item.dataset.id = e.id;
  const { title, source, url, publishedAt } = e.article;
  const href = safeUrl(url);
  const quote = el('blockquote', 'kg-quote', e.quote);
  if (href) quote.cite = href;
  const from = el('p', 'kg-article');
  const name = title ?? source;
  if (href) {
    const link = el('a', 'kg-article-link', name);
    link.href = href;
    link.target = '_blank';
    link.rel = 'noopener noreferrer';
    from.append('— ', link);
  } else {
    from.append(`— ${name}`);
  }
  const rest = [title ? source : null, publishedAt].filter(Boolean).join(', ');
  if (rest) from.append(`, ${rest}`);
  item.append(quote, from);
  return item;
}

/**
 * One relationship: its ends, type, valid time and status, then its evidence.
 * @param {Relationship} r
 */
function relationshipItem(r) {
  const item = el('li', 'kg-relationship');
  item.dataset.id = r.id;
  const claim = el('p', 'kg-claim');
  claim.append(
    el('span', 'kg-source', r.source.name),
    ' ',
    el('span', 'kg-type', r.type),
    ' ',
    el('span', 'kg-target', r.target.name),
    ' ',
    el('span', 'kg-when', [r.validFrom ? `from ${r.validFrom}` : null, r.status].filter(Boolean).join(' · ')),
  );
  const evidence = el('ul', 'kg-evidence-list');
  evidence.append(...r.evidence.map(evidenceItem));
  item.append(claim, evidence);
  return item;
}

/**
 * Renders a neighbourhood into `container`, replacing what it held.
 * @param {HTMLElement} container
 * @param {EntityNeighbourhoodQuery} data
 */
export function renderNeighbourhood(container, data) {
  const { entity, neighborhood } = data;
  const heading = el('h2', 'kg-entity', entity?.name ?? '');
  if (entity) heading.append(' ', el('span', 'kg-entity-type', entity.type));
  const n = neighborhood.relationships.length;
  const summary = el('p', 'kg-summary', `${n} relationship${n === 1 ? '' : 's'}${neighborhood.truncated ? ' (more not shown)' : ''}`);
  const list = el('ul', 'kg-relationships');
  list.append(...neighborhood.relationships.map(relationshipItem));
  container.replaceChildren(heading, summary, list);
}

/**
 * Fetches and shows an entity's neighbourhood in `container`; `container.dataset.state` is
 * `loading`, then `ready` or `error`. On an error the container shows the message (role=alert) and
 * the promise rejects with a `NeighbourhoodError`.
 * @param {HTMLElement} container
 * @param {{ endpoint: string, entityId: string, depth?: number, first?: number }} options `depth`
 *   defaults to 1, `first` (the relationships shown at most) to 50
 * @returns {Promise<EntityNeighbourhoodQuery>}
 */
export async function showNeighbourhood(container, { endpoint, entityId, depth = 1, first = 50 }) {
  container.dataset.state = 'loading';
  container.setAttribute('aria-busy', 'true');
  try {
    const data = await fetchNeighbourhood({ endpoint, id: entityId, depth, first });
    renderNeighbourhood(container, data);
    container.dataset.state = 'ready';
    return data;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const alert = el('p', 'kg-error', `Could not show the neighbourhood of “${entityId}”: ${message}`);
    alert.setAttribute('role', 'alert');
    container.replaceChildren(alert);
    container.dataset.state = 'error';
    throw err;
  } finally {
    container.removeAttribute('aria-busy');
  }
}

/**
 * `<kg-neighbourhood endpoint="…" entity="…" depth="1">`: shows the neighbourhood once both
 * `endpoint` and `entity` are set, and again when an attribute changes. It dispatches
 * `kg-neighbourhood-load` (detail: the data) or `kg-neighbourhood-error` (detail: the error).
 */
export class KgNeighbourhoodElement extends HTMLElement {
  static observedAttributes = ['endpoint', 'entity', 'depth'];

  /** Several attribute changes in one task load once. */
  #scheduled = false;

  connectedCallback() {
    this.#schedule();
  }

  attributeChangedCallback() {
    this.#schedule();
  }

  #schedule() {
    if (this.#scheduled) return;
    this.#scheduled = true;
    queueMicrotask(() => {
      this.#scheduled = false;
      this.#load();
    });
  }

  #load() {
    const endpoint = this.getAttribute('endpoint');
    const entityId = this.getAttribute('entity');
    if (!this.isConnected || !endpoint || !entityId) return;
    const depth = Number(this.getAttribute('depth') ?? 1);
    showNeighbourhood(this, { endpoint, entityId, depth }).then(
      (data) => this.dispatchEvent(new CustomEvent('kg-neighbourhood-load', { detail: data })),
      (err) => this.dispatchEvent(new CustomEvent('kg-neighbourhood-error', { detail: err })),
    );
  }
}

if (!customElements.get('kg-neighbourhood')) customElements.define('kg-neighbourhood', KgNeighbourhoodElement);
