/**
 * How well analyzeText does against hand annotations of news-like texts (test/analyze/fixtures.ts):
 * precision and recall of known-entity mentions, candidate new entities and proposed relationships,
 * over all texts. The thresholds are the figures reached, rounded down to 0.05: the test fails when
 * quality drops. Raise them when it improves.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import { SYMMETRIC_RELATIONS } from '../../src/domain/vocabulary.js';
import { CATALOG, FIXTURES, parseAnnotated, type Fixture } from './fixtures.js';

/** Relation types whose ends play the same part: compared without order. */
const SYMMETRIC = new Set<string>(SYMMETRIC_RELATIONS);
const relKey = (type: string, a: string, b: string): string => (SYMMETRIC.has(type) && b < a ? `${type} ${b} ${a}` : `${type} ${a} ${b}`);

interface Count {
  tp: number;
  predicted: number;
  expected: number;
}
const METRICS = ['mentions', 'new entities (span + type)', 'new entities (span only)', 'relationships'] as const;
type Metric = (typeof METRICS)[number];

/** Compares prediction and annotation of one text as sets of keys. */
function compare(predicted: Iterable<string>, expected: Iterable<string>): Count {
  const p = new Set(predicted);
  const e = new Set(expected);
  return { tp: [...p].filter((k) => e.has(k)).length, predicted: p.size, expected: e.size };
}

function score(fixtures: readonly Fixture[]): Record<Metric, Count & { precision: number; recall: number }> {
  const total = Object.fromEntries(METRICS.map((m) => [m, { tp: 0, predicted: 0, expected: 0 }])) as Record<Metric, Count>;
  for (const f of fixtures) {
    const gold = parseAnnotated(f.annotated);
    const got = analyzeText({ text: gold.text, catalog: CATALOG });
    const counts: Record<Metric, Count> = {
      mentions: compare(
        got.mentions.map((m) => `${m.start}-${m.end} ${m.entityId}`),
        gold.mentions.map((m) => `${m.start}-${m.end} ${m.entityId}`),
      ),
      'new entities (span + type)': compare(
        got.candidateEntities.map((c) => `${c.start}-${c.end} ${c.type}`),
        gold.entities.map((c) => `${c.start}-${c.end} ${c.type}`),
      ),
      'new entities (span only)': compare(
        got.candidateEntities.map((c) => `${c.start}-${c.end}`),
        gold.entities.map((c) => `${c.start}-${c.end}`),
      ),
      relationships: compare(
        got.candidateRelationships.map((r) => relKey(r.type, r.sourceId, r.targetId)),
        f.relationships.map((r) => relKey(r.type, r.source, r.target)),
      ),
    };
    for (const m of METRICS) {
      total[m].tp += counts[m].tp;
      total[m].predicted += counts[m].predicted;
      total[m].expected += counts[m].expected;
    }
  }
  return Object.fromEntries(
    METRICS.map((m) => {
      const c = total[m];
      return [m, { ...c, precision: c.predicted ? c.tp / c.predicted : 1, recall: c.expected ? c.tp / c.expected : 1 }];
    }),
  ) as Record<Metric, Count & { precision: number; recall: number }>;
}

function table(title: string, s: ReturnType<typeof score>): string {
  const rows = METRICS.map((m) => {
    const r = s[m];
    return (
      `${m.padEnd(28)} ${String(r.tp).padStart(4)} ${String(r.predicted).padStart(9)} ${String(r.expected).padStart(8)} ` +
      `${r.precision.toFixed(3).padStart(9)} ${r.recall.toFixed(3).padStart(7)}`
    );
  });
  return [
    title,
    `${'metric'.padEnd(28)} ${'tp'.padStart(4)} ${'predicted'.padStart(9)} ${'expected'.padStart(8)} ${'precision'.padStart(9)} ` +
      `${'recall'.padStart(7)}`,
    ...rows,
  ].join('\n');
}

/** The figures reached over all texts, rounded down to 0.05. */
const FLOOR: Record<Metric, { precision: number; recall: number }> = {
  mentions: { precision: 1, recall: 1 }, // 61/61, 61/61
  'new entities (span + type)': { precision: 1, recall: 1 }, // 29/29, 29/29
  'new entities (span only)': { precision: 1, recall: 1 }, // 29/29, 29/29
  // 35/43 = 0.814, 35/41 = 0.854; of the eight unannotated proposals, Indecopi approving "the deal" (which
  // approval-relations.ts reads as REGULATES of the buyer), "Luz del Sur, the largest electricity distributor
  // in Lima" (LOCATED_IN, which the evaluation corpus records for 4 of 4 such utilities) and Chinalco's plan for
  // Toromocho, "the company said" (STATED), are stated by their sentences but not recorded by these annotations.
  relationships: { precision: 0.8, recall: 0.85 },
};

describe('analyze: accuracy against hand annotations', () => {
  it('has at least three annotated texts of 5–10 sentences', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(3);
    for (const f of FIXTURES) {
      const sentences = parseAnnotated(f.annotated)
        .text.split(/(?<=\.)\s+|(?<=。)/u)
        .filter((s) => s.trim()).length;
      expect(sentences, f.name).toBeGreaterThanOrEqual(5);
      expect(sentences, f.name).toBeLessThanOrEqual(10);
    }
  });

  it('keeps precision and recall of mentions, new entities and relationships at or above the figures reached', () => {
    const all = score(FIXTURES);
    console.log(
      [
        table(`all ${FIXTURES.length} texts`, all),
        '',
        table('held-out texts only (written after tuning; for information)', score(FIXTURES.filter((f) => f.heldOut))),
      ].join('\n'),
    );
    for (const m of METRICS) {
      expect(all[m].precision, `${m} precision`).toBeGreaterThanOrEqual(FLOOR[m].precision);
      expect(all[m].recall, `${m} recall`).toBeGreaterThanOrEqual(FLOOR[m].recall);
    }
  });
});
