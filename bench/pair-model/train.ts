/**
 * An experiment, measured and not adopted: can a statistical relation model (model.ts) trained on
 * the tuned half and the training batches of the corpus add what the rules miss on unseen news?
 * `npm run bench:pair-model` trains it and prints its cross-validated figures (RESULTS-analyze.md).
 *
 * For every sentence of every article, every ordered pair of its entities that a relation type can
 * join is one example per fitting type, positive when the article lists that relationship from a
 * sentence overlapping this one. Each type is a logistic regression (AdaGrad, L2). The thresholds at
 * which the model adds a relationship of each type are chosen by five-fold cross-validation over
 * articles (see `thresholds`), and the result is scored end to end by the corpus scorer on the
 * training batches' held-out folds. The held-out and fresh sets are never read here.
 */
import { analysisEndpoints } from '../../src/analyze/analyze-text.js';
import type { TextAnalysis } from '../../src/analyze/types.js';
import { TRAIN } from '../../test/analyze/corpus/train/index.js';
import { pairFeatures } from './features.js';
import { pairModel, sentencePairs, withModel, type PairModel, type PairModelData } from './model.js';
import { proposeRelationships } from '../../src/analyze/propose-relationships.js';
import { fits } from '../../src/analyze/relation-ends.js';
import { triggerHits } from '../../src/analyze/trigger-hits.js';
import type { Endpoint } from '../../src/analyze/types.js';
import { RELATION_TYPE_NAMES, SYMMETRIC_RELATIONS, type RelationType } from '../../src/domain/vocabulary.js';
import { CATALOG } from '../../test/analyze/fixtures.js';
import type { CorpusArticle } from '../../test/analyze/corpus/corpus-article.js';
import { overlaps, parseArticle, scoreCorpus, show } from '../../test/analyze/corpus/score-corpus.js';
import { READER_SENTENCE_BREAK } from '../../test/analyze/corpus/corpus-problems.js';
import { TUNED } from '../../test/analyze/corpus/tuned/index.js';

/** How often the model's additions of a type must have been right across the held-out folds. */
const ADD_PRECISION = 0.75;
/** The fewest right additions across the folds that make a type's threshold worth having. */
const MIN_RIGHT = 5;
const FOLDS = 5;
const EPOCHS = 12;
const RATE = 0.2;
const L2 = 1e-4;
/** Features seen fewer times than this in training are left out. */
const MIN_COUNT = 2;
/** Weights smaller than this are left out of the stored model. */
const PRUNE = 0.15;

interface Example {
  features: string[];
  type: RelationType;
  positive: boolean;
  article: number;
}

const SYMMETRIC = new Set<string>(SYMMETRIC_RELATIONS);

/** Sentence spans as a reader counts them (corpus-problems.ts counts the same way). */
function readerSentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(READER_SENTENCE_BREAK)) {
    out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  out.push({ start, end: text.length });
  return out;
}

/** The rules' analysis of an article, and with a model, its additions and vetoes sentence by sentence. */
function analyse(text: string, article: CorpusArticle, model: PairModel | null): TextAnalysis {
  const meta = { publishedAt: article.publishedAt, language: article.language };
  const { parsed, mentions, candidateEntities, endpoints, countryOfDemonym } = analysisEndpoints({ text, catalog: CATALOG, article: meta });
  const rules = proposeRelationships({
    text,
    sentences: parsed.sentences,
    endpoints,
    countryOf: countryOfDemonym,
    publishedAt: article.publishedAt,
  });
  const candidateRelationships = model
    ? parsed.sentences.flatMap((sentence) => {
        const inside = endpoints.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
        const proposed = rules.filter((r) => r.sentenceStart === sentence.start);
        const kept = withModel({ model, text, sentence, inside, proposed });
        return kept.map((r) => ({ ...r, quote: '', sentenceStart: sentence.start, sentenceEnd: sentence.end }));
      })
    : rules;
  return { mentions, candidateEntities, candidateRelationships, draft: undefined as never };
}

/** The examples of one article. */
function examplesOf(article: CorpusArticle, index: number): Example[] {
  const gold = parseArticle(article.annotated);
  const meta = { publishedAt: article.publishedAt, language: article.language };
  const { parsed, candidateEntities, endpoints, countryOfDemonym } = analysisEndpoints({
    text: gold.text,
    catalog: CATALOG,
    article: meta,
  });
  const rules = proposeRelationships({
    text: gold.text,
    sentences: parsed.sentences,
    endpoints,
    countryOf: countryOfDemonym,
    publishedAt: article.publishedAt,
  });
  const goldId = (e: Endpoint): string => {
    if (e.kind === 'known') return e.id;
    const surfaces = candidateEntities.filter((c) => c.id === e.id);
    const actor = gold.actors.find((a) => overlaps(e, a)) ?? gold.actors.find((a) => surfaces.some((c) => overlaps(c, a)));
    return actor?.id ?? `candidate:${e.id}`;
  };
  const stated = readerSentences(gold.text);
  const positives = new Set<string>();
  for (const r of article.relationships) {
    const span = stated[r.sentence - 1];
    if (!span) continue;
    for (const s of parsed.sentences) {
      if (s.end <= span.start || s.start >= span.end) continue;
      positives.add(`${r.type} ${r.source} ${r.target} ${s.start}`);
      if (SYMMETRIC.has(r.type)) positives.add(`${r.type} ${r.target} ${r.source} ${s.start}`);
    }
  }
  const out: Example[] = [];
  for (const sentence of parsed.sentences) {
    const inside = endpoints.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
    const proposed = rules.filter((r) => r.sentenceStart === sentence.start);
    const hits = triggerHits(gold.text, sentence, inside).map((h) => ({ type: h.trigger.type, start: h.start, end: h.end }));
    for (const [source, target] of sentencePairs(inside)) {
      const features = pairFeatures({ text: gold.text, sentence, source, target, inside, proposed, hits });
      const [a, b] = [goldId(source), goldId(target)];
      for (const type of RELATION_TYPE_NAMES)
        if (fits(type, source.type, target.type))
          out.push({ features, type, positive: positives.has(`${type} ${a} ${b} ${sentence.start}`), article: index });
    }
  }
  return out;
}

