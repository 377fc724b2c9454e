import { describe, expect, it } from 'vitest';
import * as cr from '../../../src/store/cypher/create-relationships.js';
import { relationshipsByIds } from '../../../src/store/cypher/lookups.js';
import { keepEarliestKnownFrom } from '../../../src/store/cypher/upsert-bundle.js';
import { setOfficeTextOfAnyType } from '../../../src/store/cypher/search-keys.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const row = (type: 'SIGNED' | 'VISITED' | 'LEADS', id: string) => ({ id, type, source: 's', target: 't', knownFrom: null, props: {} });
const BETWEEN_ENDS = `MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CALL (s, t, row) { MATCH (s)-[r]->(t) WHERE r.id = row.id RETURN r }`;

describe('store: relationships step statements, by shape', () => {
  it('builds every relationship text from constants, whatever the rows (one plan each)', () => {
    const texts = (rows: ReturnType<typeof row>[]) => [
      cr.createRelationships({ rows }).cypher,
      cr.updateRelationships({ rows }).cypher,
      cr.relationshipsBetween({ pairs: rows }).cypher,
      relationshipsByIds({ ids: rows.map((r) => r.id) }).cypher,
    ];
    const a = texts([row('SIGNED', 'signed-1'), row('VISITED', 'visited-2')]);
    expect(texts([row('VISITED', 'visited-2'), row('SIGNED', 'signed-1')])).toEqual(a);
    expect(texts([row('LEADS', 'leads-3')])).toEqual(a);
    expect(texts([])).toEqual(a);
  });

  it('refuses a relationship type outside the vocabulary before it reaches a statement', () => {
    expect(() => cr.createRelationships({ rows: [{ ...row('SIGNED', 'x'), type: 'SIGNED]->() DETACH DELETE (n' as 'SIGNED' }] })).toThrow(
      'Not a relation type of the vocabulary',
    );
    expect(() => cr.relationshipsBetween({ pairs: [{ source: 's', target: 't', type: 'HUGGED' as 'SIGNED' }] })).toThrow(
      'Not a relation type of the vocabulary',
    );
  });

  it('finds a relationship of a row by id between its two ends', () => {
    expect(cr.relationshipOfRow).toBe(BETWEEN_ENDS);
  });

  it('reads what the graph holds between the ends of each pair, with the fields the plan compares', () => {
    const pairs = [{ source: 'huawei', target: 'peru', type: 'SIGNED' as const }];
    expect(cr.relationshipsBetween({ pairs })).toEqual({
      cypher: `UNWIND $pairs AS pair
MATCH (s:Entity {id: pair.source})
MATCH (t:Entity {id: pair.target})
CALL (s, t, pair) { MATCH (s)-[r]->(t) WHERE type(r) = pair.type RETURN r }
RETURN pair.source AS source, pair.target AS target, pair.type AS type, r.id AS id, r.status AS status, r.quantities AS quantities,
  r.topic AS topic, r.validStart AS validStart, r.validEnd AS validEnd
ORDER BY id`,
      params: { pairs },
    });
  });

  it('creates relationships of any type from one text, the type a checked parameter, returning how many it wrote', () => {
    const rows = [row('LEADS', 'leads-3'), { ...row('SIGNED', 'signed-1'), knownFrom: '2024-06-01', props: { topic: 'AI' } }];
    expect(cr.createRelationships({ rows })).toEqual({
      cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type) {id: row.id}]->(t)
SET r += row.props,
    ${setOfficeTextOfAnyType('r', 't')},
    r.knownFrom = row.knownFrom
RETURN count(r) AS written`,
      params: { rows },
    });
  });

  it('rewrites relationships found between their ends, keeping the earliest knownFrom', () => {
    const rows = [{ ...row('SIGNED', 'signed-1'), knownFrom: '2024-06-01' }];
    expect(cr.updateRelationships({ rows })).toEqual({
      cypher: `UNWIND $rows AS row
${BETWEEN_ENDS}
SET r += row.props,
    ${setOfficeTextOfAnyType('r', 't')},
    ${keepEarliestKnownFrom('r', 'row')}
RETURN count(r) AS written`,
      params: { rows },
    });
  });

  it('carries ids, ends and properties only as parameters', () => {
    const hostile = {
      id: HOSTILE,
      type: 'SIGNED' as const,
      source: HOSTILE,
      target: HOSTILE,
      knownFrom: HOSTILE,
      props: { note: HOSTILE },
    };
    expectOnlyInParams(cr.relationshipsBetween({ pairs: [hostile] }));
    expectOnlyInParams(cr.createRelationships({ rows: [hostile] }));
    expectOnlyInParams(cr.updateRelationships({ rows: [hostile] }));
  });
});
