/**
 * An ingest's answer as a diff of the graph: relationships created, corroborated (an existing
 * claim gains this article's quote), disputed, unchanged and removed; actors created and matched
 * to ones the graph knows. The review shows a dry run's; the last step the real one's, with links
 * that open each relationship in the Explorer.
 */
import { h } from '../../explore/js/dom.js';
import { swatch } from '../../explore/js/entity-styles.js';

/**
 * @typedef {{ id: string, name: string, type: string, degree: number }} End
 * @typedef {{ id: string, type: string, status: string, validFrom: string | null, validTo: string | null, topic: string | null,
 *   role: string | null, source: End, target: End, evidence: { quote: string, article: { id: string } }[] }} ResultRelationship
 * @typedef {{
 *   dryRun: boolean, auditId: string | null, evidenceAdded: number, evidenceRemoved: number, removedRelationshipIds: string[],
 *   article: { id: string },
 *   createdEntities: { id: string, name: string, type: string }[],
 *   mergedEntities: { inputId: string, entity: { id: string, name: string, type: string } }[],
 *   createdRelationships: ResultRelationship[], corroboratedRelationships: ResultRelationship[],
 *   disputedRelationships: ResultRelationship[], unchangedRelationships: ResultRelationship[],
 * }} IngestResult
 */

/** The kinds of change, in the order shown, with their mark and heading. */
export const KINDS = /** @type {const} */ ([
  ['created', '+', 'Created', 'createdRelationships'],
  ['corroborated', '≈', 'Corroborated: the graph held the claim, it gains this quote', 'corroboratedRelationships'],
  ['disputed', '!', 'Disputed: this article contradicts the graph, both stand as disputed', 'disputedRelationships'],
  ['unchanged', '=', 'Unchanged: as the graph already held them from this article', 'unchangedRelationships'],
]);

/**
 * The Explorer's address for a relationship: centred on its less connected end (so that the
 * relationship is among the neighbourhood's first), with its evidence open.
 * @param {ResultRelationship} r
 */
export function explorerLink(r) {
  const end = r.source.degree <= r.target.degree ? r.source : r.target;
  return `/explore?focus=${encodeURIComponent(end.id)}&select=${encodeURIComponent(r.id)}`;
}

/**
 * One relationship of the answer: its claim and this article's quote.
 * @param {ResultRelationship} r
 * @param {string} articleId
 * @param {boolean} links whether to link it to the Explorer
 */
function relationshipItem(r, articleId, links) {
  const quotes = r.evidence.filter((e) => e.article.id === articleId).map((e) => e.quote);
  const when = [r.validFrom, r.validTo].filter(Boolean).join(' – ');
  return h(
    'li',
    { dataset: { id: r.id } },
    h('span', { class: 'claim' }, `${r.source.name} —${r.type}→ ${r.target.name}`),
    h(
      'span',
      { class: 'muted small' },
      [when, r.role, r.topic, r.status === 'REPORTED' ? null : r.status.toLowerCase()]
        .filter(Boolean)
        .map((x) => ` · ${x}`)
        .join(''),
    ),
    quotes.map((q) => h('blockquote', { class: 'quote-text' }, q)),
    links ? h('a', { href: explorerLink(r), class: 'explorer-link' }, 'Open in the Explorer') : null,
  );
}

/**
 * The diff of an ingest's answer.
 * @param {IngestResult} result
 * @param {{ links?: boolean, names?: Map<string, string>, matched?: Map<string, string> }} [options] `links`: to the
 *   Explorer; `names`: of removed relationships, by id; `matched`: what the draft called the input entities matched, by input id
 * @returns {HTMLElement}
 */
export function resultDiff(result, { links = false, names = new Map(), matched = new Map() } = {}) {
  const articleId = result.article.id;
  const rels = KINDS.map(([kind, mark, heading, field]) => {
    const items = result[field];
    return items.length
      ? h(
          'section',
          { class: `diff diff-${kind}`, 'aria-label': heading },
          h('h3', {}, h('span', { class: 'diff-mark', 'aria-hidden': 'true' }, mark), ` ${heading} (${items.length})`),
          h(
            'ul',
            {},
            items.map((r) => relationshipItem(r, articleId, links)),
          ),
        )
      : null;
  });
  const removed = result.removedRelationshipIds;
  return h(
    'div',
    { class: 'result-diff' },
    h(
      'p',
      { class: 'diff-totals' },
      `${result.dryRun ? 'Would add' : 'Added'} ${result.evidenceAdded} quote${result.evidenceAdded === 1 ? '' : 's'}` +
        (result.evidenceRemoved ? `, ${result.dryRun ? 'would remove' : 'removed'} ${result.evidenceRemoved}` : '') +
        '.',
    ),
    rels,
    removed.length
      ? h(
          'section',
          { class: 'diff diff-removed', 'aria-label': 'Removed' },
          h(
            'h3',
            {},
            h('span', { class: 'diff-mark', 'aria-hidden': 'true' }, '−'),
            ` Removed: only the earlier version of this article supported them (${removed.length})`,
          ),
          h(
            'ul',
            {},
            removed.map((id) => h('li', { dataset: { id } }, names.get(id) ?? id)),
          ),
        )
      : null,
    result.createdEntities.length
      ? h(
          'section',
          { class: 'diff diff-actors', 'aria-label': 'New actors' },
          h('h3', {}, h('span', { class: 'diff-mark', 'aria-hidden': 'true' }, '+'), ` New actors (${result.createdEntities.length})`),
          h(
            'ul',
            { class: 'actor-list' },
            result.createdEntities.map((e) => h('li', {}, swatch(e.type, 14), ` ${e.name}`)),
          ),
        )
      : null,
    result.mergedEntities.length
      ? h(
          'section',
          { class: 'diff diff-matched', 'aria-label': 'Matched actors' },
          h(
            'h3',
            {},
            h('span', { class: 'diff-mark', 'aria-hidden': 'true' }, '='),
            ` Matched to actors in the graph (${result.mergedEntities.length})`,
          ),
          h(
            'ul',
            { class: 'actor-list' },
            result.mergedEntities.map((m) =>
              h('li', {}, swatch(m.entity.type, 14), ` ${matched.get(m.inputId) ?? m.inputId} → ${m.entity.name}`),
            ),
          ),
        )
      : null,
  );
}
