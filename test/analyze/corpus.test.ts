/**
 * analyzeText on the evaluation corpus (test/analyze/corpus/README.md): the figures of the tuned half,
 * of the training batches (read and tuned on too), of the held-out half (written by someone else and
 * kept unread while tuning), of the fresh sets (a second unread set, written after the first had been
 * profiled, a third, written after the tuned half had grown to 48 articles, a fourth, written at the
 * start of stop 29, a fifth, written at the start of stop 30, a sixth, written at the start of stop 31,
 * and a seventh, written at the start of stop 35), and of the Spanish articles apart.
 * The tuned half and the training batches must stay at or above the figures reached (FLOOR,
 * TRAIN_FLOOR); the unread sets are reported, never asserted on, so that no one tunes to them. The
 * issue's targets are in TARGETS.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import { CATALOG } from './fixtures.js';
import type { CorpusArticle } from './corpus/corpus-article.js';
import { FRESH } from './corpus/fresh/index.js';
import { FRESH_2 } from './corpus/fresh-2/index.js';
import { FRESH_3 } from './corpus/fresh-3/index.js';
import { FRESH_4 } from './corpus/fresh-4/index.js';
import { FRESH_5 } from './corpus/fresh-5/index.js';
import { FRESH_6 } from './corpus/fresh-6/index.js';
import { HELD_OUT } from './corpus/held-out/index.js';
import { scoreCorpus, show, value, type CorpusScore } from './corpus/score-corpus.js';
import { TRAIN } from './corpus/train/index.js';
import { TUNED } from './corpus/tuned/index.js';

const analyse = (text: string, article: CorpusArticle) =>
  analyzeText({ text, catalog: CATALOG, article: { publishedAt: article.publishedAt, language: article.language } });
const FIGURES = [
  ['mentionsRecall', 'known-entity mentions, recall'],
  ['mentionsPrecision', 'known-entity mentions, precision'],
  ['actorsRecall', 'new actors, recall'],
  ['actorsPrecision', 'new actors, precision'],
  ['typesCorrect', 'types correct (found actors)'],
  ['relationshipsRecall', 'relationships, recall'],
  ['relationshipsPrecision', 'relationships, precision'],
  ['datesAndAmounts', 'dates and amounts right'],
] as const;
type Figure = (typeof FIGURES)[number][0];

/** What the analyser must reach on the held-out half for the issue to be done. */
const TARGETS: Partial<Record<Figure, number>> = {
  mentionsRecall: 0.95,
  actorsRecall: 0.8,
  actorsPrecision: 0.85,
  typesCorrect: 0.9,
  relationshipsRecall: 0.5,
  relationshipsPrecision: 0.75,
  datesAndAmounts: 0.8,
};

/**
 * The figures reached on the tuned half, rounded down to 0.05, never below TARGETS: the test fails
 * when quality drops, and the tuned half meets the issue's targets.
 */
const FLOOR: Record<Figure, number> = {
  mentionsRecall: 0.95, // 372/375 = 0.99
  mentionsPrecision: 0.95, // 372/374 = 0.99
  actorsRecall: 0.95, // 647/653 = 0.99
  actorsPrecision: 0.95, // 875/888 = 0.99
  typesCorrect: 0.95, // 625/647 = 0.97
  // 48 articles; 509/797 at the start of stop 32, 528/797 at the start of stop 34, 544/797 at the start of stop 35.
  relationshipsRecall: 0.65, // 553/797 = 0.69
  relationshipsPrecision: 0.85, // 553/636 = 0.87
  datesAndAmounts: 0.95, // 133/139 = 0.96
};

/**
 * The figures reached on the training batches (read and tuned on since stop 29, below the targets),
 * rounded down to 0.05: the test fails when quality drops on them too.
 */
