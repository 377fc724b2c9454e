/**
 * From analyzeText's answer to the draft's actors and proposals: one actor per known entity named
 * (with every place it is named), one per candidate (with its other surface forms), and one
 * proposal per relationship of the answer's draft, quoted as the draft quotes it and placed where
 * that quote stands in the text.
 */
import { slugify } from './draft-model.js';

/**
 * @typedef {import('./draft-model.js').Draft} Draft
 * @typedef {import('./draft-model.js').Actor} Actor
 * @typedef {import('./draft-model.js').Rel} Rel
 * @typedef {import('./draft-model.js').KnownEntity} KnownEntity
 * @typedef {{
 *   mentions: { entityId: string, start: number, end: number, entity: KnownEntity }[],
 *   candidateEntities: { suggestedId: string, type: string, start: number, end: number }[],
 *   candidateRelationships: {
 *     type: string, sourceId: string, targetId: string, sourceIsCandidate: boolean, targetIsCandidate: boolean,
 *     source: KnownEntity | null, target: KnownEntity | null,
 *     sourceStart: number, sourceEnd: number, targetStart: number, targetEnd: number,
 *     quote: string, sentenceStart: number, sentenceEnd: number, trigger: string, confidence: number, validFrom: string | null,
 *   }[],
 *   draft: {
 *     entities: { id: string, name: string, type: string, aliases: string[] }[],
 *     relationships: {
 *       type: string, source: string, target: string, topic: string | null, role: string | null, validFrom: string | null,
 *       validTo: string | null, status: string, note: string | null, quantities: import('./draft-model.js').Quantity[],
 *       evidence: { quote: string }[],
 *     }[],
 *   },
 * }} Analysis
 */

/** @param {string} id */
const knownKey = (id) => `k:${id}`;
/** @param {string} id */
const candidateKey = (id) => `c:${id}`;

/**
 * The actors of an analysis: known entities first in the order the text names them, then the candidates.
 * @param {Analysis} analysis
 * @returns {Actor[]}
 */
function actorsOf(analysis) {
  /** @type {Map<string, Actor>} */
  const actors = new Map();
  /**
   * @param {KnownEntity} e
   * @param {{ start: number, end: number } | null} span
   */
  const known = (e, span) => {
    let a = actors.get(knownKey(e.id));
    if (!a) {
      a = {
        key: knownKey(e.id),
        origin: 'known',
        id: e.id,
        name: e.name,
        type: e.type,
        aliases: e.aliases,
        spans: [],
        decision: 'accepted',
        merge: null,
      };
      actors.set(a.key, a);
    }
    if (span && !a.spans.some((s) => s.start === span.start && s.end === span.end)) a.spans.push(span);
  };
  for (const m of analysis.mentions) known(m.entity, { start: m.start, end: m.end });
  // A country known only from a demonym ("Peruvian") is an end of a proposal without a mention.
  for (const r of analysis.candidateRelationships) {
    if (r.source) known(r.source, { start: r.sourceStart, end: r.sourceEnd });
    if (r.target) known(r.target, { start: r.targetStart, end: r.targetEnd });
  }
  for (const e of analysis.draft.entities) {
    actors.set(candidateKey(e.id), {
      key: candidateKey(e.id),
      origin: 'candidate',
      id: e.id,
      name: e.name,
      type: e.type,
      aliases: [],
      spans: analysis.candidateEntities.filter((c) => c.suggestedId === e.id).map((c) => ({ start: c.start, end: c.end })),
      decision: 'pending',
      merge: null,
    });
  }
  for (const a of actors.values()) a.spans.sort((x, y) => x.start - y.start);
  return [...actors.values()];
}

/**
 * The proposals of an analysis, one per relationship of its draft, in text order.
 * @param {Analysis} analysis
 * @param {string} text
 * @param {() => number} nextKey
 * @returns {Rel[]}
 */
function proposalsOf(analysis, text, nextKey) {
  const used = new Set();
  /** @type {Rel[]} */
  const proposals = [];
  for (const c of analysis.candidateRelationships) {
    const i = analysis.draft.relationships.findIndex(
      (d, j) => !used.has(j) && d.type === c.type && d.source === c.sourceId && d.target === c.targetId && d.validFrom === c.validFrom,
    );
    const d = analysis.draft.relationships[i];
    if (!d) continue;
    used.add(i);
    const quote = d.evidence[0]?.quote ?? c.quote;
    const at = text.indexOf(quote, c.sentenceStart);
    const [quoteStart, quoteEnd] = at >= 0 ? [at, at + quote.length] : [c.sentenceStart, c.sentenceEnd];
    proposals.push({
      key: `p${nextKey()}`,
      origin: 'proposed',
      decision: 'pending',
      type: d.type,
      source: c.sourceIsCandidate ? candidateKey(c.sourceId) : knownKey(c.sourceId),
      target: c.targetIsCandidate ? candidateKey(c.targetId) : knownKey(c.targetId),
      topic: d.topic,
      role: d.role,
      validFrom: d.validFrom,
      validTo: d.validTo,
      status: d.status,
      quantities: d.quantities.map((q) => ({ value: q.value, unit: q.unit, label: q.label ?? null })),
      note: d.note,
      quote: text.slice(quoteStart, quoteEnd),
      quoteStart,
      quoteEnd,
      confidence: c.confidence,
      trigger: c.trigger,
    });
  }
  return proposals.sort((a, b) => a.quoteStart - b.quoteStart);
}

/**
 * Puts an analysis of `text` into the draft, replacing any earlier one and the decisions made on it.
 * @param {Draft} draft
 * @param {Analysis} analysis
 * @param {string} text
 */
export function applyAnalysis(draft, analysis, text) {
  draft.analysedText = text;
  draft.actors = actorsOf(analysis);
  draft.relationships = proposalsOf(analysis, text, () => draft.nextKey++);
  draft.current = { actor: draft.actors.find((a) => a.origin !== 'known')?.key ?? null, relationship: draft.relationships[0]?.key ?? null };
  draft.review = null;
  draft.problems = [];
}

/**
 * An article id from the title (and the date, when given): `2025-03-12-chinese-power-group-completes-purchase`.
 * @param {{ title: string, publishedAt: string }} article
 */
export function suggestedArticleId({ title, publishedAt }) {
  const words = slugify(title, 48);
  const date = /^\d{4}(-\d{2}){0,2}$/.test(publishedAt.trim()) ? publishedAt.trim() : '';
  return [date, words].filter(Boolean).join('-');
}
