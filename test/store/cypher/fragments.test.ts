import { describe, expect, it } from 'vitest';
import * as f from '../../../src/store/cypher/fragments.js';
import { RELATION_TYPE_NAMES, type RelationType } from '../../../src/domain/vocabulary.js';
import { HOSTILE, expectOnlyInParams } from '../../helpers/cypher-shape.js';

const { NO_FILTER } = f;
const types = (...t: string[]): RelationType[] => t as RelationType[];

describe('store: cypher fragments, the projections', () => {
  it('projects an entity whole by default, list fields never null', () => {
    expect(f.entityMap()).toBe(
      'e {.id, .name, .type, aliases: coalesce(e.aliases, []), .description, mergedIds: coalesce(e.mergedIds, []), ' +
        'identifierKeys: coalesce(e.identifiers, [])}',
    );
    expect(f.entityMap('n', f.FULL_SHAPE.entity)).toBe(f.entityMap('n'));
  });

  it('projects only the entity fields asked for, always with id and name, in one order whatever the order asked', () => {
    expect(f.entityMap('n', [])).toBe('n {.id, .name}');
    expect(f.entityMap('n', ['mergedIds', 'type'])).toBe('n {.id, .name, .type, mergedIds: coalesce(n.mergedIds, [])}');
    expect(f.entityMap('n', ['type', 'mergedIds'])).toBe(f.entityMap('n', ['mergedIds', 'type']));
    expect(f.entityMap('n', ['identifiers'])).toBe('n {.id, .name, identifierKeys: coalesce(n.identifiers, [])}');
  });

  it('projects a relationship with its id, type and endpoint ids, then the fields asked for in one order', () => {
    expect(f.relationshipMap()).toBe(
      '{id: r.id, type: type(r), sourceId: startNode(r).id, targetId: endNode(r).id, topic: r.topic, role: r.role, validFrom: ' +
        'r.validFrom, validTo: r.validTo, status: r.status, quantities: r.quantities, knownFrom: r.knownFrom, note: r.note}',
    );
    expect(f.relationshipMap('x', [])).toBe('{id: x.id, type: type(x), sourceId: startNode(x).id, targetId: endNode(x).id}');
    expect(f.relationshipMap('x', ['status', 'topic'])).toBe(
      '{id: x.id, type: type(x), sourceId: startNode(x).id, targetId: endNode(x).id, topic: x.topic, status: x.status}',
    );
    expect(f.relationshipMap('x', ['topic', 'status'])).toBe(f.relationshipMap('x', ['status', 'topic']));
  });

  it('projects an article with its id, then the fields asked for in one order', () => {
    expect(f.articleMap()).toBe('a {.id, .title, .source, .url, .publishedAt, .language, .note}');
    expect(f.articleMap('b', ['url', 'title'])).toBe('b {.id, .title, .url}');
    expect(f.articleMap('b', [])).toBe('b {.id}');
  });
});

describe('store: cypher fragments, relationship types', () => {
  it('writes no type pattern for no types', () => {
    expect(f.typePattern(undefined)).toBe('');
    expect(f.typePattern([])).toBe('');
  });

  it('writes the types sorted and once each: one text whatever order a client lists them in', () => {
    expect(f.typePattern(types('VISITED', 'SIGNED', 'VISITED'))).toBe(':SIGNED|VISITED');
    expect(f.typePattern(types('SIGNED', 'VISITED'))).toBe(':SIGNED|VISITED');
    expect(f.typePattern(types('LEADS'))).toBe(':LEADS');
  });

  it('refuses a type outside the vocabulary before it reaches a text', () => {
    expect(() => f.typePattern(types('SIGNED', HOSTILE))).toThrow(`Not a relation type: ${HOSTILE}`);
    expect(() => f.typePattern(types('signed'))).toThrow('Not a relation type: signed');
    expect(() => f.typePattern(types('toString'))).toThrow('Not a relation type: toString');
  });

  it('reads relationships by typed id through one branch per vocabulary type, in name order, whatever the ids', () => {
    expect(RELATION_TYPE_NAMES).toEqual([...RELATION_TYPE_NAMES].sort());
    const lines = f.relationshipsOfTypedIds('p', 'q').split('\n');
    expect(lines).toHaveLength(2 * RELATION_TYPE_NAMES.length + 1);
    expect(lines.slice(0, 4)).toEqual([
      'CALL () {',
      '  UNWIND coalesce($p.ACQUIRED, []) AS id MATCH ()-[q:ACQUIRED {id: id}]->() RETURN q',
      '  UNION ALL',
      '  UNWIND coalesce($p.ADOPTED, []) AS id MATCH ()-[q:ADOPTED {id: id}]->() RETURN q',
    ]);
    expect(lines.slice(-2)).toEqual(['  UNWIND coalesce($p.VISITED, []) AS id MATCH ()-[q:VISITED {id: id}]->() RETURN q', '}']);
    expect(lines.filter((_, i) => i % 2 === 0 && i > 0 && i < lines.length - 1)).toEqual(
      Array(RELATION_TYPE_NAMES.length - 1).fill('  UNION ALL'),
    );
    expect(f.relationshipsOfTypedIds('ids')).toContain('MATCH ()-[r:SIGNED {id: id}]->() RETURN r');
  });

  it('groups ids by type for that subquery, each once, leaving out ids of no vocabulary type', () => {
    expect(
      f.idsByType([
        { id: 'visited-2', type: 'VISITED' },
        { id: 'signed-1', type: 'SIGNED' },
        { id: 'signed-1', type: 'SIGNED' },
        { id: 'signed-3', type: 'SIGNED' },
        { id: 'x', type: HOSTILE },
      ]),
    ).toEqual({ VISITED: ['visited-2'], SIGNED: ['signed-1', 'signed-3'] });
    expect(f.idsByType([])).toEqual({});
    // An id is a value: it travels whatever it holds.
    expect(f.idsByType([{ id: HOSTILE, type: 'LEADS' }])).toEqual({ LEADS: [HOSTILE] });
  });
});

