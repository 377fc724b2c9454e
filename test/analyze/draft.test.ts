import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { draft, type ArticleDraft } from '../../src/analyze/draft.js';
import { analyzeText } from '../../src/analyze/analyze-text.js';
import type { CandidateEntity, CandidateRelationship } from '../../src/analyze/types.js';
import { salvageBundle } from '../../src/article-file/salvage-bundle.js';
import { bundleProblems } from '../../src/article-file/check-bundles.js';
import type { EntityType, RelationType } from '../../src/domain/vocabulary.js';
import { CATALOG } from './fixtures.js';

const TEXT =
  'In June 2024 the Chinese firm Andes Minerals acquired 60% of Lima Power from Enel for $2.9bn. ' +
  'Andes Minerals met Huawei in Lima. Huawei met Andes Minerals again. ' +
  'Executives of andes minerals visited the 华为 campus.';

/** A candidate entity at the `nth` occurrence of `surface` in `text`. */
function candidate(text: string, surface: string, id: string, type: EntityType, nth = 0): CandidateEntity {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = text.indexOf(surface, start + 1);
  if (start < 0) throw new Error(`no "${surface}" #${nth} in the text`);
  return { id, text: surface, type, start, end: start + surface.length };
}

/** The sentence of `text` around `at`: from after the previous ". " to the next ". " or the end. */
function sentenceAround(text: string, at: number): { start: number; end: number } {
  const before = text.lastIndexOf('. ', at);
  const stop = text.indexOf('. ', at);
  return { start: before < 0 ? 0 : before + 2, end: stop < 0 ? text.length : stop + 1 };
}

type End = { surface: string; id: string; candidate?: boolean; nth?: number };

/** A candidate relationship of `text` between the ends named, triggered by `trigger` (its first occurrence after the source). */
function relationship(
  text: string,
  type: RelationType,
  source: End,
  trigger: string,
  target: End,
  extra: Partial<CandidateRelationship> = {},
): CandidateRelationship {
  const find = (e: End): number => {
    let at = -1;
    for (let i = 0; i <= (e.nth ?? 0); i++) at = text.indexOf(e.surface, at + 1);
    return at;
  };
  const s = find(source);
  const t = find(target);
  const g = text.indexOf(trigger, s);
  const sentence = sentenceAround(text, g);
  return {
    type,
    sourceId: source.id,
    targetId: target.id,
    sourceIsCandidate: source.candidate ?? false,
    targetIsCandidate: target.candidate ?? false,
    sourceStart: s,
    sourceEnd: s + source.surface.length,
    targetStart: t,
    targetEnd: t + target.surface.length,
    trigger,
    triggerStart: g,
    triggerEnd: g + trigger.length,
    quote: text.slice(sentence.start, sentence.end),
    sentenceStart: sentence.start,
    sentenceEnd: sentence.end,
    confidence: 0.8,
    validFrom: null,
    quantities: [],
    ...extra,
  };
}

const ANDES = { surface: 'Andes Minerals', id: 'andes-minerals', candidate: true };
const LIMA_POWER = { surface: 'Lima Power', id: 'lima-power', candidate: true };
const HUAWEI = { surface: 'Huawei', id: 'huawei' };
const CANDIDATES = [
  candidate(TEXT, 'Andes Minerals', 'andes-minerals', 'COMPANY'),
  candidate(TEXT, 'Lima Power', 'lima-power', 'COMPANY'),
  candidate(TEXT, 'Enel', 'enel', 'COMPANY'),
  candidate(TEXT, 'Andes Minerals', 'andes-minerals', 'ORGANIZATION', 1),
  candidate(TEXT, 'Andes Minerals', 'andes-minerals', 'COMPANY', 2),
  candidate(TEXT, 'andes minerals', 'andes-minerals', 'COMPANY'),
];
const ACQUIRED = relationship(TEXT, 'ACQUIRED', ANDES, 'acquired', LIMA_POWER, {
  confidence: 0.9,
  validFrom: '2024-06',
  quantities: [
    { value: 60, unit: '%' },
    { value: 2_900_000_000, unit: 'USD' },
  ],
});
const ARTICLE = {
  id: 'andes-minerals-lima-power',
  title: 'Andes Minerals buys Lima Power',
  source: 'Test Wire',
  url: 'https://news.example.org/a/1',
  publishedAt: '2024-06-14',
  language: 'es',
};

