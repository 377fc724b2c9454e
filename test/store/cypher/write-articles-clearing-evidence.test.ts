import { describe, expect, it } from 'vitest';
import * as wa from '../../../src/store/cypher/write-articles-clearing-evidence.js';
import { relationshipsOfTypedIds } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, paramStrings } from '../../helpers/cypher-shape.js';

const row = (type: 'SIGNED' | 'VISITED' | 'LEADS', id: string) => ({ id, type, source: 's', target: 't', knownFrom: null, props: {} });
const DELETE_EVIDENCE = `UNWIND $articleIds AS articleId
MATCH (ev:Evidence)-[:FROM]->(:Article {id: articleId})
WITH ev, ev.id AS id, ev.relationshipId AS relationshipId, ev.relationshipType AS type
DETACH DELETE ev
RETURN id, relationshipId, type`;

describe('store: articles and prior evidence statements, by shape', () => {
  it('builds the deletion of unsupported relationships from constants, whatever the rows (one plan)', () => {
    const text = (rows: ReturnType<typeof row>[]) => wa.deleteUnsupported({ relationships: rows }).cypher;
    const a = text([row('SIGNED', 'signed-1'), row('VISITED', 'visited-2')]);
    expect(text([row('VISITED', 'visited-2'), row('SIGNED', 'signed-1')])).toEqual(a);
    expect(text([row('LEADS', 'leads-3')])).toEqual(a);
    expect(text([])).toEqual(a);
  });

  it('writes the articles and deletes the evidence that cited them, in one statement', () => {
    const rows = [{ id: 'a1', props: { title: 'T' } }];
    expect(wa.writeArticlesClearingEvidence({ rows, articleIds: ['a1'] })).toEqual({
      cypher: `CALL () { UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props }\n${DELETE_EVIDENCE}`,
      params: { rows, articleIds: ['a1'] },
    });
  });

  it("deletes the evidence of articles, returning each item's id and relationship", () => {
    expect(wa.deleteEvidenceOfArticles({ articleIds: ['a1', 'a2'] })).toEqual({
      cypher: DELETE_EVIDENCE,
      params: { articleIds: ['a1', 'a2'] },
    });
  });

  it('deletes the relationships no evidence supports, found through the index of their type', () => {
    expect(
      wa.deleteUnsupported({ relationships: [row('SIGNED', 'signed-1'), row('SIGNED', 'signed-1'), row('LEADS', 'leads-3')] }),
    ).toEqual({
      cypher: `${relationshipsOfTypedIds('ids')}
WITH r, r.id AS id, type(r) AS type, startNode(r).id AS source, endNode(r).id AS target, r.contentHash AS contentHash,
  NOT EXISTS { MATCH (:Evidence {relationshipId: r.id}) } AS deleted
FOREACH (_ IN CASE WHEN deleted THEN [1] ELSE [] END | DELETE r)
RETURN id, type, source, target, contentHash, deleted`,
      params: { ids: { SIGNED: ['signed-1'], LEADS: ['leads-3'] } },
    });
  });

  it('carries rows and ids only as parameters', () => {
    const queries = [
      wa.writeArticlesClearingEvidence({ rows: [{ id: HOSTILE, props: { title: HOSTILE } }], articleIds: [HOSTILE] }),
      wa.deleteEvidenceOfArticles({ articleIds: [HOSTILE] }),
      wa.deleteUnsupported({ relationships: [{ id: HOSTILE, type: 'SIGNED' }] }),
    ];
    for (const q of queries) {
      expect(paramStrings(q.params)).toContain(HOSTILE);
      expect(q.cypher).not.toContain(HOSTILE);
    }
  });
});
