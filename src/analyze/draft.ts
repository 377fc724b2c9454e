/**
 * The ingest input a text analysis amounts to: one article, the candidate entities and the
 * candidate relationships, in the shape of `ArticleInput`, made to pass ingest's checks (slug ids,
 * no duplicate ids or claims, endpoints in the input or the graph, short verbatim quotes). Pure.
 */
import type { IdentifierScheme } from '../domain/identifiers.js';
import { createHash } from 'node:crypto';
import { articleSchema, entitySchema, evidenceSchema } from '../article-file/format.js';
import { isPartialDate } from '../domain/partial-date.js';
import { SYMMETRIC_RELATIONS, type EntityType, type RelationType, type Status } from '../domain/vocabulary.js';
import type { ArticleMeta, CandidateEntity, CandidateRelationship } from './types.js';

/** `ArticleRecordInput` as a draft gives it. */
export interface ArticleRecordDraft {
  id: string;
  title: string | null;
  source: string;
  url: string | null;
  publishedAt: string | null;
  language: string;
  note: string | null;
  text: string | null;
}

/** `EntityInput` as a draft gives it: a candidate entity. */
export interface EntityDraft {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  description: string | null;
  mergedIds: string[];
  /** Always empty: the analyser never guesses an identifier. */
  identifiers: { scheme: IdentifierScheme; value: string }[];
}

/** `QuantityInput` as a draft gives it. */
export interface QuantityDraft {
  value: number;
  unit: string;
  label: string | null;
}

/** `EvidenceInput` as a draft gives it. */
export interface EvidenceDraft {
  article: string;
  quote: string;
}

/** `RelationshipInput` as a draft gives it: a candidate relationship. */
export interface RelationshipDraft {
  type: RelationType;
  source: string;
  target: string;
  topic: string | null;
  role: string | null;
  validFrom: string | null;
  validTo: string | null;
  status: Status;
  quantities: QuantityDraft[];
  evidence: EvidenceDraft[];
  note: string | null;
}

/** `ArticleInput` as a draft gives it: what `ingestArticle` takes back unchanged. */
export interface ArticleDraft {
  articles: ArticleRecordDraft[];
  entities: EntityDraft[];
  relationships: RelationshipDraft[];
}

/** The source of a draft article when neither `article.source` nor a URL gives one. */
export const UNSPECIFIED_SOURCE = 'unspecified';

/** The language of a draft article when `article.language` is absent: ingest's own default. */
const DEFAULT_LANGUAGE = articleSchema.shape.language.parse(undefined);

const sha256 = (s: string): string => createHash('sha256').update(s).digest('hex');
const oneLine = (s: string): string => s.replace(/\s+/g, ' ').trim();
const isSlug = (id: string): boolean => entitySchema.shape.id.safeParse(id).success;
const fitsQuote = (quote: string): boolean => evidenceSchema.shape.quote.safeParse(quote).success;
const SYMMETRIC: ReadonlySet<string> = new Set(SYMMETRIC_RELATIONS);

/**
 * The draft of an ingest input for an analysed text:
 * - one article: `article.id`, else `article-` and the first 12 hex digits of the text's SHA-256;
 *   `article.source`, else the host of `article.url`, else `unspecified`; title, URL and date as
 *   given; `article.language`, else ingest's default (`en`); the text itself, so ingest checks
 *   every quote against it;
 * - one entity per candidate id, in text order: its first surface form (whitespace collapsed) as
 *   the name, its other distinct surface forms as aliases, the first occurrence's type. A
 *   candidate id that is not a slug ingest takes (letters outside a–z) becomes one, and one that
 *   `knownIds` holds gets a suffix, so that ingest never mistakes the candidate for a known
 *   entity. Known entities are referenced, not listed;
 * - one relationship per type, ends and `validFrom` (either direction for a symmetric type),
 *   with the highest confidence among its proposals and in the order they were proposed: REPORTED,
 *   `validFrom` when it is a partial date, the quantities, the sentence as the quote (when it is
 *   longer than ingest allows, the words around both ends and the trigger, else around the
 *   trigger), and a note naming the trigger and the confidence. A proposal whose candidate end is
 *   not among `candidateEntities`, or whose ends are one entity, is left out.
 */
export function draft({
  text,
  article = {},
  candidateEntities,
  candidateRelationships,
  knownIds = new Set(),
}: {
  text: string;
  article?: ArticleMeta;
  candidateEntities: readonly CandidateEntity[];
  candidateRelationships: readonly CandidateRelationship[];
  /** The known entities' ids, which no candidate may take; default none. */
  knownIds?: ReadonlySet<string>;
}): ArticleDraft {
  const record = articleRecord(text, article);
  const { entities, idOf } = entityDrafts(candidateEntities, knownIds);
  return { articles: [record], entities, relationships: relationshipDrafts(text, record.id, candidateRelationships, idOf) };
}