/** The problems ingest's checks without the graph find in a draft, given the entity ids the graph holds. */
function ingestProblems(d: ArticleDraft, knownEntityIds: readonly string[]): unknown[] {
  const parsed = salvageBundle(JSON.parse(JSON.stringify(d)) as unknown, { prefix: 'input' });
  if (!parsed.ok) return [...parsed.problems];
  return bundleProblems([{ file: '', bundle: parsed.bundle }], {
    knownEntityIds: new Set(knownEntityIds),
    knownArticleIds: new Set(),
  });
}

describe('analyze: draft article', () => {
  it('is the article meta as given, with the analysed text', () => {
    const d = draft({ text: TEXT, article: ARTICLE, candidateEntities: [], candidateRelationships: [] });
    expect(d.articles).toEqual([{ ...ARTICLE, note: null, text: TEXT }]);
    expect(d).toMatchObject({ entities: [], relationships: [] });
  });

  it('without meta: an id from the hash of the text, source unspecified, language en', () => {
    const d = draft({ text: TEXT, candidateEntities: [], candidateRelationships: [] });
    const hash = createHash('sha256').update(TEXT).digest('hex');
    expect(d.articles).toEqual([
      {
        id: `article-${hash.slice(0, 12)}`,
        title: null,
        source: 'unspecified',
        url: null,
        publishedAt: null,
        language: 'en',
        note: null,
        text: TEXT,
      },
    ]);
    expect(draft({ text: `${TEXT} `, candidateEntities: [], candidateRelationships: [] }).articles[0]!.id).not.toBe(d.articles[0]!.id);
  });

  it('takes the source from the URL host when none is given, and ignores a URL it cannot read', () => {
    const of = (article: Record<string, string>) =>
      draft({ text: TEXT, article, candidateEntities: [], candidateRelationships: [] }).articles[0]!.source;
    expect(of({ url: 'https://news.example.org:8443/a/1?x=1' })).toBe('news.example.org:8443');
    expect(of({ url: 'not a url' })).toBe('unspecified');
    expect(of({ url: 'https://news.example.org/', source: 'Test Wire' })).toBe('Test Wire');
    expect(of({ url: 'https://news.example.org/', source: '  ' })).toBe('news.example.org');
  });
});

describe('analyze: draft entities', () => {
  it('lists each candidate id once: the first surface as name, the other surfaces as aliases, the first type', () => {
    const d = draft({ text: TEXT, candidateEntities: CANDIDATES, candidateRelationships: [] });
    expect(d.entities).toEqual([
      {
        id: 'andes-minerals',
        name: 'Andes Minerals',
        type: 'COMPANY',
        aliases: ['andes minerals'],
        description: null,
        mergedIds: [],
        identifiers: [],
      },
      { id: 'lima-power', name: 'Lima Power', type: 'COMPANY', aliases: [], description: null, mergedIds: [], identifiers: [] },
      { id: 'enel', name: 'Enel', type: 'COMPANY', aliases: [], description: null, mergedIds: [], identifiers: [] },
    ]);
  });

  it('collapses whitespace in names, and makes ids ingest takes of ids with other letters or a known id', () => {
    const text = 'Andes\nMinerals met 北京矿业 and Señora Müller of Lima Power.';
    const d = draft({
      text,
      candidateEntities: [
        candidate(text, 'Andes\nMinerals', 'andes-minerals', 'COMPANY'),
        candidate(text, '北京矿业', '北京矿业', 'COMPANY'),
        candidate(text, 'Señora Müller', 'senora-müller', 'PERSON'),
        candidate(text, 'Lima Power', 'lima-power', 'COMPANY'),
      ],
      candidateRelationships: [],
      knownIds: new Set(['lima-power']),
    });
    const hash = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 8);
    expect(d.entities.map((e) => [e.id, e.name])).toEqual([
      ['andes-minerals', 'Andes Minerals'],
      [`entity-${hash('北京矿业')}`, '北京矿业'],
      [`senora-m-ller-${hash('senora-müller')}`, 'Señora Müller'],
      [`lima-power-${hash('lima-power')}`, 'Lima Power'],
    ]);
    expect(ingestProblems(d, ['lima-power'])).toEqual([]);
  });
});

