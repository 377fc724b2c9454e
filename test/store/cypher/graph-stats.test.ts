import { describe, expect, it } from 'vitest';
import * as g from '../../../src/store/cypher/graph-stats.js';
import { entityMap } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

describe('store: graph statistics', () => {
  it('reads entities of a type, every edge, and the degree ranking', () => {
    expect(g.entitiesOfType({ type: 'PORT' })).toEqual({
      cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type RETURN ${entityMap('e')} AS entity`,
      params: { type: 'PORT' },
    });
    expect(g.allEdges()).toEqual({ cypher: 'MATCH (s:Entity)-[r]->(t:Entity) RETURN s.id AS s, t.id AS t', params: {} });
    expect(g.degreeRanking({ type: null, limit: 10 })).toEqual({
      cypher: `MATCH (e:Entity) WHERE $type IS NULL OR e.type = $type
WITH e, COUNT { (e)--() } AS score
ORDER BY score DESC, e.name, e.id LIMIT $limit
RETURN ${entityMap('e')} AS entity, score`,
      params: { type: null, limit: 10 },
    });
    expectOnlyInParams(g.entitiesOfType({ type: HOSTILE }));
    expectOnlyInParams(g.degreeRanking({ type: HOSTILE, limit: 1 }));
  });

  it('counts the whole graph, by entity type and by relation type, in one statement', () => {
    expect(g.graphStats()).toEqual({
      cypher: `CALL () { MATCH (e:Entity) RETURN count(e) AS entities }
CALL () { MATCH (:Entity)-[r]->(:Entity) RETURN count(r) AS relationships }
CALL () { MATCH (a:Article) RETURN count(a) AS articles }
CALL () { MATCH (v:Evidence) RETURN count(v) AS evidence }
CALL () { MATCH (e:Entity) WITH e.type AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS entitiesByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH type(r) AS type, count(*) AS count ORDER BY type RETURN collect({type: type, count: count}) AS relationshipsByType }
CALL () { MATCH (:Entity)-[r]->(:Entity) WITH DISTINCT r.status AS status ORDER BY status RETURN collect(status) AS statuses }
RETURN entities, relationships, articles, evidence, entitiesByType, relationshipsByType, statuses`,
      params: {},
    });
  });
});
