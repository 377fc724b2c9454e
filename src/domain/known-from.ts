/**
 * `knownFrom` of a relationship: the earliest date at which any of its evidence reported it, the
 * publication start of the oldest article its quotes cite. As-of queries read it (a relationship is
 * known at a date from then on). The database computes the same rule from every evidence item it
 * holds (`refreshKnownFrom` in src/store/cypher/write-evidence.ts), so a write that adds evidence to a
 * relationship keeps it current; test/seed/seed-graph.test.ts ties the two.
 */
import { parsePartialDate } from './partial-date.js';

/** The first day an article's publication date covers (`2024-07` → `2024-07-01`), or null when it has none. */
export const publicationStart = (publishedAt: string | null | undefined): string | null =>
  publishedAt ? (parsePartialDate(publishedAt)?.start ?? null) : null;

/** Each article's publication start (publicationStart), by article id; a later article of one id wins. */
export function publicationStarts(articles: readonly { id: string; publishedAt: string | null }[]): Map<string, string | null> {
  return new Map(articles.map((a) => [a.id, publicationStart(a.publishedAt)]));
}

/**
 * The earliest publication start of the articles the evidence cites, or null when none of them is
 * dated or known to `published`.
 * @param published each article's publication start, by id (publicationStarts)
 */
export function knownFrom({
  evidence,
  published,
}: {
  evidence: readonly { article: string }[];
  published: ReadonlyMap<string, string | null>;
}): string | null {
  let earliest: string | null = null;
  for (const ev of evidence) {
    const date = published.get(ev.article) ?? null;
    if (date !== null && (earliest === null || date < earliest)) earliest = date;
  }
  return earliest;
}
