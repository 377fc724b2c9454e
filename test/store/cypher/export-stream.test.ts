import { describe, expect, it } from 'vitest';
import * as x from '../../../src/store/cypher/export-stream.js';
import { NO_FILTER, type EdgeFilter } from '../../../src/store/cypher/fragments.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const SIGNED_CONFIRMED: EdgeFilter = { ...NO_FILTER, types: ['SIGNED'], statuses: ['CONFIRMED'] };

describe('store: the statements of a streamed export', () => {
  it('keeps everything only when no type, status, as-of or window condition is set', () => {
    expect(x.keepsEverything(NO_FILTER)).toBe(true);
    expect(x.keepsEverything({ ...NO_FILTER, types: [] })).toBe(true);
    expect(x.keepsEverything({ ...NO_FILTER, types: ['SIGNED'] })).toBe(false);
    expect(x.keepsEverything({ ...NO_FILTER, statuses: ['CONFIRMED'] })).toBe(false);
    expect(x.keepsEverything({ ...NO_FILTER, windowStart: '2024-01-01' })).toBe(false);
    expect(x.keepsEverything({ ...NO_FILTER, asOfStart: '2024-01-01', asOfEnd: '2024-12-31' })).toBe(false);
  });

  it('reads every entity of the whole graph in the id index’s order, and only the ends of kept relationships under a filter', () => {
    const all = x.exportEntities({ kind: 'all', filter: NO_FILTER });
    expect(all.cypher).toBe(`MATCH (e:Entity) WHERE e.id IS NOT NULL
WITH e ORDER BY e.id
RETURN e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description, mergedIds: coalesce(e.mergedIds, []), identifiers: coalesce(e.identifiers, [])} AS entity`);
    expect(all.params).toEqual({});
    const kept = x.exportEntities({ kind: 'all', filter: SIGNED_CONFIRMED });
    expect(kept.cypher).toContain('AND EXISTS { MATCH (e)-[r:SIGNED]-(:Entity) WHERE r.status IN $statuses }');
    expect(kept.params).toMatchObject({ statuses: ['CONFIRMED'] });
  });

  it('reads a view’s entities and relationships by id, the relationships through their types’ indexes', () => {
    const scope: x.ExportScope = { kind: 'ids', entityIds: ['b', 'a'], relationships: [{ id: 'signed-1', type: 'SIGNED' }] };
    expect(x.exportEntities(scope).params).toEqual({ ids: ['b', 'a'] });
    expect(x.exportRelationships(scope).params).toEqual({ ids: { SIGNED: ['signed-1'] } });
    expect(x.exportArticles(scope).params).toEqual({ relationshipIds: ['signed-1'] });
    expect(x.exportRelationships(scope).cypher).toContain(
      'UNWIND coalesce($ids.SIGNED, []) AS id MATCH ()-[r:SIGNED {id: id}]->() RETURN r',
    );
  });

  it('sorts every list by id in Neo4j and evidence by its id', () => {
    const scope: x.ExportScope = { kind: 'all', filter: NO_FILTER };
    expect(x.exportRelationships(scope).cypher).toContain('MATCH (:Entity)-[r]->(:Entity)\nWHERE true\nWITH r ORDER BY r.id');
    expect(x.exportRelationships(scope).cypher).toContain('WITH ev, a ORDER BY ev.id');
    expect(x.exportArticles(scope).cypher.endsWith('ORDER BY article.id')).toBe(true);
  });

  it('sends every value as a parameter', () => {
    const hostile: EdgeFilter = {
      ...NO_FILTER,
      statuses: [HOSTILE],
      asOfStart: HOSTILE,
      asOfEnd: HOSTILE,
      windowStart: HOSTILE,
      windowEnd: HOSTILE,
    };
    const scopes: x.ExportScope[] = [
      { kind: 'all', filter: hostile },
      { kind: 'ids', entityIds: [HOSTILE], relationships: [{ id: HOSTILE, type: 'SIGNED' }] },
    ];
    for (const scope of scopes) {
      expectOnlyInParams(x.exportEntities(scope));
      expectOnlyInParams(x.exportArticles(scope));
      expectOnlyInParams(x.exportRelationships(scope));
    }
  });
});
