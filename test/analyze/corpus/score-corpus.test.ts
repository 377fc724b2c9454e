import { describe, expect, it } from 'vitest';
import type { TextAnalysis } from '../../../src/analyze/types.js';
import type { CorpusArticle } from './corpus-article.js';
import { overlaps, parseArticle, scoreCorpus, slug } from './score-corpus.js';

const ARTICLE: CorpusArticle = {
  name: 'sample',
  language: 'en',
  publishedAt: '2024-06-03',
  annotated:
    'President [[Xi Jinping|xi-jinping]] met {{Ana Ruiz|PERSON}} in [[Lima|lima]]. ' +
    '{{Luz del Sur|COMPANY}} ({{LDS|COMPANY|luz-del-sur}}) was bought by {{Yangtze Power|COMPANY}} for $3bn in 2020.',
  relationships: [
    { type: 'MET', source: 'xi-jinping', target: 'ana-ruiz', sentence: 1 },
    {
      type: 'ACQUIRED',
      source: 'yangtze-power',
      target: 'luz-del-sur',
      sentence: 2,
      validFrom: '2020',
      quantities: [{ value: 3e9, unit: 'USD' }],
    },
  ],
};

describe('analyze corpus: parseArticle and overlaps', () => {
  it('strips the markup, keeping spans, ids and types (an explicit id for another surface of an actor)', () => {
    const p = parseArticle(ARTICLE.annotated);
    expect(p.text.slice(0, 46)).toBe('President Xi Jinping met Ana Ruiz in Lima. Luz');
    expect(p.known).toEqual([
      { start: 10, end: 20, id: 'xi-jinping' },
      { start: 37, end: 41, id: 'lima' },
    ]);
    expect(p.actors.map((a) => [p.text.slice(a.start, a.end), a.id, a.type])).toEqual([
      ['Ana Ruiz', 'ana-ruiz', 'PERSON'],
      ['Luz del Sur', 'luz-del-sur', 'COMPANY'],
      ['LDS', 'luz-del-sur', 'COMPANY'],
      ['Yangtze Power', 'yangtze-power', 'COMPANY'],
    ]);
    expect(slug('Ositrán – Perú')).toBe('ositran-peru');
  });

  it('counts an overlap of half the longer span or more', () => {
    expect(overlaps({ start: 0, end: 10 }, { start: 5, end: 10 })).toBe(true);
    expect(overlaps({ start: 0, end: 10 }, { start: 6, end: 10 })).toBe(false);
    expect(overlaps({ start: 0, end: 4 }, { start: 4, end: 8 })).toBe(false);
  });
});

describe('analyze corpus: scoreCorpus', () => {
  const p = parseArticle(ARTICLE.annotated);
  const at = (surface: string) => ({ start: p.text.indexOf(surface), end: p.text.indexOf(surface) + surface.length });

  it('scores mentions, actors, types, relationships (symmetric either way) and dates and amounts', () => {
    const analysis: TextAnalysis = {
      mentions: [
        { entityId: 'xi-jinping', matched: 'Xi Jinping', text: 'Xi Jinping', ...at('Xi Jinping') },
        { entityId: 'peru', matched: 'Sur', text: 'Sur', ...at('Sur') },
      ],
      candidateEntities: [
        { id: 'ana-ruiz', text: 'Ana Ruiz', type: 'PLACE', ...at('Ana Ruiz') },
        { id: 'lds', text: 'LDS', type: 'COMPANY', ...at('LDS') },
        { id: 'president', text: 'President', type: 'PERSON', ...at('President') },
      ],
      candidateRelationships: [
        {
          type: 'MET',
          sourceId: 'ana-ruiz',
          targetId: 'xi-jinping',
          sourceIsCandidate: true,
          targetIsCandidate: false,
          sourceStart: at('Ana Ruiz').start,
          sourceEnd: at('Ana Ruiz').end,
          targetStart: at('Xi Jinping').start,
          targetEnd: at('Xi Jinping').end,
          trigger: 'met',
          triggerStart: 0,
          triggerEnd: 0,
          quote: '',
          sentenceStart: 0,
          sentenceEnd: 0,
          confidence: 1,
          validFrom: null,
          quantities: [],
        },
      ],
      draft: { articles: [], entities: [], relationships: [] },
    };
    const s = scoreCorpus([ARTICLE], () => analysis);
    expect(s.mentionsRecall).toEqual({ hits: 1, of: 2 });
    expect(s.mentionsPrecision).toEqual({ hits: 1, of: 2 });
    expect(s.mentionsInsideActors).toBe(1);
    expect(s.actorsRecall).toEqual({ hits: 2, of: 3 });
    expect(s.actorsPrecision).toEqual({ hits: 2, of: 3 });
    expect(s.typesCorrect).toEqual({ hits: 1, of: 2 });
    expect(s.relationshipsRecall).toEqual({ hits: 1, of: 2 });
    expect(s.relationshipsPrecision).toEqual({ hits: 1, of: 1 });
    expect(s.datesAndAmounts).toEqual({ hits: 0, of: 0 });
  });
});

describe('analyze corpus: scoreCorpus, candidate ends', () => {
  it('takes a candidate end for the new actor another surface of that candidate is, when its own span is none', () => {
    const gold = parseArticle(ARTICLE.annotated);
    const at = (surface: string) => {
      const start = gold.text.indexOf(surface);
      return { start, end: start + surface.length };
    };
    const analysis: TextAnalysis = {
      mentions: [],
      candidateEntities: [
        { id: 'yp', text: 'Yangtze Power', type: 'COMPANY', ...at('Yangtze Power') },
        { id: 'lds', text: 'Luz del Sur', type: 'COMPANY', ...at('Luz del Sur') },
      ],
      candidateRelationships: [
        {
          type: 'ACQUIRED',
          sourceId: 'yp',
          targetId: 'lds',
          sourceIsCandidate: true,
          targetIsCandidate: true,
          // The source stands where no annotated actor is (as where the text says "the buyer").
          sourceStart: 0,
          sourceEnd: 9,
          targetStart: at('Luz del Sur').start,
          targetEnd: at('Luz del Sur').end,
          trigger: 'bought',
          triggerStart: 0,
          triggerEnd: 0,
          quote: '',
          sentenceStart: 0,
          sentenceEnd: 0,
          confidence: 1,
          validFrom: null,
          quantities: [],
        },
      ],
      draft: { articles: [], entities: [], relationships: [] },
    };
    expect(scoreCorpus([ARTICLE], () => analysis).relationshipsRecall).toEqual({ hits: 1, of: 2 });
  });
});
