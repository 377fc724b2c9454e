import { describe, expect, it } from 'vitest';
import * as q from '../../../src/store/cypher/ingest.js';
import { relationshipsByIds } from '../../../src/store/cypher/lookups.js';
import { indexDefinition, readSchemaStatements } from '../../../src/store/apply-schema.js';
import { SCHEMA_DIR } from '../../helpers/neo4j.js';

const row = (type: 'SIGNED' | 'VISITED' | 'LEADS', id: string) => ({ id, type, source: 's', target: 't', knownFrom: null, props: {} });

describe('store: ingest statements, by shape', () => {
  it('builds every ingest text from constants, whatever the rows (one plan each)', () => {
    const texts = (rows: ReturnType<typeof row>[]) => [
      q.createRelationships({ rows }).cypher,
      q.updateRelationships({ rows }).cypher,
      q.relationshipsBetween({ pairs: rows }).cypher,
      q.markDisputed({ rows: rows.map((r) => ({ ...r, by: ['x'] })) }).cypher,
      q.refreshKnownFrom({ rows }).cypher,
      q.deleteUnsupported({ relationships: rows }).cypher,
      q.resolutionCandidates({ ids: rows.map((r) => r.id), keys: ['peru'] }).cypher,
      relationshipsByIds({ ids: rows.map((r) => r.id) }).cypher,
    ];
    const a = texts([row('SIGNED', 'signed-1'), row('VISITED', 'visited-2')]);
    expect(texts([row('VISITED', 'visited-2'), row('SIGNED', 'signed-1')])).toEqual(a);
    expect(texts([row('LEADS', 'leads-3')])).toEqual(a);
    expect(texts([])).toEqual(a);
  });

  it('refuses a relationship type outside the vocabulary before it reaches a statement', () => {
    expect(() => q.createRelationships({ rows: [{ ...row('SIGNED', 'x'), type: 'SIGNED]->() DETACH DELETE (n' as 'SIGNED' }] })).toThrow(
      'Not a relation type of the vocabulary',
    );
    expect(() => q.relationshipsBetween({ pairs: [{ source: 's', target: 't', type: 'HUGGED' as 'SIGNED' }] })).toThrow(
      'Not a relation type of the vocabulary',
    );
  });

  it('looks entities up by merged id and by exact folded name or alias, quoting and escaping each value', () => {
    expect(q.keySearches({ ids: ['peru', 'peru'], keys: ['republica del peru', 'say "hi" \\ bye'] })).toEqual([
      'mergedIds:"peru" OR nameKey:"republica del peru" OR aliasKeys:"republica del peru" OR nameKey:"say \\"hi\\" \\\\ bye" OR ' +
        'aliasKeys:"say \\"hi\\" \\\\ bye"',
    ]);
    expect(q.keySearches({ ids: [], keys: [] })).toEqual([]);
  });

  it('splits a large look-up into queries Lucene accepts (at most 256 clauses each)', () => {
    const searches = q.keySearches({
      ids: Array.from({ length: 300 }, (_, i) => `e-${i}`),
      keys: Array.from({ length: 200 }, (_, i) => `k ${i}`),
    });
    expect(searches.map((s) => s.split(' OR ').length)).toEqual([256, 256, 188]);
  });

  it('declares the resolution index the look-up names: keyword analyzer over name key, alias keys and merged ids', async () => {
    const defs = (await readSchemaStatements(SCHEMA_DIR)).map(indexDefinition);
    expect(defs.find((d) => d?.name === q.ENTITY_KEYS_INDEX)).toEqual({
      name: q.ENTITY_KEYS_INDEX,
      type: 'FULLTEXT',
      entityType: 'NODE',
      labelsOrTypes: ['Entity'],
      properties: ['nameKey', 'aliasKeys', 'mergedIds'],
      config: { 'fulltext.analyzer': 'keyword', 'fulltext.eventually_consistent': false },
    });
    expect(defs.find((d) => d?.name === 'article_url')).toMatchObject({ type: 'RANGE', labelsOrTypes: ['Article'], properties: ['url'] });
  });
});