const TRAIN_FLOOR: Record<Figure, number> = {
  mentionsRecall: 0.95, // 487/498 = 0.98
  mentionsPrecision: 0.95, // 487/488 = 1.00
  actorsRecall: 0.95, // 1392/1411 = 0.99
  actorsPrecision: 0.95, // 1719/1772 = 0.97
  typesCorrect: 0.9, // 1306/1392 = 0.94
  // 0.31 when first scored, 0.41 after stop 30, 0.47 at stop 32’s start, 0.50 at stop 34’s, 0.53 at stop 35’s.
  relationshipsRecall: 0.5, // 977/1808 = 0.54 (96 articles)
  relationshipsPrecision: 0.75, // 977/1228 = 0.80 (0.67 when first scored, 0.76 at the end of stop 30)
  datesAndAmounts: 0.85, // 168/190 = 0.88 (128/151 = 0.85 at the start of stop 32)
};

function table(halves: readonly [string, CorpusScore][]): string {
  const head = `${'figure'.padEnd(34)}${halves.map(([name, s]) => `${name} (${s.articles})`.padStart(22)).join('')}${'target'.padStart(8)}`;
  const rows = FIGURES.map(
    ([f, label]) => `${label.padEnd(34)}${halves.map(([, s]) => show(s[f]).padStart(22)).join('')}${String(TARGETS[f] ?? '').padStart(8)}`,
  );
  const counts = halves.map(([, s]) => String(s.mentionsInsideActors).padStart(22)).join('');
  const inside = `${'mentions inside a new actor'.padEnd(34)}${counts}`;
  return [head, ...rows, inside].join('\n');
}

const spanish = (articles: readonly CorpusArticle[]) => articles.filter((a) => a.language === 'es');

describe('analyze: the evaluation corpus', () => {
  it('has 16 articles or more, 4 or more in Spanish, half of them held out', () => {
    expect(TUNED.length + HELD_OUT.length).toBeGreaterThanOrEqual(16);
    expect(spanish([...TUNED, ...HELD_OUT]).length).toBeGreaterThanOrEqual(4);
    // The unread half: the held-out and the fresh sets, never read while tuning.
    const unread = [...HELD_OUT, ...FRESH, ...FRESH_2, ...FRESH_3, ...FRESH_4, ...FRESH_5, ...FRESH_6];
    expect(unread.length).toBeGreaterThanOrEqual(TUNED.length);
    const all = [...TUNED, ...TRAIN, ...unread];
    expect(new Set(all.map((a) => a.name)).size).toBe(all.length);
  });

  it('keeps the tuned half and the training batches at or above the figures reached, and reports the unread sets', () => {
    const tuned = scoreCorpus(TUNED, analyse);
    const train = scoreCorpus(TRAIN, analyse);
    console.log(
      table([
        ['tuned', tuned],
        ['tuned, Spanish', scoreCorpus(spanish(TUNED), analyse)],
        ['train', train],
        ['held out', scoreCorpus(HELD_OUT, analyse)],
        ['held out, Spanish', scoreCorpus(spanish(HELD_OUT), analyse)],
        ['fresh', scoreCorpus(FRESH, analyse)],
        ['fresh, Spanish', scoreCorpus(spanish(FRESH), analyse)],
        ['fresh 2', scoreCorpus(FRESH_2, analyse)],
        ['fresh 2, Spanish', scoreCorpus(spanish(FRESH_2), analyse)],
        ['fresh 3', scoreCorpus(FRESH_3, analyse)],
        ['fresh 3, Spanish', scoreCorpus(spanish(FRESH_3), analyse)],
        ['fresh 4', scoreCorpus(FRESH_4, analyse)],
        ['fresh 4, Spanish', scoreCorpus(spanish(FRESH_4), analyse)],
        ['fresh 5', scoreCorpus(FRESH_5, analyse)],
        ['fresh 5, Spanish', scoreCorpus(spanish(FRESH_5), analyse)],
        ['fresh 6', scoreCorpus(FRESH_6, analyse)],
        ['fresh 6, Spanish', scoreCorpus(spanish(FRESH_6), analyse)],
      ]),
    );
    for (const [f] of FIGURES) expect(value(tuned[f]), f).toBeGreaterThanOrEqual(FLOOR[f]);
    for (const [f] of FIGURES) expect(value(train[f]), `train: ${f}`).toBeGreaterThanOrEqual(TRAIN_FLOOR[f]);
    for (const [f] of FIGURES) expect(FLOOR[f], `${f}: floor below target`).toBeGreaterThanOrEqual(TARGETS[f] ?? 0);
  });
});