describe('store: cypher fragments, the edge filters', () => {
  it('writes the as-of condition: valid at some time in the window and reported by its end; all when no start', () => {
    expect(f.asOfPredicate()).toBe(
      '($asOfStart IS NULL OR (r.knownFrom IS NOT NULL AND r.knownFrom <= $asOfEnd AND coalesce(r.validStart, r.knownFrom) <= ' +
        '$asOfEnd AND (r.validEnd IS NULL OR r.validEnd >= $asOfStart)))',
    );
  });

  it('writes the window condition: valid time overlapping the window, undated claims outside; all when no bound', () => {
    expect(f.windowPredicate('x')).toBe(
      '(($windowStart IS NULL AND $windowEnd IS NULL) OR (coalesce(x.validStart, x.validEnd) IS NOT NULL AND ($windowEnd IS NULL ' +
        'OR coalesce(x.validStart, x.validEnd) <= $windowEnd) AND ($windowStart IS NULL OR x.validEnd IS NULL OR x.validEnd >= ' +
        '$windowStart)))',
    );
  });

  it('joins as-of, window and status conditions, the statuses from the parameter named', () => {
    expect(f.edgePredicate()).toBe(
      `${f.asOfPredicate('r')} AND ${f.windowPredicate('r')} AND ($statuses IS NULL OR r.status IN $statuses)`,
    );
    expect(f.edgePredicate('x', 'firm')).toBe(
      `${f.asOfPredicate('x')} AND ${f.windowPredicate('x')} AND ($firm IS NULL OR x.status IN $firm)`,
    );
  });

  it('writes only the conditions a filter sets', () => {
    expect(f.edgeCondition(NO_FILTER)).toBe('true');
    expect(f.edgeCondition({ ...NO_FILTER, statuses: ['REPORTED'] })).toBe('r.status IN $statuses');
    expect(f.edgeCondition({ ...NO_FILTER, asOfStart: '2024', asOfEnd: '2024-12-31' }, 'x')).toBe(
      'x.knownFrom IS NOT NULL AND x.knownFrom <= $asOfEnd AND coalesce(x.validStart, x.knownFrom) <= $asOfEnd AND (x.validEnd ' +
        'IS NULL OR x.validEnd >= $asOfStart)',
    );
    const window =
      'coalesce(r.validStart, r.validEnd) IS NOT NULL AND ($windowEnd IS NULL OR coalesce(r.validStart, r.validEnd) <= ' +
      '$windowEnd) AND ($windowStart IS NULL OR r.validEnd IS NULL OR r.validEnd >= $windowStart)';
    expect(f.edgeCondition({ ...NO_FILTER, windowEnd: '2020' })).toBe(window);
    expect(f.edgeCondition({ ...NO_FILTER, windowStart: '2020' })).toBe(window);
    expect(f.edgeCondition({ ...NO_FILTER, asOfStart: '2024', asOfEnd: '2024', windowStart: '2020', statuses: [] })).toBe(
      `${f.edgeCondition({ ...NO_FILTER, asOfStart: '2024', asOfEnd: '2024' })} AND ${window} AND r.status IN $statuses`,
    );
  });

  it('names another statuses parameter and takes its values from the caller when asked', () => {
    expect(f.edgeCondition(NO_FILTER, 'r', 'firmStatuses', ['REPORTED'])).toBe('r.status IN $firmStatuses');
    expect(f.edgeCondition({ ...NO_FILTER, statuses: ['PLANNED'] }, 'r', 'statuses', null)).toBe('true');
  });

  it('gives one text per combination of filters in use, whatever their values', () => {
    const a = { ...NO_FILTER, statuses: ['REPORTED'], asOfStart: '2020', asOfEnd: '2020-12-31', windowStart: '2019', windowEnd: null };
    const b = {
      ...NO_FILTER,
      statuses: ['PLANNED', 'DISPUTED'],
      asOfStart: '2024-05',
      asOfEnd: '2024-05-31',
      windowStart: '2001',
      windowEnd: '2030',
    };
    expect(f.edgeCondition(a)).toBe(f.edgeCondition(b));
  });

  it('passes every filter value as a parameter, the types not at all (they go in the pattern)', () => {
    const filter = {
      types: types('SIGNED'),
      statuses: ['REPORTED'],
      asOfStart: '2024',
      asOfEnd: '2024-12-31',
      windowStart: null,
      windowEnd: '2030',
    };
    expect(f.edgeParams(filter)).toEqual({
      statuses: ['REPORTED'],
      asOfStart: '2024',
      asOfEnd: '2024-12-31',
      windowStart: null,
      windowEnd: '2030',
    });
    expect(f.edgeParams(NO_FILTER)).toEqual({ statuses: null, asOfStart: null, asOfEnd: null, windowStart: null, windowEnd: null });
    const hostile = { statuses: [HOSTILE], asOfStart: HOSTILE, asOfEnd: HOSTILE, windowStart: HOSTILE, windowEnd: HOSTILE };
    expectOnlyInParams({ cypher: f.edgeCondition(hostile), params: f.edgeParams(hostile) });
    expectOnlyInParams({ cypher: f.edgePredicate(), params: f.edgeParams(hostile) });
  });
});
