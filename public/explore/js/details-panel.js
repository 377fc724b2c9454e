/**
 * The details panel: a relationship with all its evidence (relation, topic, valid time, status,
 * quantities, and every quote with its article, who ingested it and when), or an actor with its
 * actions.
 */
import { fill, h } from './dom.js';
import { styleOf, swatch } from './entity-styles.js';

/**
 * @typedef {{ id: string, name: string, type: string, aliases: string[], description: string | null, degree: number }} Entity
 * @typedef {{ id: string, title: string | null, source: string, url: string | null, publishedAt: string | null }} Article
 * @typedef {{
 *   id: string, type: string, topic: string | null, role: string | null, validFrom: string | null, validTo: string | null,
 *   status: string, knownFrom: string | null, note: string | null, sourceCount: number,
 *   quantities: { value: number, unit: string, label: string | null }[],
 *   source: { id: string }, target: { id: string },
 *   evidence: { id: string, quote: string, article: Article }[],
 * }} Relationship
 */

const HINT = 'Click a relationship (a line in the network, or one in the list “In this view”) to read its evidence.';

/**
 * @param {{ value: number, unit: string, label: string | null }} q
 */
function quantityText(q) {
  const value = new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(q.value);
  return `${value} ${q.unit}${q.label ? ` (${q.label})` : ''}`;
}

/** Only http(s) links become anchors. @param {string | null} url */
function safeUrl(url) {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}

/**
 * One row of a definition list, left out when there is no value.
 * @param {string} term
 * @param {string | null | undefined | Node} value
 */
function row(term, value) {
  if (value === null || value === undefined || value === '') return [];
  return [h('dt', {}, term), h('dd', {}, value)];
}

/**
 * Creates the panel in `root`.
 * @param {{
 *   root: HTMLElement,
 *   onFocus: (id: string) => void,
 *   onExpand: (id: string) => void,
 *   onCollapse: (id: string) => void,
 *   onPathEnd: (end: 'from' | 'to', entity: Entity) => void,
 *   onShowNode: (id: string) => void,
 *   provenance?: { line(articleId: string): HTMLElement },
 * }} options `provenance`: the line under each quote saying who ingested its article (none when absent)
 */
export function createDetailsPanel({ root, onFocus, onExpand, onCollapse, onPathEnd, onShowNode, provenance }) {
  const body = /** @type {HTMLElement} */ (root.querySelector('.details-body'));

  /**
   * A link-like button to an actor.
   * @param {Entity | undefined} e
   * @param {string} id
   */
  const actor = (e, id) => h('button', { type: 'button', class: 'link', onclick: () => onShowNode(id) }, e ? e.name : id);

  return {
    clear() {
      fill(body, h('p', { class: 'hint' }, HINT));
    },

    /**
     * @param {Relationship} r
     * @param {(id: string) => Entity | undefined} entityOf
     */
    showRelationship(r, entityOf) {
      const source = entityOf(r.source.id);
      const target = entityOf(r.target.id);
      const n = r.evidence.length;
      fill(
        body,
        h(
          'p',
          { class: 'claim' },
          actor(source, r.source.id),
          h('span', { class: 'rel-type' }, ` —${r.type}→ `),
          actor(target, r.target.id),
        ),
        h(
          'dl',
          { class: 'facts' },
          row('Relation', r.type),
          row('Topic', r.topic),
          row('Role', r.role),
          row('Valid from', r.validFrom ?? 'not stated'),
          row('Valid to', r.validTo ?? 'not stated'),
          row('Status', h('span', { class: `status status-${r.status.toLowerCase()}` }, r.status)),
          row('Reported from', r.knownFrom),
          row('Quantities', r.quantities.length ? r.quantities.map(quantityText).join('; ') : null),
          row('Note', r.note),
          row('Outlets', String(r.sourceCount)),
        ),
        h('h3', {}, n === 1 ? 'Evidence (1 quote)' : `Evidence (${n} quotes)`),
        h(
          'ol',
          { class: 'evidence' },
          r.evidence.map((ev) => {
            const url = safeUrl(ev.article.url);
            const title = ev.article.title ?? 'Untitled article';
            return h(
              'li',
              {},
              h('blockquote', { cite: url }, h('p', {}, ev.quote)),
              h(
                'p',
                { class: 'source' },
                url ? h('a', { href: url, target: '_blank', rel: 'noopener noreferrer' }, title) : h('cite', {}, title),
                ' · ',
                h('span', { class: 'outlet' }, ev.article.source),
                ' · ',
                ev.article.publishedAt ? h('time', { datetime: ev.article.publishedAt }, ev.article.publishedAt) : 'undated',
                url ? null : h('span', { class: 'muted' }, ' · no link'),
              ),
              provenance ? provenance.line(ev.article.id) : null,
            );
          }),
        ),
      );
    },

    /**
     * @param {Entity} e
     * @param {{ isFocus: boolean, isExpanded: boolean }} how
     */
    showEntity(e, { isFocus, isExpanded }) {
      fill(
        body,
        h(
          'p',
          { class: 'entity-title' },
          swatch(e.type, 18),
          h('strong', {}, e.name),
          h('span', { class: 'option-type' }, styleOf(e.type).label),
        ),
        h(
          'dl',
          { class: 'facts' },
          row('Also known as', e.aliases.length ? e.aliases.join(' · ') : null),
          row('Description', e.description),
          row('Relationships', String(e.degree)),
          row('Id', e.id),
        ),
        h(
          'div',
          { class: 'actions' },
          h('button', { type: 'button', onclick: () => onFocus(e.id), disabled: isFocus }, isFocus ? 'In focus' : 'Focus on it'),
          isExpanded
            ? h('button', { type: 'button', onclick: () => onCollapse(e.id) }, 'Remove its neighbours')
            : h(
                'button',
                { type: 'button', onclick: () => onExpand(e.id), disabled: isFocus },
                isFocus ? 'Neighbours shown' : 'Add its neighbours',
              ),
          h('button', { type: 'button', onclick: () => onPathEnd('from', e) }, 'Path from here'),
          h('button', { type: 'button', onclick: () => onPathEnd('to', e) }, 'Path to here'),
        ),
      );
    },
  };
}
