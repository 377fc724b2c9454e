/** How list-valued fields become one text cell in GraphML and CSV; shared so both read alike. */
import type { QuantityModel } from '../domain/models.js';
import { publicationStart } from '../domain/known-from.js';
import type { ExportEvidenceItem } from './records.js';

/** The evidence fields the older formats write. */
type ExportEvidence = Pick<ExportEvidenceItem, 'quote' | 'articleId' | 'articleSource' | 'articleUrl' | 'publishedAt'>;

/** Aliases joined with " | ". */
export function aliasesText(aliases: readonly string[]): string {
  return aliases.join(' | ');
}

/** Quantities as `label: value unit`, joined with "; ". */
export function quantitiesText(quantities: readonly QuantityModel[]): string {
  return quantities.map((q) => `${q.label ? `${q.label}: ` : ''}${q.value} ${q.unit}`).join('; ');
}

/** Evidence as `quote — source (date) url`, one per line; date and url only when known. */
export function evidenceText(evidence: readonly ExportEvidence[]): string {
  return evidence
    .map(
      (ev) => `${ev.quote} — ${ev.articleSource}${ev.publishedAt ? ` (${ev.publishedAt})` : ''}${ev.articleUrl ? ` ${ev.articleUrl}` : ''}`,
    )
    .join('\n');
}

/** Distinct outlets behind the evidence, case-insensitively (as Relationship.sourceCount counts them). */
export function sourceCount(evidence: readonly ExportEvidence[]): number {
  return new Set(evidence.map((ev) => ev.articleSource.toLowerCase())).size;
}

const compare = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

/**
 * Evidence in the order the older formats (JSON, GraphML, CSV) have always listed it: by the
 * publication start of its article (undated last), then article id, then evidence id, as Neo4j
 * ordered `evidenceByRelationshipIds`. The records carry evidence in id order.
 */
export function inArticleOrder<T extends ExportEvidenceItem>(evidence: readonly T[]): T[] {
  return evidence
    .map((ev) => ({ ev, start: publicationStart(ev.publishedAt) }))
    .sort((a, b) => compare(a.start, b.start) || compare(a.ev.articleId, b.ev.articleId) || compare(a.ev.id, b.ev.id))
    .map(({ ev }) => ev);
}
