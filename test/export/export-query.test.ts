import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { parseExportQuery } from '../../src/export/index.js';

/** The AppError a query is refused with, as a plain object. */
function refusal(raw: Record<string, unknown>): { code: string; message: string; argument: string | undefined } {
  try {
    parseExportQuery(raw);
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message, argument: err.details.argument };
    throw err;
  }
  throw new Error('accepted');
}

const bad = (argument: string, message: string) => ({ code: 'BAD_USER_INPUT', message: `${argument}: ${message}`, argument });

describe('export: parseExportQuery', () => {
  it('applies the defaults of Query.neighborhood and JSON', () => {
    expect(parseExportQuery({ id: 'dina-boluarte' })).toEqual({
      query: { view: 'neighborhood', id: 'dina-boluarte', depth: 1, format: 'json', first: 50, types: null, statuses: null, asOf: null, since: null, until: null },
      filter: { types: undefined, statuses: null, asOfStart: null, asOfEnd: null, windowStart: null, windowEnd: null },
    });
  });

  it('reads comma-separated and repeated lists, trims and de-duplicates them, and turns dates into intervals', () => {
    const { query, filter } = parseExportQuery({
      view: 'connections',
      ids: 'a, b,a',
      maxHops: '6',
      first: '500',
      types: ['SIGNED,VISITED', 'SIGNED'],
      statuses: 'CONFIRMED',
      asOf: '2024-06',
      since: '2023',
      until: '2024-02-29',
      format: 'edges.csv',
    });
    expect(query).toEqual({ view: 'connections', ids: ['a', 'b'], maxHops: 6, format: 'edges.csv', first: 500, types: ['SIGNED', 'VISITED'], statuses: ['CONFIRMED'], asOf: '2024-06', since: '2023', until: '2024-02-29' });
    expect(filter).toEqual({ types: ['SIGNED', 'VISITED'], statuses: ['CONFIRMED'], asOfStart: '2024-06-01', asOfEnd: '2024-06-30', windowStart: '2023-01-01', windowEnd: '2024-02-29' });
  });

  it('treats an empty list as no filter', () => {
    expect(parseExportQuery({ id: 'x', types: '', statuses: '' }).filter).toMatchObject({ types: undefined, statuses: null });
  });

  it('refuses values out of the GraphQL ranges with the resolvers’ messages', () => {
    expect(refusal({ id: 'x', depth: '9' })).toEqual(bad('depth', 'must be between 1 and 3, got 9'));
    expect(refusal({ id: 'x', depth: '1.5' })).toEqual(bad('depth', 'must be between 1 and 3, got 1.5'));
    expect(refusal({ id: 'x', first: '501' })).toEqual(bad('first', 'must be between 0 and 500, got 501'));
    expect(refusal({ view: 'connections', ids: 'a,b', maxHops: '0' })).toEqual(bad('maxHops', 'must be between 1 and 6, got 0'));
    expect(refusal({ id: 'x', types: 'NOPE,SIGNED' })).toEqual(bad('types', 'unknown relation type(s) "NOPE"; see Query.vocabulary'));
    expect(refusal({ id: 'x', statuses: 'MAYBE' })).toEqual(bad('statuses', 'unknown status(es) "MAYBE"'));
    expect(refusal({ id: 'x', asOf: '2024-13' })).toEqual(bad('asOf', 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "2024-13"'));
    expect(refusal({ id: 'x', since: '2024', until: '2023' })).toEqual(bad('until', 'must not be before since'));
    expect(refusal({ id: '' })).toEqual(bad('id', 'must be a non-empty id of at most 200 characters'));
  });

  it('refuses what has no GraphQL counterpart: bad numbers, formats and views, missing or repeated values, stray parameters', () => {
    expect(refusal({ id: 'x', depth: 'two' })).toEqual(bad('depth', 'must be an integer, got "two"'));
    expect(refusal({ id: 'x', format: 'xls' })).toEqual(bad('format', 'must be one of json, graphml, nodes.csv, edges.csv, got "xls"'));
    expect(refusal({ view: 'ego', id: 'x' })).toEqual(bad('view', 'must be one of neighborhood, connections, got "ego"'));
    expect(refusal({})).toEqual(bad('id', 'is required with view=neighborhood'));
    expect(refusal({ id: ['a', 'b'] })).toEqual(bad('id', 'give it at most once'));
    expect(refusal({ id: 'x', ids: 'a,b' })).toEqual(bad('ids', 'applies to view=connections only'));
    expect(refusal({ view: 'connections', ids: 'a,b', depth: '2' })).toEqual(bad('depth', 'applies to view=neighborhood only'));
    expect(refusal({ id: 'x', type: 'SIGNED' })).toEqual(bad('type', 'unknown parameter; use view, format, first, types, statuses, asOf, since, until, id, depth'));
  });

  it('asks for 2 to 10 distinct ids, as Query.connections does', () => {
    const message = bad('ids', 'give between 2 and 10 distinct entity ids');
    expect(refusal({ view: 'connections' })).toEqual(message);
    expect(refusal({ view: 'connections', ids: 'a,a' })).toEqual(message);
    expect(refusal({ view: 'connections', ids: Array.from({ length: 11 }, (_, i) => `e${i}`).join(',') })).toEqual(message);
    expect(refusal({ view: 'connections', ids: 'a,,b' })).toEqual(bad('ids', 'must be a non-empty id of at most 200 characters'));
  });
});
