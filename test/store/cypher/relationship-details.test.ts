import { describe, expect, it } from 'vitest';
import {
  DEGREE,
  detailsCalls,
  NO_DETAILS,
  returnRelationships,
  withNodes,
  type RelationshipDetails,
} from '../../../src/store/cypher/relationship-details.js';
import { articleMap, entityMap, FULL_SHAPE, relationshipMap, type Shape } from '../../../src/store/cypher/fragments.js';
import { ALL_DETAILS } from '../../helpers/details-fixtures.js';

const BARE: Shape = { entity: [], relationship: [], article: ['title'], quote: false };
const details = (d: Partial<RelationshipDetails>): RelationshipDetails => ({ ...NO_DETAILS, ...d });
/** The evidence subquery over `rels`, with its `RETURN` columns and the fields of each relationship's details. */
const evidenceCall = (outputs: string, fields: string) => `CALL (rels) {
  UNWIND rels AS r
  WITH DISTINCT r
  CALL (r) {
    MATCH (ev:Evidence {relationshipId: r.id})-[:FROM]->(a:Article) USING INDEX SEEK ev:Evidence(relationshipId)
    WITH ev, a ORDER BY a.publishedStart, a.id, ev.id
    RETURN ${outputs}
  }
  RETURN collect({${fields}}) AS details
}`;

describe('store: DEGREE', () => {
  it('reads an entity’s degree from the counts Neo4j keeps', () => {
    expect(DEGREE('e')).toBe('COUNT { (e)--() }');
    expect(DEGREE('n')).toBe('COUNT { (n)--() }');
  });
});

describe('store: detailsCalls', () => {
  it('adds nothing when nothing is selected', () => {
    expect(detailsCalls('rels', NO_DETAILS, FULL_SHAPE)).toEqual({ cypher: '', columns: [] });
  });

  it('reads the endpoints of the relationships once each, with their degrees when selected', () => {
    expect(detailsCalls('rels', details({ endpoints: true, endpointDegrees: true }), BARE)).toEqual({
      cypher: `CALL (rels) {
  UNWIND [x IN rels | startNode(x)] + [x IN rels | endNode(x)] AS n
  WITH DISTINCT n
  RETURN collect({entity: ${entityMap('n', [])}, degree: COUNT { (n)--() }}) AS endpoints
}`,
      columns: ['endpoints'],
    });
    expect(detailsCalls('hops', details({ endpoints: true }), FULL_SHAPE).cypher).toBe(`CALL (hops) {
  UNWIND [x IN hops | startNode(x)] + [x IN hops | endNode(x)] AS n
  WITH DISTINCT n
  RETURN collect({entity: ${entityMap('n')}}) AS endpoints
}`);
  });

  it('projects a node list in place of reading the endpoints, selected or not', () => {
    expect(detailsCalls('rels', details({ endpointDegrees: true }), BARE, 'nodes')).toEqual({
      cypher: '',
      columns: [`[n IN nodes | {entity: ${entityMap('n', [])}, degree: COUNT { (n)--() }}] AS endpoints`],
    });
  });

  it('reads the evidence oldest article first, with its articles, quotes and the outlets counted as selected', () => {
    expect(detailsCalls('rels', details({ evidence: true, articles: true, sourceCount: true }), BARE)).toEqual({
      cypher: evidenceCall(
        `collect({id: ev.id, publishedStart: a.publishedStart, article: ${articleMap('a', ['title'])}}) AS items, ` +
          'count(DISTINCT toLower(a.source)) AS sources',
        'id: r.id, evidence: items, sourceCount: sources',
      ),
      columns: ['details'],
    });
    expect(detailsCalls('rels', details({ evidence: true }), FULL_SHAPE).cypher).toBe(
      evidenceCall(
        'collect({id: ev.id, quote: ev.quote, publishedStart: a.publishedStart, articleId: a.id}) AS items',
        'id: r.id, evidence: items',
      ),
    );
    expect(detailsCalls('rels', details({ sourceCount: true }), FULL_SHAPE).cypher).toBe(
      evidenceCall('count(DISTINCT toLower(a.source)) AS sources', 'id: r.id, sourceCount: sources'),
    );
  });

  it('puts the endpoints before the evidence', () => {
    const both = detailsCalls('rels', ALL_DETAILS, FULL_SHAPE);
    expect(both.columns).toEqual(['endpoints', 'details']);
    expect(both.cypher.indexOf('AS endpoints')).toBeLessThan(both.cypher.indexOf('CALL (r)'));
  });
});

describe('store: returnRelationships', () => {
  it('returns the relationships as maps after the other columns, then the details', () => {
    expect(returnRelationships(NO_DETAILS)).toBe(`RETURN [x IN rels | ${relationshipMap('x')}] AS rels`);
    expect(returnRelationships(details({ sourceCount: true }), ['total'], BARE)).toBe(
      `${evidenceCall('count(DISTINCT toLower(a.source)) AS sources', 'id: r.id, sourceCount: sources')}\n` +
        `RETURN total, [x IN rels | ${relationshipMap('x', [])}] AS rels, details`,
    );
  });
});

describe('store: withNodes', () => {
  it('takes the endpoints from the node list when the nodes or the endpoints are selected', () => {
    expect(withNodes(NO_DETAILS, null, 'ns')).toEqual([NO_DETAILS, undefined]);
    expect(withNodes(details({ endpoints: true, evidence: true }), null, 'ns')).toEqual([details({ evidence: true }), 'ns']);
    expect(withNodes(NO_DETAILS, { degree: true }, 'nodes')).toEqual([details({ endpointDegrees: true }), 'nodes']);
    expect(withNodes(details({ endpoints: true, endpointDegrees: true }), { degree: false }, 'ns')).toEqual([
      details({ endpointDegrees: true }),
      'ns',
    ]);
  });
});
