import { describe, expect, it } from 'vitest';
import * as q from '../../../src/store/cypher/undo-retraction.js';
import { relationshipOfRow } from '../../../src/store/cypher/create-relationships.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: undo of a retraction, by shape', () => {
  it('reads every obstacle in one statement, one text whatever the ids and types', () => {
    const a = q.restoreObstacles({
      articleId: 'a1',
      url: 'https://example.org/a',
      relationships: [{ id: 'signed-1', type: 'SIGNED' }],
      entityIds: ['x'],
      endpoints: ['peru'],
    });
    expect(a.params).toEqual({
      articleId: 'a1',
      url: 'https://example.org/a',
      relationshipIds: { SIGNED: ['signed-1'] },
      entityIds: ['x'],
      endpoints: ['peru'],
    });
    expect(q.restoreObstacles({ articleId: 'b', url: null, relationships: [], entityIds: [], endpoints: [] }).cypher).toBe(a.cypher);
    expect(a.cypher).toContain('UNWIND $entityIds AS id MATCH (e:Entity) WHERE id IN e.mergedIds RETURN id');
  });

  it('puts whole property maps back: entities (office keys renewed), the article, evidence, relationships of any type', () => {
    expect(q.createArticle({ props: { id: 'a1' } })).toEqual({
      cypher: 'CREATE (a:Article) SET a = $props',
      params: { props: { id: 'a1' } },
    });
    expect(q.putEntities({ rows: [] }).cypher).toMatch(
      /^UNWIND \$rows AS row MERGE \(e:Entity \{id: row.id\}\) SET e = row.props WITH e CALL \(e\)/,
    );
    expect(q.createEvidence({ rows: [] }).cypher).toBe(`UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (ev:Evidence)
SET ev = row.props
CREATE (ev)-[:FROM]->(a)`);
    const rel = { type: 'SIGNED', source: 's', target: 't', props: { id: 'signed-1' } };
    expect(q.recreateRelationships({ rows: [rel] }).cypher).toContain('CREATE (s)-[r:$(row.type)]->(t)\nSET r = row.props,');
    expect(
      q
        .putRelationshipProps({ rows: [{ ...rel, id: 'signed-1' }] })
        .cypher.startsWith(`UNWIND $rows AS row\n${relationshipOfRow}\nSET r = row.props,`),
    ).toBe(true);
    expect(() => q.recreateRelationships({ rows: [{ ...rel, type: 'FRIENDS' }] })).toThrow('Not a relation type of the vocabulary');
  });

  it('carries every value only as a parameter', () => {
    expectOnlyInParams(
      q.restoreObstacles({ articleId: HOSTILE, url: HOSTILE, relationships: [], entityIds: [HOSTILE], endpoints: [HOSTILE] }),
    );
    expectOnlyInParams(q.createArticle({ props: { id: HOSTILE } }));
    expectOnlyInParams(q.putEntities({ rows: [{ id: HOSTILE, props: {} }] }));
    expectOnlyInParams(q.createEvidence({ rows: [{ articleId: HOSTILE, props: {} }] }));
    expectOnlyInParams(q.recreateRelationships({ rows: [{ type: 'SIGNED', source: HOSTILE, target: 't', props: {} }] }));
    expectOnlyInParams(q.putRelationshipProps({ rows: [{ id: HOSTILE, source: 's', target: 't', props: {} }] }));
  });
});
