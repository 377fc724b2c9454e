/**
 * How far two careful annotators agree on the relationships of the same articles, and where
 * `analyzeText` stands between them (issue 15).
 *
 *   npm run bench:agreement
 *
 * `second-annotator.json` holds a second annotation of 16 of the 96 training articles
 * (test/analyze/corpus/train/, every sixth from the third): a helper given only the annotation guide
 * (test/analyze/corpus/README.md), the README's verb table, the vocabulary, the catalog and each
 * article as numbered sentences with its entity list (ids, types, surfaces), and kept from the first
 * annotation and from the analyser, listed every relationship it read. Both annotations are scored
 * against each other as the corpus scorer scores the analyser (type and both ends, either direction for
 * the symmetric types), and `analyzeText` is scored against each. It prints a Markdown table: the
 * second annotator's recall and precision against the first are the ceiling a rule set tuned to the
 * first can expect on news written and annotated by others.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import { SYMMETRIC_RELATIONS } from '../../src/domain/vocabulary.js';
import { projectRoot } from '../../src/project-root.js';
import type { CorpusArticle, CorpusRelationship } from '../../test/analyze/corpus/corpus-article.js';
import { overlaps, parseArticle, type Span } from '../../test/analyze/corpus/score-corpus.js';
import { TRAIN } from '../../test/analyze/corpus/train/index.js';
import { CATALOG } from '../../test/analyze/fixtures.js';

type Listed = Pick<CorpusRelationship, 'type' | 'source' | 'target'>;

const SYMMETRIC = new Set<string>(SYMMETRIC_RELATIONS);
const key = (r: Listed): string =>
  SYMMETRIC.has(r.type) && r.target < r.source ? `${r.type} ${r.target} ${r.source}` : `${r.type} ${r.source} ${r.target}`;

/** The relationships `analyzeText` proposes for an article, with their ends as the corpus scorer maps them. */
function analysed(article: CorpusArticle): Listed[] {
  const gold = parseArticle(article.annotated);
  const got = analyzeText({ text: gold.text, catalog: CATALOG, article: { publishedAt: article.publishedAt, language: article.language } });
  const endId = (isCandidate: boolean, id: string, span: Span): string => {
    if (!isCandidate) return id;
    const surfaces = got.candidateEntities.filter((c) => c.id === id);
    const actor = gold.actors.find((a) => overlaps(span, a)) ?? gold.actors.find((a) => surfaces.some((c) => overlaps(c, a)));
    return actor?.id ?? `candidate:${id}`;
  };
  return got.candidateRelationships.map((r) => ({
    type: r.type,
    source: endId(r.sourceIsCandidate, r.sourceId, { start: r.sourceStart, end: r.sourceEnd }),
    target: endId(r.targetIsCandidate, r.targetId, { start: r.targetStart, end: r.targetEnd }),
  }));
}

/** Of `reference`'s relationships, how many `other` lists too, over both sets' sizes (each counted once by key). */
function agreement(reference: readonly Listed[], other: readonly Listed[]): { both: number; reference: number; other: number } {
  const a = new Set(reference.map(key));
  const b = new Set(other.map(key));
  return { both: [...a].filter((k) => b.has(k)).length, reference: a.size, other: b.size };
}

const second: { articles: { name: string; relationships: Listed[] }[] } = JSON.parse(
  readFileSync(path.join(projectRoot(), 'bench/annotator-agreement/second-annotator.json'), 'utf8'),
);
const rows = { secondVsFirst: [0, 0, 0], analyserVsFirst: [0, 0, 0], analyserVsSecond: [0, 0, 0], statedVsFirst: [0, 0, 0] };
const add = (row: number[], a: { both: number; reference: number; other: number }) => {
  row[0]! += a.both;
  row[1]! += a.reference;
  row[2]! += a.other;
};
for (const { name, relationships } of second.articles) {
  const article = TRAIN.find((a) => a.name === name);
  if (!article) throw new Error(`second-annotator.json names an article the training batches lack: ${name}`);
  const proposed = analysed(article);
  add(rows.secondVsFirst, agreement(article.relationships, relationships));
  add(rows.analyserVsFirst, agreement(article.relationships, proposed));
  add(rows.analyserVsSecond, agreement(relationships, proposed));
  const stated = (rs: readonly Listed[]) => rs.filter((r) => r.type === 'STATED');
  add(rows.statedVsFirst, agreement(stated(article.relationships), stated(relationships)));
}
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)} (${a}/${b})`;
const line = (label: string, [both, reference, other]: number[]) =>
  `| ${label} | ${ratio(both!, reference!)} | ${ratio(both!, other!)} | ${((2 * both!) / (reference! + other!)).toFixed(2)} |`;
console.log(
  [
    `${second.articles.length} training articles, relationships scored as the corpus scorer scores them:`,
    '',
    '| listed by … against … | recall | precision | F1 |',
    '| --- | ---: | ---: | ---: |',
    line('the second annotator, against the first (the corpus)', rows.secondVsFirst),
    line('… STATED only', rows.statedVsFirst),
    line('analyzeText, against the first', rows.analyserVsFirst),
    line('analyzeText, against the second', rows.analyserVsSecond),
  ].join('\n'),
);