function articleRecord(text: string, article: ArticleMeta): ArticleRecordDraft {
  return {
    id: article.id || `article-${sha256(text).slice(0, 12)}`,
    title: article.title ?? null,
    source: article.source?.trim() ? article.source : (hostOf(article.url) ?? UNSPECIFIED_SOURCE),
    url: article.url ?? null,
    publishedAt: article.publishedAt ?? null,
    language: article.language || DEFAULT_LANGUAGE,
    note: null,
    text,
  };
}

/** The host of a URL (`www.example.org`), or undefined when there is no URL or it has none. */
function hostOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

function entityDrafts(
  candidates: readonly CandidateEntity[],
  knownIds: ReadonlySet<string>,
): { entities: EntityDraft[]; idOf: Map<string, string> } {
  const byId = new Map<string, CandidateEntity[]>();
  for (const c of candidates) byId.set(c.id, [...(byId.get(c.id) ?? []), c]);
  const idOf = new Map<string, string>();
  const entities = [...byId].map(([candidateId, [first, ...rest]]): EntityDraft => {
    const id = entityId(candidateId, knownIds);
    idOf.set(candidateId, id);
    const name = oneLine(first!.text);
    return {
      id,
      name,
      type: first!.type,
      aliases: [...new Set(rest.map((c) => oneLine(c.text)))].filter((a) => a !== name),
      description: null,
      mergedIds: [],
      identifiers: [],
    };
  });
  return { entities, idOf };
}

/** A slug ingest takes for a candidate id, none of `knownIds`; a suffix of the id's hash keeps different ids apart. */
function entityId(candidateId: string, knownIds: ReadonlySet<string>): string {
  const suffix = sha256(candidateId).slice(0, 8);
  let id = candidateId;
  if (!isSlug(id)) {
    const ascii = candidateId.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    id = ascii ? `${ascii}-${suffix}` : `entity-${suffix}`;
  }
  return knownIds.has(id) ? `${id}-${suffix}` : id;
}

function relationshipDrafts(
  text: string,
  articleId: string,
  proposals: readonly CandidateRelationship[],
  idOf: ReadonlyMap<string, string>,
): RelationshipDraft[] {
  const best = new Map<string, { index: number; proposal: CandidateRelationship; source: string; target: string }>();
  proposals.forEach((r, index) => {
    const source = r.sourceIsCandidate ? idOf.get(r.sourceId) : r.sourceId;
    const target = r.targetIsCandidate ? idOf.get(r.targetId) : r.targetId;
    if (source === undefined || target === undefined || source === target) return;
    const ends = SYMMETRIC.has(r.type) ? [source, target].sort() : [source, target];
    const key = JSON.stringify([r.type, ...ends, validFrom(r)]);
    const prior = best.get(key);
    if (!prior) best.set(key, { index, proposal: r, source, target });
    else if (r.confidence > prior.proposal.confidence) best.set(key, { index: prior.index, proposal: r, source, target });
  });
  return [...best.values()]
    .sort((a, b) => a.index - b.index)
    .map(({ proposal: r, source, target }) => ({
      type: r.type,
      source,
      target,
      topic: null,
      role: null,
      validFrom: validFrom(r),
      validTo: null,
      status: 'REPORTED',
      quantities: r.quantities
        .filter((q) => Number.isFinite(q.value) && q.unit.trim() !== '')
        .map((q) => ({ value: q.value, unit: q.unit, label: null })),
      evidence: [{ article: articleId, quote: quoteOf(text, r) }],
      note: `Proposed by analyzeText from the trigger "${oneLine(r.trigger)}" with confidence ${r.confidence}.`,
    }));
}

const validFrom = (r: CandidateRelationship): string | null => (r.validFrom && isPartialDate(r.validFrom) ? r.validFrom : null);

/**
 * The quote of a proposal: its sentence when ingest takes a quote that long; else the words of the
 * sentence from the first to the last of its ends and trigger, or only the trigger's when those
 * are too many, widened a word at a time on either side while ingest still takes it.
 */
function quoteOf(text: string, r: CandidateRelationship): string {
  if (fitsQuote(r.quote)) return r.quote;
  const words = [...text.slice(r.sentenceStart, r.sentenceEnd).matchAll(/\S+/g)].map((m) => ({
    start: r.sentenceStart + m.index,
    end: r.sentenceStart + m.index + m[0].length,
  }));
  const span = (from: number, to: number): string => text.slice(words[from]!.start, words[to]!.end);
  const covering = (start: number, end: number): [number, number] => [
    words.findIndex((w) => w.end > start),
    words.findLastIndex((w) => w.start < end),
  ];
  let [from, to] = covering(Math.min(r.sourceStart, r.targetStart, r.triggerStart), Math.max(r.sourceEnd, r.targetEnd, r.triggerEnd));
  if (from < 0 || to < from || !fitsQuote(span(from, to))) [from, to] = covering(r.triggerStart, r.triggerEnd);
  if (from < 0 || to < from) return r.quote;
  for (let grew = true; grew;) {
    grew = false;
    if (to + 1 < words.length && fitsQuote(span(from, to + 1))) [to, grew] = [to + 1, true];
    if (from > 0 && fitsQuote(span(from - 1, to))) [from, grew] = [from - 1, true];
  }
  return span(from, to);
}
