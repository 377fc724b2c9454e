import { describe, expect, it } from 'vitest';
import { useSeededService } from '../helpers/use-seeded-graph.js';

const KEY = 'curator-secret-0123456789';

const TEXT = `Lima, 3 March 2025 — Peru's trade minister met executives of Minmetals in Lima on Monday.
The Chinese company Minmetals signed a memorandum with Peru to expand the Las Bambas mine.
Officials said the Chancay port would ship the copper.`;

const ARTICLE = {
  id: 'test-minmetals-las-bambas',
  title: 'Minmetals and Peru sign Las Bambas memorandum',
  source: 'Test Wire',
  url: 'https://example.org/minmetals',
  publishedAt: '2025-03-03',
  text: TEXT,
};

/** The case: one new entity, one new relationship (to an entity the seed holds). */
const oneNew = () => ({
  articles: [ARTICLE],
  entities: [{ id: 'minmetals', name: 'Minmetals', type: 'COMPANY', aliases: ['五矿'] }],
  relationships: [
    {
      type: 'AFFILIATED_WITH',
      source: 'minmetals',
      target: 'china',
      evidence: [{ article: ARTICLE.id, quote: 'The Chinese company Minmetals' }],
    },
  ],
});

/** Two new entities, one matched to Peru by its name, three new relationships. */
const full = () => ({
  articles: [ARTICLE],
  entities: [
    { id: 'minmetals', name: 'Minmetals', type: 'COMPANY', aliases: ['五矿'] },
    { id: 'las-bambas-memorandum', name: 'Las Bambas expansion memorandum', type: 'AGREEMENT' },
    { id: 'peru-again', name: 'Perú', type: 'COUNTRY', aliases: ['República del Perú'] },
  ],
  relationships: [
    {
      type: 'SIGNED',
      source: 'minmetals',
      target: 'las-bambas-memorandum',
      validFrom: '2025-03',
      evidence: [{ article: ARTICLE.id, quote: 'The Chinese company Minmetals signed a memorandum with Peru' }],
    },
    {
      type: 'PARTY_TO',
      source: 'peru-again',
      target: 'las-bambas-memorandum',
      validFrom: '2025-03',
      evidence: [{ article: ARTICLE.id, quote: 'signed a memorandum with Peru to expand the Las Bambas mine' }],
    },
    {
      type: 'AFFILIATED_WITH',
      source: 'minmetals',
      target: 'china',
      evidence: [{ article: ARTICLE.id, quote: 'The Chinese company Minmetals' }],
    },
  ],
});

/** The same article corrected: under a new id (same URL), stating only its first claim. */
const corrected = () => {
  const input = full();
  return {
    ...input,
    articles: [{ ...ARTICLE, id: 'test-minmetals-renamed' }],
    relationships: input.relationships
      .slice(0, 1)
      .map((r) => ({ ...r, evidence: r.evidence.map((e) => ({ ...e, article: 'test-minmetals-renamed' })) })),
  };
};

const corroborating = () => ({
  articles: [{ id: 'test-second-source', source: 'Another Outlet', publishedAt: '2024-07' }],
  relationships: [
    {
      type: 'GRANTED_EXCLUSIVITY_TO',
      source: 'peru',
      target: 'cosco-shipping',
      topic: 'operation of Chancay port',
      validFrom: '2021',
      status: 'DISPUTED',
      evidence: [{ article: 'test-second-source', quote: 'Peru had granted COSCO exclusive rights at Chancay in 2021.' }],
    },
  ],
});

const contradicting = () => ({
  articles: [{ id: 'test-contradiction', source: 'Contrarian Daily', publishedAt: '2024-07' }],
  relationships: [
    {
      type: 'RECEIVED_INVESTMENT',
      source: 'peru',
      target: 'belt-and-road-initiative',
      validFrom: '2023',
      validTo: '2023',
      quantities: [{ value: 1.5e9, unit: 'USD' }],
      evidence: [{ article: 'test-contradiction', quote: 'Peru received only $1.5 billion under the initiative in 2023.' }],
    },
  ],
});

/** Every list of the answer, with every scalar field and count below it. */
const INGEST = `fragment E on Entity { id name type aliases description mergedIds degree }
fragment R on Relationship {
  id type topic role validFrom validTo validFromPrecision validToPrecision status knownFrom note sourceCount
  quantities { value unit label }
  source { ...E } target { ...E }
  evidence { id quote article { id title source url publishedAt language note } }
}
mutation($input: ArticleInput!, $dryRun: Boolean) { ingestArticle(input: $input, dryRun: $dryRun) {
  dryRun auditId
  article { id title source url publishedAt language note entities { ...E } relationships { ...R } }
  articles { id relationships { id } entities { id } }
  createdEntities { ...E }
  mergedEntities { inputId entity { ...E } }
  createdRelationships { ...R }
  corroboratedRelationships { ...R }
  disputedRelationships { ...R }
  unchangedRelationships { ...R }
  removedRelationshipIds evidenceAdded evidenceRemoved
} }`;

