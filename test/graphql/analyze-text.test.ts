import { describe, expect, it } from 'vitest';
import { counts } from '../helpers/neo4j.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const TEXT =
  'Peruvian President Dina Boluarte visited 华为 in Shenzhen. Boluarte said Perú will welcome more ships at the Puerto de Chancay.';
const FIRST_SENTENCE = 'Peruvian President Dina Boluarte visited 华为 in Shenzhen.';

const QUERY = `query($text: String!) {
  analyzeText(text: $text) {
    mentions { entityId entity { id name type } matched start end text }
    candidateEntities { id text type start end }
    candidateRelationships {
      type sourceId targetId sourceIsCandidate targetIsCandidate
      source { id name } target { id name } sourceCandidate { id } targetCandidate { id }
      sourceStart sourceEnd targetStart targetEnd
      trigger triggerStart triggerEnd quote sentenceStart sentenceEnd confidence
    }
  }
}`;

interface Analysis {
  analyzeText: {
    mentions: {
      entityId: string;
      entity: { id: string; name: string; type: string };
      matched: string;
      start: number;
      end: number;
      text: string;
    }[];
    candidateEntities: { id: string; text: string; type: string; start: number; end: number }[];
    candidateRelationships: {
      type: string;
      sourceId: string;
      targetId: string;
      source: { id: string; name: string } | null;
      target: { id: string; name: string } | null;
      sourceCandidate: { id: string } | null;
      targetCandidate: { id: string } | null;
      trigger: string;
      quote: string;
      sentenceStart: number;
      sentenceEnd: number;
      confidence: number;
    }[];
  };
}

describe('graphql: analyzeText on the seeded graph', () => {
  const t = useSeededService();

  it('finds known entities by English, Chinese and Spanish names and by surname, with offsets into the text', async () => {
    const r = await t.gql<Analysis>(QUERY, { text: TEXT });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const { mentions } = r.data!.analyzeText;
    expect(mentions.map((m) => [m.entityId, m.matched, m.start, m.end, m.text])).toEqual([
      ['dina-boluarte', 'Dina Boluarte', 19, 32, 'Dina Boluarte'],
      ['huawei', '华为', 41, 43, '华为'],
      ['shenzhen', 'Shenzhen', 47, 55, 'Shenzhen'],
      ['dina-boluarte', 'Boluarte', 57, 65, 'Boluarte'],
      ['peru', 'Perú', 71, 75, 'Perú'],
      ['chancay-port', 'Puerto de Chancay', 107, 124, 'Puerto de Chancay'],
    ]);
    for (const m of mentions) {
      expect(TEXT.slice(m.start, m.end)).toBe(m.text);
      expect(m.entity.id).toBe(m.entityId);
    }
    expect(mentions[1]!.entity).toEqual({ id: 'huawei', name: 'Huawei', type: 'COMPANY' });
    expect(r.data!.analyzeText.candidateEntities).toEqual([]);
  });

  it('proposes relationships with their sentence as the quote', async () => {
    const r = await t.gql<Analysis>(QUERY, { text: TEXT });
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    const rels = r.data!.analyzeText.candidateRelationships;
    expect(rels.map((x) => [x.type, x.sourceId, x.targetId, x.trigger])).toEqual([
      ['LEADS', 'dina-boluarte', 'peru', 'Peruvian President'],
      ['VISITED', 'dina-boluarte', 'huawei', 'visited'],
      // "Boluarte said Perú will …": a statement about Peru.
      ['STATED', 'dina-boluarte', 'peru', 'said'],
    ]);
    expect(rels[1]).toMatchObject({
      source: { id: 'dina-boluarte', name: 'Dina Boluarte' },
      target: { id: 'huawei', name: 'Huawei' },
      sourceCandidate: null,
      targetCandidate: null,
      sourceStart: 19,
      sourceEnd: 32,
      targetStart: 41,
      targetEnd: 43,
      quote: FIRST_SENTENCE,
      sentenceStart: 0,
      sentenceEnd: FIRST_SENTENCE.length,
    });
    expect(rels[1]!.confidence).toBeGreaterThan(0);
    expect(rels[1]!.confidence).toBeLessThanOrEqual(1);
  });

  it('never writes: node and relationship counts are unchanged', async () => {
    const before = await counts(t.store);
    for (let i = 0; i < 3; i++) {
      const r = await t.gql<Analysis>(QUERY, { text: TEXT });
      expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    }
    expect(await counts(t.store)).toEqual(before);
  });

  it('refuses an empty or an over-long text with BAD_USER_INPUT naming the argument', async () => {
    for (const [text, message] of [
      ['  ', 'text: must not be empty'],
      ['x'.repeat(50_001), 'text: must be at most 50000 characters'],
    ] as const) {
      const r = await t.gql(QUERY, { text });
      expect(r.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT', argument: 'text' } });
    }
  });
});
