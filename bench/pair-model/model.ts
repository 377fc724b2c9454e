/**
 * An experiment, measured and not adopted (see train.ts): a relation model that, for each relation
 * type, is a logistic regression over the features of two entities of one sentence (features.ts). It
 * would add the relationships the rules miss when it is sure enough, and take back a rule's proposal
 * it finds very unlikely.
 */
import { RELATION_TYPE_NAMES, type RelationType } from '../../src/domain/vocabulary.js';
import { pairFeatures } from './features.js';
import { proposal, type Proposal } from '../../src/analyze/proposal.js';
import { fits } from '../../src/analyze/relation-ends.js';
import { triggerHits } from '../../src/analyze/trigger-hits.js';
import type { Endpoint } from '../../src/analyze/types.js';

/** The weights as stored: feature names, then per type the indexes and weights of its non-zero features. */
export interface PairModelData {
  version: 1;
  /** Per type, the probability a relationship the rules did not propose needs for the model to add it (none: it adds none). */
  add: Partial<Record<RelationType, number>>;
  /** Rule proposals the model scores below this are dropped. */
  veto: number;
  features: string[];
  types: Partial<Record<RelationType, { i: number[]; w: number[] }>>;
}

/** A loaded model: the probability that `type` holds from the pair whose features are given. */
export interface PairModel {
  readonly add: Partial<Record<RelationType, number>>;
  readonly veto: number;
  /** Whether the model has weights for a type: for one it has none for, it neither adds nor vetoes. */
  knows(type: RelationType): boolean;
  probability(type: RelationType, features: readonly string[]): number;
}

/** A model over `data`. */
export function pairModel(data: PairModelData): PairModel {
  const index = new Map(data.features.map((f, i) => [f, i]));
  const weights = new Map<RelationType, Float64Array>();
  for (const [type, { i, w }] of Object.entries(data.types) as [RelationType, { i: number[]; w: number[] }][]) {
    const dense = new Float64Array(data.features.length);
    i.forEach((k, n) => (dense[k] = w[n]!));
    weights.set(type, dense);
  }
  return {
    add: data.add,
    veto: data.veto,
    knows: (type) => weights.has(type),
    probability(type, features) {
      const w = weights.get(type);
      if (!w) return 0;
      let z = 0;
      for (const f of features) {
        const k = index.get(f);
        if (k !== undefined) z += w[k]!;
      }
      return 1 / (1 + Math.exp(-z));
    },
  };
}

/** The ordered pairs of distinct entities of a sentence that some relation type can join, nearest spans first. */
export function sentencePairs(inside: readonly Endpoint[]): [Endpoint, Endpoint][] {
  const pairs: [Endpoint, Endpoint][] = [];
  for (const a of inside)
    for (const b of inside) if (a.id !== b.id && RELATION_TYPE_NAMES.some((t) => fits(t, a.type, b.type))) pairs.push([a, b]);
  return pairs;
}

/**
 * One sentence's proposals after the model: the rules' proposals it does not veto, and for each pair
 * of its entities the types it scores at their `add` threshold or more that the rules did not propose.
 */
export function withModel({
  model,
  text,
  sentence,
  inside,
  proposed,
}: {
  model: PairModel;
  text: string;
  sentence: { start: number; end: number };
  inside: readonly Endpoint[];
  proposed: readonly Proposal[];
}): Proposal[] {
  const out: Proposal[] = [];
  const best = new Map<string, { p: number; source: Endpoint; target: Endpoint }>();
  const scores = new Map<string, number>();
  const hits = triggerHits(text, sentence, inside).map((h) => ({ type: h.trigger.type, start: h.start, end: h.end }));
  for (const [source, target] of sentencePairs(inside)) {
    const features = pairFeatures({ text, sentence, source, target, inside, proposed, hits });
    for (const type of RELATION_TYPE_NAMES) {
      if (!fits(type, source.type, target.type) || !model.knows(type)) continue;
      const p = model.probability(type, features);
      const key = `${type} ${source.id} ${target.id}`;
      scores.set(key, Math.max(scores.get(key) ?? 0, p));
      if (p >= (model.add[type] ?? Infinity) && p > (best.get(key)?.p ?? 0)) best.set(key, { p, source, target });
    }
  }
  for (const r of proposed) if ((scores.get(`${r.type} ${r.sourceId} ${r.targetId}`) ?? 1) >= model.veto) out.push(r);
  const ruled = new Set(proposed.map((r) => `${r.type} ${r.sourceId} ${r.targetId}`));
  for (const [key, { p, source, target }] of best) {
    if (ruled.has(key)) continue;
    const type = key.slice(0, key.indexOf(' ')) as RelationType;
    const [first, second] = source.start < target.start ? [source, target] : [target, source];
    // The words between the ends, spaces trimmed, stand as the trigger.
    const between = text.slice(first.end, Math.max(first.end, second.start));
    const start = first.end + (between.length - between.trimStart().length);
    const hit = { start, end: Math.max(start, first.end + between.trimEnd().length) };
    // The rules' proposal shape, with the model's probability as its confidence.
    out.push({ ...proposal({ text, type, source, target, hit, strength: p }), confidence: Math.round(p * 100) / 100 });
  }
  return out;
}
