/** How list-valued fields become one text cell in GraphML and CSV; shared so both read alike. */
import type { QuantityModel } from '../domain/models.js';
import type { ExportEvidence } from './export-subgraph.js';

/** Items sorted by id in code-unit order (the same on every machine and locale). */
export function byId<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

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
