import { describe, expect, it } from 'vitest';
import { applySchema, indexDefinition, indexDifferences, readSchemaStatements } from '../../src/store/apply-schema.js';
import { OFFICE_RELATIONS } from '../../src/domain/vocabulary.js';
import { SCHEMA_DIR, testStore } from '../helpers/neo4j.js';

describe('store: schema index definitions', () => {
  it('reads what an index statement declares', async () => {
    const defs = (await readSchemaStatements(SCHEMA_DIR)).map(indexDefinition).filter(Boolean);
    expect(defs.find((d) => d!.name === 'entity_search')).toEqual({
      name: 'entity_search',
      type: 'FULLTEXT',
      entityType: 'NODE',
      labelsOrTypes: ['Entity'],
      properties: ['searchText', 'descriptionText'],
      config: { 'fulltext.analyzer': 'unicode_whitespace', 'fulltext.eventually_consistent': false },
    });
    expect(defs.find((d) => d!.name === 'entity_type')).toEqual({
      name: 'entity_type',
      type: 'RANGE',
      entityType: 'NODE',
      labelsOrTypes: ['Entity'],
      properties: ['type'],
      config: {},
    });
  });

  it('indexes the offices of exactly the office relation types', async () => {
    const defs = (await readSchemaStatements(SCHEMA_DIR)).map(indexDefinition);
    const office = defs.find((d) => d?.name === 'office_search');
    expect(office).toMatchObject({ entityType: 'RELATIONSHIP', labelsOrTypes: [...OFFICE_RELATIONS].sort(), properties: ['officeText'] });
  });

  it('names every difference between an existing index and its declaration, and none when they agree', () => {
    const declared = indexDefinition(
      'CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (n:Entity) ON EACH [n.searchText, n.descriptionText] OPTIONS { ' +
        "indexConfig: { `fulltext.analyzer`: 'unicode_whitespace', `fulltext.eventually_consistent`: false } }",
    )!;
    const existing = {
      name: 'entity_search',
      type: 'FULLTEXT',
      entityType: 'NODE',
      labelsOrTypes: ['Entity'],
      properties: ['searchText'],
      options: { indexConfig: { 'fulltext.analyzer': 'cjk', 'fulltext.eventually_consistent': false } },
    };
    expect(indexDifferences(declared, existing)).toEqual([
      'properties searchText → searchText, descriptionText',
      'fulltext.analyzer cjk → unicode_whitespace',
    ]);
    expect(
      indexDifferences(declared, {
        ...existing,
        properties: ['searchText', 'descriptionText'],
        options: { indexConfig: { ...existing.options.indexConfig, 'fulltext.analyzer': 'unicode_whitespace' } },
      }),
    ).toEqual([]);
  });
});

describe('store: applying the schema from two processes at once', () => {
  it('creates the missing constraints from both, neither failing on the other (as two replicas starting together do)', async () => {
    const store = testStore();
    try {
      const names = ['rel_met_id', 'rel_sold_id', 'rel_hosted_id', 'rel_built_id'];
      for (const name of names) await store.schema({ cypher: `DROP CONSTRAINT ${name} IF EXISTS`, params: {} });
      const missing = await Promise.all([applySchema(store, SCHEMA_DIR), applySchema(store, SCHEMA_DIR), applySchema(store, SCHEMA_DIR)]);
      expect(missing).toEqual([[], [], []]);
      const present = await store.read({
        cypher: 'SHOW CONSTRAINTS YIELD name WHERE name IN $names RETURN name ORDER BY name',
        params: { names },
      });
      expect(present.map((r) => r.name)).toEqual([...names].sort());
    } finally {
      await store.close();
    }
  });
});