type Answer = Record<string, unknown> & {
  dryRun: boolean;
  auditId: string | null;
  createdEntities: { id: string }[];
  mergedEntities: { inputId: string; entity: { id: string; aliases: string[] } }[];
  createdRelationships: { id: string; sourceCount: number; evidence: unknown[] }[];
  corroboratedRelationships: { id: string; sourceCount: number; evidence: unknown[] }[];
  disputedRelationships: { id: string; status: string }[];
  unchangedRelationships: { id: string }[];
  removedRelationshipIds: string[];
  evidenceAdded: number;
  evidenceRemoved: number;
  article: { relationships: { id: string }[] };
};

describe('ingest: a dry run reports what the real ingest does', () => {
  const t = useSeededService({ env: { API_KEYS: `curator:${KEY}` }, seed: 'each' });
  const ingest = async (input: unknown, dryRun: boolean): Promise<Answer> => {
    const body = await t.gql<{ ingestArticle: Answer }>(INGEST, { input, dryRun }, { authorization: `Bearer ${KEY}` });
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data!.ingestArticle;
  };
  /** Every node and relationship with its labels or type and all its properties, in a stable order. */
  const dump = async (): Promise<string[]> => {
    const rows = await t.store.read({
      cypher: `CALL () { MATCH (n) RETURN labels(n) AS kind, properties(n) AS props, null AS ends
                 UNION ALL MATCH (a)-[r]->(b) RETURN [type(r)] AS kind, properties(r) AS props, [a.id, b.id] AS ends }
               RETURN kind, props, ends`,
      params: {},
    });
    return rows
      .map((r) =>
        JSON.stringify(r, (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort()) : v,
        ),
      )
      .sort();
  };
  /** Dry run, check the graph did not change, then the real ingest; both answers (the real one without its audit id). */
  const dryThenReal = async (input: unknown): Promise<{ dry: Answer; real: Answer }> => {
    const before = await dump();
    const dry = await ingest(input, true);
    expect(await dump()).toEqual(before);
    const real = await ingest(input, false);
    expect(dry.dryRun).toBe(true);
    expect(dry.auditId).toBeNull();
    expect(real.dryRun).toBe(false);
    expect(real.auditId).toMatch(/^audit-/);
    return { dry: { ...dry, dryRun: false, auditId: null }, real: { ...real, auditId: null } };
  };

  it('lists the entity and relationship an input creates (the issue: a dry run answered both lists empty)', async () => {
    const { dry, real } = await dryThenReal(oneNew());
    expect(dry.createdEntities.map((e) => e.id)).toEqual(['minmetals']);
    expect(dry.createdRelationships).toHaveLength(1);
    expect(dry.evidenceAdded).toBe(1);
    expect(dry).toEqual(real);
  });

  it('creates: new entities, one matched by name gaining an alias, new relationships, with degrees, evidence and articles', async () => {
    const { dry, real } = await dryThenReal(full());
    expect(dry.createdEntities.map((e) => e.id).sort()).toEqual(['las-bambas-memorandum', 'minmetals']);
    expect(dry.mergedEntities.map((m) => [m.inputId, m.entity.id, m.entity.aliases.includes('República del Perú')])).toEqual([
      ['peru-again', 'peru', true],
    ]);
    expect(dry.createdRelationships).toHaveLength(3);
    expect(dry.article.relationships).toHaveLength(3);
    expect(dry).toEqual(real);
  });

  it('corroborates: the claim the graph holds gains a source', async () => {
    const { dry, real } = await dryThenReal(corroborating());
    expect(dry.createdRelationships).toEqual([]);
    expect(dry.corroboratedRelationships).toHaveLength(1);
    expect(dry.corroboratedRelationships[0]!.sourceCount).toBe(3);
    expect(dry.corroboratedRelationships[0]!.evidence).toHaveLength(3);
    expect(dry).toEqual(real);
  });

  it('disputes: the contradicting claim stands beside the one it contradicts, both DISPUTED', async () => {
    const { dry, real } = await dryThenReal(contradicting());
    expect(dry.createdRelationships).toHaveLength(1);
    expect(dry.disputedRelationships.map((d) => d.status)).toEqual(['DISPUTED', 'DISPUTED']);
    expect(dry).toEqual(real);
  });

  it('leaves unchanged: the same article again', async () => {
    await ingest(full(), false);
    const { dry, real } = await dryThenReal(full());
    expect(dry.unchangedRelationships).toHaveLength(3);
    expect(dry.createdEntities).toEqual([]);
    expect(dry.mergedEntities.map((m) => m.entity.id).sort()).toEqual(['las-bambas-memorandum', 'minmetals', 'peru']);
    expect(dry.evidenceAdded).toBe(0);
    expect(dry).toEqual(real);
  });

  it('removes: a corrected re-ingest drops the claims it no longer states', async () => {
    await ingest(full(), false);
    const { dry, real } = await dryThenReal(corrected());
    expect(dry.removedRelationshipIds).toHaveLength(2);
    expect(dry.evidenceRemoved).toBe(2);
    expect(dry.unchangedRelationships).toHaveLength(1);
    expect(dry.article.relationships).toHaveLength(1);
    expect(dry).toEqual(real);
  });
});
