/**
 * Who put an article in the graph, and when: its audit entries (`auditLog(articleId:)`, newest
 * first), asked once per article per page, and a link to the curation page for a correction.
 */
import { fill, h } from './dom.js';
import { ARTICLE_AUDIT } from './queries.js';

/**
 * @typedef {{ action: string, at: string, keyId: string, undone: boolean }} AuditEntry
 */

/** `2025-03-12T14:03:27.123Z` → `2025-03-12 14:03 UTC`. @param {string} at */
export function auditTime(at) {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) ? `${at.slice(0, 10)} ${at.slice(11, 16)} UTC` : at;
}

/**
 * What the audit trail says of an article, in a few words: the latest ingest (and how many there
 * were), or that none is recorded.
 * @param {AuditEntry[]} entries newest first
 * @returns {string}
 */
export function provenanceText(entries) {
  const ingests = entries.filter((e) => e.action === 'INGEST');
  const latest = ingests[0];
  if (!latest) return 'No ingest recorded (loaded from an article file).';
  const again = ingests.length > 1 ? ` (ingested ${ingests.length} times)` : '';
  return `Ingested by ${latest.keyId} on ${auditTime(latest.at)}${again}.`;
}

/**
 * Creates the provenance lines of the details panel.
 * @param {{ gql(query: string, variables?: Record<string, unknown>): Promise<any> }} api
 */
export function createProvenance(api) {
  /** @type {Map<string, Promise<AuditEntry[]>>} */
  const cache = new Map();

  /** @param {string} articleId */
  function entriesOf(articleId) {
    let entries = cache.get(articleId);
    if (!entries) {
      entries = api.gql(ARTICLE_AUDIT, { id: articleId }).then((d) => /** @type {AuditEntry[]} */ (d.auditLog.nodes));
      // A failed look-up is asked again the next time the article is shown.
      entries.catch(() => cache.delete(articleId));
      cache.set(articleId, entries);
    }
    return entries;
  }

  return {
    /**
     * A line saying who ingested the article and when (filled when the answer arrives), with a
     * link to correct or retract it on the curation page.
     * @param {string} articleId
     * @returns {HTMLElement}
     */
    line(articleId) {
      const text = h('span', { class: 'provenance-text' }, 'Looking up who ingested it …');
      const link = h('a', { href: `/curate?article=${encodeURIComponent(articleId)}`, class: 'curate-link' }, 'Correct it in Curate');
      entriesOf(articleId).then(
        (entries) => fill(text, provenanceText(entries)),
        () => fill(text, 'Who ingested it could not be looked up.'),
      );
      return h('p', { class: 'provenance muted small' }, text, ' · ', link);
    },
  };
}
