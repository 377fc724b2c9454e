/**
 * The corpus files are well formed: every article's markup parses, known ids are the catalog's,
 * new actors' types are the vocabulary's, and every relationship joins two entities its article marks
 * (or catalog entities, which a demonym may stand for),
 * with a relation type of the vocabulary, a sentence of the text, a partial date and amounts that
 * have a unit. It reads no analyser output, so it can check an unread set without showing its figures.
 */
import { describe, expect, it } from 'vitest';
import type { CorpusArticle } from './corpus-article.js';
import { FRESH } from './fresh/index.js';
import { FRESH_2 } from './fresh-2/index.js';
import { FRESH_3 } from './fresh-3/index.js';
import { FRESH_4 } from './fresh-4/index.js';
import { FRESH_5 } from './fresh-5/index.js';
import { FRESH_6 } from './fresh-6/index.js';
import { HELD_OUT } from './held-out/index.js';
import { problemsOf } from './corpus-problems.js';
import { TRAIN } from './train/index.js';
import { TUNED } from './tuned/index.js';

describe('analyze corpus: every file is well formed', () => {
  const sets: [string, readonly CorpusArticle[]][] = [
    ['tuned', TUNED],
    ['train', TRAIN],
    ['held out', HELD_OUT],
    ['fresh', FRESH],
    ['fresh 2', FRESH_2],
    ['fresh 3', FRESH_3],
    ['fresh 4', FRESH_4],
    ['fresh 5', FRESH_5],
    ['fresh 6', FRESH_6],
  ];
  it.each(sets)('%s: markup, ids, types, relationship ends, sentences, dates and amounts', (_, articles) => {
    expect(articles.flatMap(problemsOf)).toEqual([]);
  });

  it('names every article once across the sets', () => {
    const names = sets.flatMap(([, a]) => a.map((x) => x.name));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('finds what is wrong in a bad article', () => {
    const bad: CorpusArticle = {
      name: 'bad',
      language: 'en',
      publishedAt: '2024-6-3',
      annotated: '[[Lima|nowhere]] hosted {{Ana Ruiz|HUMAN}}.',
      relationships: [{ type: 'MET', source: 'ana-ruiz', target: 'ana', sentence: 4, validFrom: '2024-13' }],
    };
    expect(problemsOf(bad)).toEqual([
      'bad: publishedAt 2024-6-3 is not YYYY-MM-DD',
      'bad: [[…|nowhere]] is not a CATALOG id',
      'bad: {{…|HUMAN}} is not an entity type',
      'bad: MET ana-ruiz → ana: ana is neither marked nor known',
      'bad: MET ana-ruiz → ana: sentence 4 of ~1',
      'bad: MET ana-ruiz → ana: validFrom 2024-13 is not a partial date',
    ]);
  });
});