describe('analyze: draft relationships', () => {
  it('gives each proposal as a REPORTED claim with its date, amounts, sentence as quote and a note', () => {
    const d = draft({ text: TEXT, article: ARTICLE, candidateEntities: CANDIDATES, candidateRelationships: [ACQUIRED] });
    expect(d.relationships).toEqual([
      {
        type: 'ACQUIRED',
        source: 'andes-minerals',
        target: 'lima-power',
        topic: null,
        role: null,
        validFrom: '2024-06',
        validTo: null,
        status: 'REPORTED',
        quantities: [
          { value: 60, unit: '%', label: null },
          { value: 2_900_000_000, unit: 'USD', label: null },
        ],
        evidence: [
          {
            article: 'andes-minerals-lima-power',
            quote: 'In June 2024 the Chinese firm Andes Minerals acquired 60% of Lima Power from Enel for $2.9bn.',
          },
        ],
        note: 'Proposed by analyzeText from the trigger "acquired" with confidence 0.9.',
      },
    ]);
    expect(ingestProblems(d, [])).toEqual([]);
  });

  it('keeps one of identical claims (either direction for a symmetric type), the most confident, where first proposed', () => {
    const met = relationship(TEXT, 'MET', ANDES, 'met', HUAWEI, { confidence: 0.6 });
    const metAgain = relationship(TEXT, 'MET', { ...HUAWEI, nth: 1 }, 'met', { ...ANDES, nth: 2 }, { confidence: 0.75 });
    const visited = relationship(TEXT, 'VISITED', { ...ANDES, surface: 'andes minerals' }, 'visited', { surface: '华为', id: 'huawei' });
    const visitedDated = { ...visited, validFrom: '2024' };
    const d = draft({
      text: TEXT,
      candidateEntities: CANDIDATES,
      candidateRelationships: [ACQUIRED, met, metAgain, visited, visitedDated, { ...visited, confidence: 0.5 }],
    });
    expect(d.relationships.map((r) => [r.type, r.source, r.target, r.validFrom, r.note])).toEqual([
      ['ACQUIRED', 'andes-minerals', 'lima-power', '2024-06', 'Proposed by analyzeText from the trigger "acquired" with confidence 0.9.'],
      ['MET', 'huawei', 'andes-minerals', null, 'Proposed by analyzeText from the trigger "met" with confidence 0.75.'],
      ['VISITED', 'andes-minerals', 'huawei', null, 'Proposed by analyzeText from the trigger "visited" with confidence 0.8.'],
      ['VISITED', 'andes-minerals', 'huawei', '2024', 'Proposed by analyzeText from the trigger "visited" with confidence 0.8.'],
    ]);
    expect(ingestProblems(d, ['huawei'])).toEqual([]);
  });

  it('keeps two directions of a directed type apart', () => {
    const there = relationship(TEXT, 'VISITED', ANDES, 'met', HUAWEI);
    const back = relationship(TEXT, 'VISITED', HUAWEI, 'met', ANDES);
    const d = draft({ text: TEXT, candidateEntities: CANDIDATES, candidateRelationships: [there, back] });
    expect(d.relationships.map((r) => [r.source, r.target])).toEqual([
      ['andes-minerals', 'huawei'],
      ['huawei', 'andes-minerals'],
    ]);
  });

  it('leaves out a proposal whose candidate end is not a candidate entity or whose ends are one entity, and a date that is not one', () => {
    const ghost = relationship(TEXT, 'ACQUIRED', ANDES, 'acquired', { surface: 'Enel', id: 'ghost', candidate: true });
    const loop = relationship(TEXT, 'MET', ANDES, 'met', { ...ANDES, nth: 2 });
    const badDate = {
      ...ACQUIRED,
      validFrom: '2024-13',
      quantities: [
        { value: Number.NaN, unit: 'USD' },
        { value: 1, unit: ' ' },
      ],
    };
    const d = draft({ text: TEXT, candidateEntities: CANDIDATES, candidateRelationships: [ghost, loop, badDate] });
    expect(d.relationships.map((r) => [r.type, r.source, r.target, r.validFrom, r.quantities])).toEqual([
      ['ACQUIRED', 'andes-minerals', 'lima-power', null, []],
    ]);
  });

  it('cuts a sentence longer than ingest allows to the words around both ends and the trigger, verbatim', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = `${filler(30)} Andes Minerals acquired 60% of Lima Power from its owners, ${filler(30)}.`;
    const rel = relationship(text, 'ACQUIRED', ANDES, 'acquired', LIMA_POWER);
    expect(rel.quote).toBe(text);
    const d = draft({
      text,
      candidateEntities: [
        candidate(text, 'Andes Minerals', 'andes-minerals', 'COMPANY'),
        candidate(text, 'Lima Power', 'lima-power', 'COMPANY'),
      ],
      candidateRelationships: [rel],
    });
    const quote = d.relationships[0]!.evidence[0]!.quote;
    expect(quote.split(/\s+/)).toHaveLength(40);
    expect(text).toContain(quote);
    expect(quote).toContain('Andes Minerals acquired 60% of Lima Power');
    expect(quote.startsWith('word')).toBe(true);
    expect(ingestProblems(d, [])).toEqual([]);
  });

  it('quotes the words around the trigger when the ends are too far apart for one quote', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
    const text = `Andes Minerals ${filler(30)} acquired ${filler(30)} Lima Power.`;
    const rel = relationship(text, 'ACQUIRED', ANDES, 'acquired', LIMA_POWER);
    const d = draft({
      text,
      candidateEntities: [
        candidate(text, 'Andes Minerals', 'andes-minerals', 'COMPANY'),
        candidate(text, 'Lima Power', 'lima-power', 'COMPANY'),
      ],
      candidateRelationships: [rel],
    });
    const quote = d.relationships[0]!.evidence[0]!.quote;
    expect(quote.split(/\s+/)).toHaveLength(40);
    expect(text).toContain(quote);
    expect(quote).toContain('word29 acquired word0');
    expect(ingestProblems(d, [])).toEqual([]);
  });
});

describe('analyze: analyzeText gives the draft', () => {
  it('that passes ingest’s shape, reference and quote checks, referencing known entities by id', () => {
    const text =
      'Peruvian President Dina Boluarte visited Huawei in Shenzhen. ' +
      'In 2024 Andes Minerals Corporation acquired Lima Power from Enel Group. Andes Minerals Corporation met COSCO Shipping in Lima.';
    const a = analyzeText({ text, catalog: CATALOG, article: { publishedAt: '2024-06-14' } });
    const d = a.draft;
    expect(d.articles.map((x) => [x.id.startsWith('article-'), x.publishedAt, x.text])).toEqual([[true, '2024-06-14', text]]);
    expect(d.entities.map((e) => e.id).sort()).toEqual([...new Set(a.candidateEntities.map((c) => c.id))].sort());
    expect(d.relationships.length).toBeGreaterThan(0);
    expect(d.relationships.map((r) => r.type)).toContain('LEADS');
    const drafted = new Set(d.entities.map((e) => e.id));
    expect(d.relationships.some((r) => drafted.has(r.source) || drafted.has(r.target))).toBe(true);
    expect(
      ingestProblems(
        d,
        CATALOG.map((e) => e.id),
      ),
    ).toEqual([]);
  });
});
