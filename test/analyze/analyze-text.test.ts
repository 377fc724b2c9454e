import { describe, expect, it } from 'vitest';
import { analyzeText, slugify, type CatalogEntity } from '../../src/analyze/analyze-text.js';
import { RELATION_TYPE_NAMES } from '../../src/domain/vocabulary.js';
import { CATALOG, FIXTURES, parseAnnotated } from './fixtures.js';

const analyze = (text: string, catalog: readonly CatalogEntity[] = CATALOG) => analyzeText({ text, catalog });
const spans = (text: string) => analyze(text).mentions.map((m) => [m.entityId, m.text, m.start, m.end]);

describe('analyze: analyzeText mentions', () => {
  it('finds a known entity by its English, Spanish, Chinese and full-width names, with exact offsets', () => {
    const text = 'PERU, Perú, 秘鲁, ｐｅｒｕ and the República del Perú.';
    expect(analyze(text).mentions).toEqual([
      { entityId: 'peru', matched: 'Peru', start: 0, end: 4, text: 'PERU' },
      { entityId: 'peru', matched: 'Perú', start: 6, end: 10, text: 'Perú' },
      { entityId: 'peru', matched: '秘鲁', start: 12, end: 14, text: '秘鲁' },
      { entityId: 'peru', matched: 'Peru', start: 16, end: 20, text: 'ｐｅｒｕ' },
      { entityId: 'peru', matched: 'República del Perú', start: 29, end: 47, text: 'República del Perú' },
    ]);
  });

  it('gives offsets into the original text whatever precedes (emoji, decomposed accents, full-width letters)', () => {
    const text = '🇵🇪 Peru\u0301 — ＣＯＳＣＯ y el Puerto  de  Chancay.';
    const a = analyze(text);
    expect(a.mentions.map((m) => [m.entityId, m.start, m.end, m.matched])).toEqual([
      ['peru', 5, 10, 'Perú'],
      ['cosco-shipping', 13, 18, 'COSCO'],
      ['chancay-port', 24, 43, 'Puerto de Chancay'],
    ]);
    for (const m of a.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it('does not take a demonym or a word containing a name for the name ("Peruvian", "Chinese", "Peruvians")', () => {
    expect(spans('Peruvian and Chinese officials; Peruvians in Lima.')).toEqual([['lima', 'Lima', 45, 49]]);
  });

  it('prefers the longest match where matches overlap', () => {
    expect(spans('China Daily reported on China.')).toEqual([
      ['china-daily', 'China Daily', 0, 11],
      ['china', 'China', 24, 29],
    ]);
    expect(spans('the China–Peru Free Trade Agreement')).toEqual([['china-peru-fta', 'China–Peru Free Trade Agreement', 4, 35]]);
    expect(spans('中国日报说中国')).toEqual([
      ['china-daily', '中国日报', 0, 4],
      ['china', '中国', 5, 7],
    ]);
  });

  it('finds CJK names inside a Chinese sentence, without spaces', () => {
    expect(spans('钱凯港由中远海运运营，华为在秘鲁培训青年。')).toEqual([
      ['chancay-port', '钱凯港', 0, 3],
      ['cosco-shipping', '中远海运', 4, 8],
      ['huawei', '华为', 11, 13],
      ['peru', '秘鲁', 14, 16],
    ]);
  });

  it('finds a person by surname alone, but only capitalised', () => {
    expect(spans('Boluarte spoke; boluarte is not a name here.')).toEqual([['dina-boluarte', 'Boluarte', 0, 8]]);
  });

  it('matches a short all-capitals alias only in capitals, so "us" is not the United States', () => {
    const catalog = [{ id: 'usa', name: 'United States', type: 'COUNTRY', aliases: ['US', 'U.S.'] }];
    expect(analyze('The US told us so, and the U.S. agreed.', catalog).mentions.map((m) => m.text)).toEqual(['US', 'U.S.']);
  });

  it('takes "US" and "U.S." for one name whichever of them the catalog holds, in capitals only', () => {
    for (const alias of ['U.S.', 'US']) {
      const catalog = [{ id: 'usa', name: 'United States', type: 'COUNTRY', aliases: [alias] }];
      const found = analyze('The US told us so, and the U.S. agreed; u.s. is not it.', catalog).mentions;
      expect(
        found.map((m) => [m.entityId, m.text]),
        alias,
      ).toEqual([
        ['usa', 'US'],
        ['usa', 'U.S.'],
      ]);
    }
  });

  it('gives one mention per entity when entities share a name, and none of a weaker surname guess', () => {
    const catalog = [
      { id: 'lima-city', name: 'Lima', type: 'PLACE', aliases: [] },
      { id: 'lima-region', name: 'Lima', type: 'PLACE', aliases: [] },
      { id: 'ana-lima', name: 'Ana Lima', type: 'PERSON', aliases: [] },
    ];
    expect(analyze('Lima', catalog).mentions.map((m) => m.entityId)).toEqual(['lima-city', 'lima-region']);
  });
});

describe('analyze: analyzeText candidate entities', () => {
  it('finds people, organisations and places the catalog does not know, with a type and a slug id', () => {
    const text =
      'Boluarte met Ren Zhengfei, the founder of Huawei. The Ministry of Energy and Mines and the regulator Ositrán in Junín disagreed.';
    expect(analyze(text).candidateEntities).toEqual([
      { id: 'ren-zhengfei', text: 'Ren Zhengfei', type: 'PERSON', start: 13, end: 25 },
      { id: 'ministry-of-energy-and-mines', text: 'Ministry of Energy and Mines', type: 'GOVERNMENT', start: 54, end: 82 },
      { id: 'ositran', text: 'Ositrán', type: 'GOVERNMENT', start: 101, end: 108 },
      { id: 'junin', text: 'Junín', type: 'PLACE', start: 112, end: 117 },
    ]);
    for (const c of analyze(text).candidateEntities) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  it('leaves out titles, determiners and a sentence’s capitalised first word, and anything overlapping a mention', () => {
    const a = analyze('Fishermen asked Chinese President Xi Jinping and Trade minister Úrsula León for help in Lima, Perú.');
    expect(a.candidateEntities.map((c) => [c.text, c.type])).toEqual([['Úrsula León', 'PERSON']]);
    for (const c of a.candidateEntities) expect(a.mentions.some((m) => m.start < c.end && c.start < m.end)).toBe(false);
  });

  it('makes slug ids without accents or punctuation', () => {
    expect(slugify('Universidad Nacional de Ingeniería')).toBe('universidad-nacional-de-ingenieria');
    expect(slugify('Luz del Sur S.A.A.')).toBe('luz-del-sur-saa');
  });
});

describe('analyze: analyzeText candidate relationships', () => {
  it('proposes a relationship from a trigger between two entities, quoting the sentence verbatim', () => {
    const text = 'Huawei opened an office. Peruvian President Dina Boluarte visited Huawei in Shenzhen on Wednesday.';
    const rels = analyze(text).candidateRelationships;
    expect(rels.map((r) => [r.type, r.sourceId, r.targetId, r.trigger])).toEqual([
      ['LEADS', 'dina-boluarte', 'peru', 'Peruvian President'],
      ['VISITED', 'dina-boluarte', 'huawei', 'visited'],
    ]);
    const visited = rels[1]!;
    expect(visited).toMatchObject({
      quote: 'Peruvian President Dina Boluarte visited Huawei in Shenzhen on Wednesday.',
      sentenceStart: 25,
      sentenceEnd: 98,
      triggerStart: 58,
      triggerEnd: 65,
      sourceIsCandidate: false,
      targetIsCandidate: false,
    });
    expect(text.slice(visited.sentenceStart, visited.sentenceEnd)).toBe(visited.quote);
    expect(visited.confidence).toBeGreaterThan(0.5);
    expect(visited.confidence).toBeLessThanOrEqual(1);
  });

  it('relates coordinated subjects to one target ("Peru and China signed …")', () => {
    const rels = analyze('Peru and China signed the China–Peru Free Trade Agreement in Lima.').candidateRelationships;
    expect(rels.map((r) => [r.type, r.sourceId, r.targetId])).toEqual([
      ['SIGNED', 'peru', 'china-peru-fta'],
      ['SIGNED', 'china', 'china-peru-fta'],
    ]);
  });

  it('reads a passive ("operated by", Chinese 由) from agent to object', () => {
    const en = analyze('Chancay Port is operated by COSCO Shipping.').candidateRelationships;
    expect(en.map((r) => [r.type, r.sourceId, r.targetId])).toEqual([['OPERATES', 'cosco-shipping', 'chancay-port']]);
    const zh = analyze('钱凯港由中远海运运营。').candidateRelationships;
    expect(zh.map((r) => [r.type, r.sourceId, r.targetId, r.quote])).toEqual([
      ['OPERATES', 'cosco-shipping', 'chancay-port', '钱凯港由中远海运运营。'],
    ]);
  });

  it('proposes nothing when the types do not fit the relation or the target is in another clause', () => {
    expect(analyze('COSCO Shipping operates the terminal, which lies north of Lima.').candidateRelationships).toEqual([]);
    expect(analyze('Huawei trained engineers in Lima.').candidateRelationships).toEqual([]);
    expect(analyze('COSCO owns 60 percent of the project, and the miner Volcan holds the rest.').candidateRelationships).toEqual([]);
  });

  it('relates a new entity too, marking it as a candidate', () => {
    const [rel] = analyze('Huawei signed an agreement with the Universidad Nacional de Ingeniería.').candidateRelationships;
    expect(rel).toMatchObject({
      type: 'PARTNERS_WITH',
      sourceId: 'huawei',
      targetId: 'universidad-nacional-de-ingenieria',
      sourceIsCandidate: false,
      targetIsCandidate: true,
    });
  });

  it('only ever proposes relation types of the vocabulary, with sentences that are verbatim slices', () => {
    for (const f of FIXTURES) {
      const { text } = parseAnnotated(f.annotated);
      for (const r of analyze(text).candidateRelationships) {
        expect(RELATION_TYPE_NAMES).toContain(r.type);
        expect(text.slice(r.sentenceStart, r.sentenceEnd)).toBe(r.quote);
        expect(text.slice(r.triggerStart, r.triggerEnd)).toBe(r.trigger);
      }
    }
  });
});

describe('analyze: analyzeText as a whole', () => {
  it('is pure: the same input gives the same output and the catalog is left as it was', () => {
    const catalog = structuredClone(CATALOG) as CatalogEntity[];
    const frozen = Object.freeze(catalog.map((e) => Object.freeze({ ...e, aliases: Object.freeze([...e.aliases]) })));
    const { text } = parseAnnotated(FIXTURES[0]!.annotated);
    const first = analyze(text, frozen);
    expect(analyze(text, frozen)).toEqual(first);
    expect(catalog).toEqual(CATALOG);
  });

  it('returns empty lists for a text without entities', () => {
    for (const text of ['   ', 'nothing to see here.']) {
      const analysis = analyze(text);
      expect(analysis).toMatchObject({ mentions: [], candidateEntities: [], candidateRelationships: [] });
      expect(analysis.draft.entities).toEqual([]);
      expect(analysis.draft.relationships).toEqual([]);
    }
  });
});