/** A deterministic shuffle (mulberry32). */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  let s = seed;
  const random = () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** The model's weights trained on `examples`, with the thresholds given. */
function train(examples: readonly Example[], add: PairModelData['add'], veto: number): PairModelData {
  const counts = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const features = [...counts].filter(([, n]) => n >= MIN_COUNT).map(([f]) => f);
  const index = new Map(features.map((f, i) => [f, i]));
  const types: PairModelData['types'] = {};
  for (const type of RELATION_TYPE_NAMES) {
    const own = examples.filter((e) => e.type === type);
    if (!own.some((e) => e.positive) || (Object.keys(add).length > 0 && add[type] === undefined)) continue;
    const rows = own.map((e) => ({
      x: [...new Set(e.features.map((f) => index.get(f)).filter((k) => k !== undefined))],
      y: e.positive ? 1 : 0,
    }));
    const w = new Float64Array(features.length);
    const g2 = new Float64Array(features.length).fill(1e-8);
    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      for (const { x, y } of shuffled(rows, epoch + 1)) {
        let z = 0;
        for (const k of x) z += w[k]!;
        const error = 1 / (1 + Math.exp(-z)) - y;
        for (const k of x) {
          const g = error + L2 * w[k]!;
          g2[k]! += g * g;
          w[k]! -= (RATE * g) / Math.sqrt(g2[k]!);
        }
      }
    }
    const i: number[] = [];
    const weights: number[] = [];
    w.forEach((v, k) => {
      if (Math.abs(v) >= PRUNE) {
        i.push(k);
        weights.push(Math.round(v * 1000) / 1000);
      }
    });
    types[type] = { i, w: weights };
  }
  // Keep only the features some type weighs, renumbered.
  const used = [...new Set(Object.values(types).flatMap((t) => t.i))].sort((a, b) => a - b);
  const renumber = new Map(used.map((k, n) => [k, n]));
  for (const t of Object.values(types)) t.i = t.i.map((k) => renumber.get(k)!);
  return { version: 1, add, veto, features: used.map((k) => features[k]!), types };
}

/**
 * Per type, the lowest probability at which the model's additions (pairs the rules did not propose)
 * were right at least ADD_PRECISION of the time across the held-out folds, with MIN_RIGHT of them
 * right at least; a type with no such threshold gets none, and the model adds nothing of it.
 */
function thresholds(scored: readonly { type: RelationType; p: number; positive: boolean }[]): PairModelData['add'] {
  const add: PairModelData['add'] = {};
  for (const type of RELATION_TYPE_NAMES) {
    const own = scored.filter((x) => x.type === type).sort((a, b) => b.p - a.p);
    let right = 0;
    let best: number | undefined;
    for (const [n, x] of own.entries()) {
      if (x.positive) right++;
      if (x.p < 0.3) break;
      if (right >= MIN_RIGHT && right / (n + 1) >= ADD_PRECISION && (own[n + 1]?.p ?? 0) < x.p) best = x.p;
    }
    if (best !== undefined) add[type] = Math.round(best * 1000) / 1000;
  }
  return add;
}

async function main(): Promise<void> {
  const batched = TRAIN;
  const articles = [...TUNED, ...batched];
  console.log(`articles: ${TUNED.length} tuned + ${batched.length} in training batches`);
  const examples = articles.flatMap(examplesOf);
  console.log(`examples: ${examples.length}, positive ${examples.filter((e) => e.positive).length}`);

  const foldOf = new Map(
    shuffled(
      articles.map((_, i) => i),
      7,
    ).map((i, n) => [i, n % FOLDS] as const),
  );
  const models = Array.from({ length: FOLDS }, (_, k) =>
    pairModel(
      train(
        examples.filter((e) => foldOf.get(e.article) !== k),
        {},
        0,
      ),
    ),
  );
  // Every held-out pair the rules did not propose, with the probability its fold's model gives it.
  const unruled = examples
    .filter((e) => !e.features.includes(`P:${e.type}`))
    .map((e) => ({ type: e.type, positive: e.positive, p: models[foldOf.get(e.article)!]!.probability(e.type, e.features) }));
  const add = thresholds(unruled);
  console.log(`thresholds: ${JSON.stringify(add)}`);

  const isTrain = (a: CorpusArticle) => !TUNED.includes(a);
  const run = (label: string, withModel: boolean) => {
    const scores = Array.from({ length: FOLDS }, (_, k) => {
      const held = articles.filter((a, i) => foldOf.get(i) === k && isTrain(a));
      const model = withModel ? { ...models[k]!, add, veto: 0 } : null;
      return scoreCorpus(held, (text, a) => analyse(text, a, model));
    });
    const sum = (f: 'relationshipsRecall' | 'relationshipsPrecision') =>
      scores.reduce((r, x) => ({ hits: r.hits + x[f].hits, of: r.of + x[f].of }), { hits: 0, of: 0 });
    console.log(
      `${label}, training batches' held-out folds: ` +
        `recall ${show(sum('relationshipsRecall'))}, precision ${show(sum('relationshipsPrecision'))}`,
    );
  };
  run('rules alone', false);
  run('rules and model', true);

  const data = train(examples, add, 0);
  console.log(
    `the model trained on all of them: ${data.features.length} features, ${Object.keys(data.types).length} types with a threshold`,
  );
}

await main();
