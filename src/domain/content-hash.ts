/**
 * The content version of the graph (Query.stats.dataVersion) as an order-independent sum of
 * per-item hashes: every article, entity, and relationship with its evidence contributes the
 * SHA-256 of its content, read as eight 32-bit words, and the version is the word-wise sum modulo
 * 2^32 of all of them (hex, 64 digits). Equal content gives an equal version whatever the order of
 * the writes that made it; a write adds its items' new hashes and takes away their old ones, so
 * the version never has to be computed from the whole graph again.
 *
 * What counts as content is what a snapshot holds (src/snapshot): not the audit trail, who
 * recorded what, derived keys and dates, nor the order evidence is listed in.
 */
import { createHash } from 'node:crypto';

/** Words of a hash and of the version. */
export const VERSION_WORDS = 8;

/** A version or a hash as its eight words. */
export type VersionSums = readonly number[];

/** The version of an empty graph. */
export const EMPTY_SUMS: VersionSums = Array.from({ length: VERSION_WORDS }, () => 0);

const WORD = 2 ** 32;

/** An article's content. */
export interface ArticleContent {
  id: string;
  title: string | null;
  source: string;
  url: string | null;
  publishedAt: string | null;
  language: string | null;
  note: string | null;
}

/** An entity's content. */
export interface EntityContent {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[] | null;
  description: string | null;
  mergedIds: readonly string[] | null;
  /** Identifier keys (`SCHEME:value`) in scheme order; none (absent or empty) leaves the hash as it was before identifiers. */
  identifiers?: readonly string[] | null;
}

/** A relationship's content, with its evidence (quotes and the articles they cite). */
export interface RelationshipContent {
  id: string;
  type: string;
  source: string;
  target: string;
  topic: string | null;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: string;
  reportedStatus: string | null;
  disputedBy: readonly string[] | null;
  quantities: readonly { value: number; unit: string; label?: string | null }[];
  note: string | null;
  evidence: readonly { article: string; quote: string }[];
}

const hex = (kind: string, canonical: unknown): string =>
  createHash('sha256')
    .update(`${kind}\0${JSON.stringify(canonical)}`)
    .digest('hex');
const orNull = <T>(v: T | null | undefined): T | null => v ?? null;

/** The hash (hex) of an article's content. */
export const articleHash = (a: ArticleContent): string =>
  hex('article', [a.id, orNull(a.title), a.source, orNull(a.url), orNull(a.publishedAt), a.language ?? 'en', orNull(a.note)]);

/** The hash (hex) of an entity's content. */
export const entityHash = (e: EntityContent): string =>
  hex('entity', [
    e.id,
    e.name,
    e.type,
    e.aliases ?? [],
    orNull(e.description),
    e.mergedIds ?? [],
    // Only when there are some: the entities without identifiers keep the hashes they had.
    ...(e.identifiers?.length ? [e.identifiers] : []),
  ]);

/** The hash (hex) of a relationship's content, or null for one without evidence (which no snapshot holds). */
export function relationshipHash(r: RelationshipContent): string | null {
  if (r.evidence.length === 0) return null;
  const evidence = r.evidence
    .map((ev) => [ev.article, ev.quote])
    .sort(([a1, q1], [a2, q2]) => (a1! < a2! ? -1 : a1! > a2! ? 1 : q1! < q2! ? -1 : q1! > q2! ? 1 : 0));
  return hex('relationship', [
    r.id,
    r.type,
    r.source,
    r.target,
    orNull(r.topic),
    orNull(r.role),
    orNull(r.validFrom),
    orNull(r.validTo),
    r.status,
    orNull(r.reportedStatus),
    r.disputedBy ?? [],
    r.quantities.map((x) => [x.value, x.unit, x.label ?? null]),
    orNull(r.note),
    evidence,
  ]);
}

/** A hash (hex) as its words; null (nothing) as zeros. */
export const hashWords = (hash: string | null): VersionSums =>
  hash === null ? EMPTY_SUMS : Array.from({ length: VERSION_WORDS }, (_, i) => Number.parseInt(hash.slice(i * 8, i * 8 + 8), 16));

/** `a + sign × b`, word by word, modulo 2^32. */
export const addSums = (a: VersionSums, b: VersionSums, sign: 1 | -1 = 1): VersionSums =>
  a.map((x, i) => (((x + sign * b[i]!) % WORD) + WORD) % WORD);

/** The version (hex) of these sums. */
export const versionHex = (sums: VersionSums): string => sums.map((w) => w.toString(16).padStart(8, '0')).join('');

/** The version (hex) of a whole content, item by item. */
export function contentVersion(content: {
  articles: readonly ArticleContent[];
  entities: readonly EntityContent[];
  relationships: readonly RelationshipContent[];
}): string {
  let sums = EMPTY_SUMS;
  for (const h of [
    ...content.articles.map(articleHash),
    ...content.entities.map(entityHash),
    ...content.relationships.map(relationshipHash),
  ])
    sums = addSums(sums, hashWords(h));
  return versionHex(sums);
}
