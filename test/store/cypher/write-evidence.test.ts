import { describe, expect, it } from 'vitest';
import * as we from '../../../src/store/cypher/write-evidence.js';
import { relationshipOfRow } from '../../../src/store/cypher/create-relationships.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const row = (type: 'SIGNED' | 'VISITED' | 'LEADS', id: string) => ({ id, type, source: 's', target: 't', knownFrom: null, props: {} });
const KNOWN_FROM = `OPTIONAL MATCH (ev:Evidence {relationshipId: row.id})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
WITH r, min(a.publishedStart) AS known
SET r.knownFrom = known`;

describe('store: evidence and knownFrom statements, by shape', () => {
  it('builds the knownFrom text from constants, whatever the rows (one plan)', () => {
    const text = (rows: ReturnType<typeof row>[]) => we.refreshKnownFrom({ rows }).cypher;
    const a = text([row('SIGNED', 'signed-1'), row('VISITED', 'visited-2')]);
    expect(text([row('VISITED', 'visited-2'), row('SIGNED', 'signed-1')])).toEqual(a);
    expect(text([row('LEADS', 'leads-3')])).toEqual(a);
    expect(text([])).toEqual(a);
  });

  it('recomputes knownFrom of each relationship from the earliest article its evidence cites, seeking the evidence index', () => {
    const rows = [{ id: 'signed-1', source: 'huawei', target: 'peru' }];
    expect(we.refreshKnownFrom({ rows })).toEqual({ cypher: `UNWIND $rows AS row\n${relationshipOfRow}\n${KNOWN_FROM}`, params: { rows } });
  });

  it('writes the evidence, then renews knownFrom of the touched relationships, in one statement of the ends only', () => {
    const evidence = [{ id: 'ev-1', articleId: 'a1', props: { quote: 'signed' } }];
    const touched = [{ ...row('SIGNED', 'signed-1'), knownFrom: '2024-06-01' }];
    expect(we.writeEvidence({ evidence, touched })).toEqual({
      cypher: `CALL () {
  UNWIND $evidence AS row
  MATCH (a:Article {id: row.articleId})
  MERGE (e:Evidence {id: row.id})
  SET e += row.props
  MERGE (e)-[:FROM]->(a)
}
CALL () {
  UNWIND $touched AS row
  MATCH (s:Entity {id: row.source})
  MATCH (t:Entity {id: row.target})
  CALL (s, t, row) { MATCH (s)-[r]->(t) WHERE r.id = row.id RETURN r }
  OPTIONAL MATCH (ev:Evidence {relationshipId: row.id})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
  WITH r, min(a.publishedStart) AS known
  SET r.knownFrom = known
}`,
      params: { evidence, touched: [{ id: 'signed-1', source: 's', target: 't' }] },
    });
    expect(we.writeEvidence({ evidence: [], touched: [] }).params).toEqual({ evidence: [], touched: [] });
  });

  it('carries evidence and relationship ids only as parameters', () => {
    expectOnlyInParams(we.refreshKnownFrom({ rows: [{ id: HOSTILE, source: 's', target: 't' }] }));
    expectOnlyInParams(
      we.writeEvidence({
        evidence: [{ id: HOSTILE, articleId: HOSTILE, props: { quote: HOSTILE } }],
        touched: [{ id: HOSTILE, source: 's', target: 't' }],
      }),
    );
  });
});
