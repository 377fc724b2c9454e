/**
 * Scores analyzeText against the annotated corpus, as README.md in this folder defines: known-entity
 * mentions, new actors (and their types), relationships, and the dates and amounts of the found
 * relationships that state them.
 */
import type { CandidateRelationship, TextAnalysis } from '../../../src/analyze/types.js';
import { SYMMETRIC_RELATIONS } from '../../../src/domain/vocabulary.js';
import type { CorpusArticle } from './corpus-article.js';

/** A marked span of the plain text. */
export interface Span {
  start: number;
  end: number;
}

/** The plain text of an annotated article, and its marked mentions. */
export interface ParsedArticle {
  text: string;
  known: (Span & { id: string })[];
  actors: (Span & { id: string; type: string })[];
}

/** The slug of a surface: lower case, accents removed, other runs of characters one hyphen. */
export function slug(surface: string): string {
  return surface
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
}

/** Strips the markup (`[[surface|id]]`, `{{surface|TYPE}}`, `{{surface|TYPE|id}}`) and records each span. */
export function parseArticle(annotated: string): ParsedArticle {
  const out: ParsedArticle = { text: '', known: [], actors: [] };
  let last = 0;
  for (const m of annotated.matchAll(/\[\[([^|\]]+)\|([^\]]+)\]\]|\{\{([^|}]+)\|([^|}]+)(?:\|([^}]+))?\}\}/g)) {
    out.text += annotated.slice(last, m.index);
    const surface = m[1] ?? m[3]!;
    const span = { start: out.text.length, end: out.text.length + surface.length };
    if (m[1] !== undefined) out.known.push({ ...span, id: m[2]! });
    else out.actors.push({ ...span, type: m[4]!, id: m[5] ?? slug(surface) });
    out.text += surface;
    last = m.index + m[0].length;
  }
  out.text += annotated.slice(last);
  return out;
}

/** Whether two spans overlap by at least half of the longer one. */
export function overlaps(a: Span, b: Span): boolean {
  const shared = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return shared > 0 && shared >= 0.5 * Math.max(a.end - a.start, b.end - b.start);
}

/** Hits over a total, for one figure. */
export interface Ratio {
  hits: number;
  of: number;
}

/** The figures of a set of articles. */
export interface CorpusScore {
  articles: number;
  mentionsRecall: Ratio;
  mentionsPrecision: Ratio;
  /** Known-entity mentions the analyser found inside an annotated new actor's span (should be none). */
  mentionsInsideActors: number;
  actorsRecall: Ratio;
  actorsPrecision: Ratio;
  typesCorrect: Ratio;
  relationshipsRecall: Ratio;
  relationshipsPrecision: Ratio;
  datesAndAmounts: Ratio;
}

const SYMMETRIC = new Set<string>(SYMMETRIC_RELATIONS);
const key = (type: string, a: string, b: string): string => (SYMMETRIC.has(type) && b < a ? `${type} ${b} ${a}` : `${type} ${a} ${b}`);
const ratio = (): Ratio => ({ hits: 0, of: 0 });
const add = (r: Ratio, hits: number, of: number): void => {
  r.hits += hits;
  r.of += of;
};

/** Scores `analyse` on `articles`. */
export function scoreCorpus(
  articles: readonly CorpusArticle[],
  analyse: (text: string, article: CorpusArticle) => TextAnalysis,
): CorpusScore {
  const s: CorpusScore = {
    articles: articles.length,
    mentionsRecall: ratio(),
    mentionsPrecision: ratio(),
    mentionsInsideActors: 0,
    actorsRecall: ratio(),
    actorsPrecision: ratio(),
    typesCorrect: ratio(),
    relationshipsRecall: ratio(),
    relationshipsPrecision: ratio(),
    datesAndAmounts: ratio(),
  };
  for (const article of articles) {
    const gold = parseArticle(article.annotated);
    const got = analyse(gold.text, article);
    const foundMention = (k: ParsedArticle['known'][number]): boolean => got.mentions.some((m) => m.entityId === k.id && overlaps(m, k));
    add(s.mentionsRecall, gold.known.filter(foundMention).length, gold.known.length);
    add(
      s.mentionsPrecision,
      got.mentions.filter((m) => gold.known.some((k) => k.id === m.entityId && overlaps(m, k))).length,
      got.mentions.length,
    );
    s.mentionsInsideActors += got.mentions.filter((m) => gold.actors.some((a) => m.start >= a.start && m.end <= a.end)).length;

    const actorIds = [...new Set(gold.actors.map((a) => a.id))];
    const candidateOf = (id: string) => got.candidateEntities.find((c) => gold.actors.some((a) => a.id === id && overlaps(c, a)));
    const found = actorIds.filter((id) => candidateOf(id));
    add(s.actorsRecall, found.length, actorIds.length);
    add(
      s.actorsPrecision,
      got.candidateEntities.filter((c) => gold.actors.some((a) => overlaps(c, a))).length,
      got.candidateEntities.length,
    );
    add(s.typesCorrect, found.filter((id) => candidateOf(id)!.type === gold.actors.find((a) => a.id === id)!.type).length, found.length);

    // A proposed end is a known id, or the new actor whose annotated span the candidate overlaps.
    // A candidate end is the new actor one of that candidate's surfaces is (an end may stand where
    // the text refers back to it, "the company", rather than where it is named).
    const endId = (isCandidate: boolean, id: string, span: Span): string => {
      if (!isCandidate) return id;
      const surfaces = got.candidateEntities.filter((c) => c.id === id);
      const actor = gold.actors.find((a) => overlaps(span, a)) ?? gold.actors.find((a) => surfaces.some((c) => overlaps(c, a)));
      return actor?.id ?? `candidate:${id}`;
    };
    const proposed = new Map<string, CandidateRelationship>();
    for (const r of got.candidateRelationships) {
      const a = endId(r.sourceIsCandidate, r.sourceId, { start: r.sourceStart, end: r.sourceEnd });
      const b = endId(r.targetIsCandidate, r.targetId, { start: r.targetStart, end: r.targetEnd });
      if (!proposed.has(key(r.type, a, b))) proposed.set(key(r.type, a, b), r);
    }
    const annotated = new Map(article.relationships.map((r) => [key(r.type, r.source, r.target), r]));
    add(s.relationshipsRecall, [...annotated.keys()].filter((k) => proposed.has(k)).length, annotated.size);
    add(s.relationshipsPrecision, [...proposed.keys()].filter((k) => annotated.has(k)).length, proposed.size);
    for (const [k, r] of annotated) {
      const p = proposed.get(k);
      if (!p || (r.validFrom === undefined && r.quantities === undefined)) continue;
      const same =
        (p.validFrom ?? undefined) === r.validFrom &&
        JSON.stringify([...p.quantities].map((q) => [q.value, q.unit]).sort()) ===
          JSON.stringify([...(r.quantities ?? [])].map((q) => [q.value, q.unit]).sort());
      add(s.datesAndAmounts, same ? 1 : 0, 1);
    }
  }
  return s;
}

/** A figure as `0.85 (17/20)`. */
export const show = (r: Ratio): string => `${r.of ? (r.hits / r.of).toFixed(2) : 'n/a'} (${r.hits}/${r.of})`;
/** A figure as a number, 1 when there is nothing to count. */
export const value = (r: Ratio): number => (r.of ? r.hits / r.of : 1);
