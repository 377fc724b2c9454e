import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import { describeQuery, parseExportBody, parseExportQuery } from '../../src/export/index.js';
import { sdlDefault } from '../../src/contract/sdl-defaults.js';

/** The AppError a query (or, with `parse`, a body) is refused with, as a plain object. */
function refusal(
  raw: unknown,
  parse: (raw: never) => unknown = parseExportQuery,
): { code: string; message: string; argument: string | undefined } {
  try {
    parse(raw as never);
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
      query: {
        view: 'neighborhood',
        id: 'dina-boluarte',
        depth: 1,
        format: 'json',
        first: 50,
        types: null,
        statuses: null,
        asOf: null,
        since: null,
        until: null,
      },
      filter: { types: undefined, statuses: null, asOfStart: null, asOfEnd: null, windowStart: null, windowEnd: null },
    });
  });

  it('applies the defaults of Query.connections and JSON, and Query.neighborhood’s first', () => {
    expect(parseExportQuery({ view: 'connections', ids: 'a,b' }).query).toEqual({
      view: 'connections',
      ids: ['a', 'b'],
      maxHops: 4,
      format: 'json',
      first: 50,
      types: null,
      statuses: null,
      asOf: null,
      since: null,
      until: null,
    });
  });

  it('has the defaults the SDL gives the arguments they stand for', () => {
    const defaults = ['Query.neighborhood.depth', 'Query.neighborhood.first', 'Query.connections.maxHops'].map((c) =>
      sdlDefault(c, 'number'),
    );
    expect(defaults).toEqual([1, 50, 4]);
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
    expect(query).toEqual({
      view: 'connections',
      ids: ['a', 'b'],
      maxHops: 6,
      format: 'edges.csv',
      first: 500,
      types: ['SIGNED', 'VISITED'],
      statuses: ['CONFIRMED'],
      asOf: '2024-06',
      since: '2023',
      until: '2024-02-29',
    });
    expect(filter).toEqual({
      types: ['SIGNED', 'VISITED'],
      statuses: ['CONFIRMED'],
      asOfStart: '2024-06-01',
      asOfEnd: '2024-06-30',
      windowStart: '2023-01-01',
      windowEnd: '2024-02-29',
    });
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
    expect(refusal({ id: 'x', format: 'xls' })).toEqual(
      bad('format', 'must be one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf, got "xls"'),
    );
    expect(refusal({ view: 'ego', id: 'x' })).toEqual(bad('view', 'must be one of neighborhood, connections, all, got "ego"'));
    expect(refusal({})).toEqual(bad('id', 'is required with view=neighborhood'));
    expect(refusal({ id: ['a', 'b'] })).toEqual(bad('id', 'give it at most once'));
    expect(refusal({ id: 'x', ids: 'a,b' })).toEqual(bad('ids', 'applies to view=connections only'));
    expect(refusal({ view: 'connections', ids: 'a,b', depth: '2' })).toEqual(bad('depth', 'applies to view=neighborhood only'));
    expect(refusal({ id: 'x', type: 'SIGNED' })).toEqual(
      bad('type', 'unknown parameter; use view, format, first, types, statuses, asOf, since, until, id, depth'),
    );
  });

  it('takes view=all with the format and the relationship filters, and no cap', () => {
    expect(parseExportQuery({ view: 'all', format: 'ttl', types: 'SIGNED', statuses: 'CONFIRMED', asOf: '2024' })).toEqual({
      query: { view: 'all', format: 'ttl', types: ['SIGNED'], statuses: ['CONFIRMED'], asOf: '2024', since: null, until: null },
      filter: {
        types: ['SIGNED'],
        statuses: ['CONFIRMED'],
        asOfStart: '2024-01-01',
        asOfEnd: '2024-12-31',
        windowStart: null,
        windowEnd: null,
      },
    });
    expect(parseExportQuery({ view: 'all' }).query).toEqual({
      view: 'all',
      format: 'json',
      types: null,
      statuses: null,
      asOf: null,
      since: null,
      until: null,
    });
  });

  it('refuses with view=all the parameters of a subgraph, naming the views they belong to', () => {
    expect(refusal({ view: 'all', first: '10' })).toEqual(bad('first', 'applies to view=neighborhood and view=connections only'));
    expect(refusal({ view: 'all', id: 'peru' })).toEqual(bad('id', 'applies to view=neighborhood only'));
    expect(refusal({ view: 'all', ids: 'a,b' })).toEqual(bad('ids', 'applies to view=connections only'));
    expect(refusal({ view: 'all', depth: '2' })).toEqual(bad('depth', 'applies to view=neighborhood only'));
    expect(refusal({ view: 'all', maxHops: '2' })).toEqual(bad('maxHops', 'applies to view=connections only'));
    expect(refusal({ view: 'all', limit: '2' })).toEqual(
      bad('limit', 'unknown parameter; use view, format, types, statuses, asOf, since, until'),
    );
    expect(refusal({ view: 'all', format: 'pdf' })).toEqual(
      bad('format', 'must be one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf, got "pdf"'),
    );
  });

  it('describes each view for the JSON download, keys in a fixed order', () => {
    expect(Object.keys(describeQuery(parseExportQuery({ view: 'all', format: 'nt' }).query))).toEqual([
      'view',
      'types',
      'statuses',
      'asOf',
      'since',
      'until',
      'format',
    ]);
    expect(Object.keys(describeQuery(parseExportQuery({ id: 'peru' }).query))).toEqual([
      'view',
      'id',
      'depth',
      'first',
      'types',
      'statuses',
      'asOf',
      'since',
      'until',
      'format',
    ]);
  });

  it('asks for 2 to 10 distinct ids, as Query.connections does', () => {
    const message = bad('ids', 'give between 2 and 10 distinct entity ids');
    expect(refusal({ view: 'connections' })).toEqual(message);
    expect(refusal({ view: 'connections', ids: 'a,a' })).toEqual(message);
    expect(refusal({ view: 'connections', ids: Array.from({ length: 11 }, (_, i) => `e${i}`).join(',') })).toEqual(message);
    expect(refusal({ view: 'connections', ids: 'a,,b' })).toEqual(bad('ids', 'must be a non-empty id of at most 200 characters'));
  });
});

describe('export: parseExportBody', () => {
  const refused = (raw: unknown) => refusal(raw, parseExportBody);
  const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

  it('defaults to JSON and gives each list de-duplicated and sorted', () => {
    expect(parseExportBody({ entityIds: ['peru', 'china', 'peru'], relationshipIds: ['signed-b', 'leads-a'] })).toEqual({
      view: 'selection',
      format: 'json',
      entityIds: ['china', 'peru'],
      relationshipIds: ['leads-a', 'signed-b'],
    });
    expect(parseExportBody({ format: 'edges.csv', entityIds: null, relationshipIds: ['leads-a'] })).toEqual({
      view: 'selection',
      format: 'edges.csv',
      entityIds: [],
      relationshipIds: ['leads-a'],
    });
  });

  it('takes up to 1000 distinct entity ids and 500 distinct relationship ids', () => {
    const most = parseExportBody({ entityIds: [...ids(1000, 'e'), 'e0'], relationshipIds: [...ids(500, 'r'), 'r0'] });
    expect([most.entityIds.length, most.relationshipIds.length]).toEqual([1000, 500]);
    expect(refused({ entityIds: ids(1001, 'e') })).toEqual(bad('entityIds', 'give at most 1000 distinct entity ids, got 1001'));
    expect(refused({ entityIds: ['peru'], relationshipIds: ids(501, 'r') })).toEqual(
      bad('relationshipIds', 'give at most 500 distinct relationship ids, got 501'),
    );
  });

  it('refuses a body that is not an object of known fields, with GET’s rules for the format and ids', () => {
    const notObject = bad('body', 'must be a JSON object { format, entityIds, relationshipIds } sent as application/json');
    for (const raw of [undefined, null, 'peru', ['peru']]) expect(refused(raw)).toEqual(notObject);
    expect(refused({ entityIds: ['peru'], view: 'neighborhood' })).toEqual(
      bad('view', 'unknown field; use format, entityIds, relationshipIds'),
    );
    expect(refused({ entityIds: ['peru'], format: 'xls' })).toEqual(
      bad('format', 'must be one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf, got "xls"'),
    );
    expect(refused({ entityIds: ['peru'], format: ['json'] })).toEqual(
      bad('format', 'must be one of json, graphml, nodes.csv, edges.csv, ftm, jsonld, ttl, nt, gexf, got ["json"]'),
    );
    expect(refused({ entityIds: 'peru' })).toEqual(bad('entityIds', 'must be a list of entity ids'));
    expect(refused({ entityIds: ['peru'], relationshipIds: [1] })).toEqual(bad('relationshipIds', 'must be a list of relationship ids'));
    expect(refused({ entityIds: ['peru', ''] })).toEqual(bad('entityIds', 'must be a non-empty id of at most 200 characters'));
    expect(refused({ entityIds: [], relationshipIds: ['x'.repeat(201)] })).toEqual(
      bad('relationshipIds', 'must be a non-empty id of at most 200 characters'),
    );
    expect(refused({})).toEqual(bad('entityIds', 'give at least one entity or relationship id'));
    expect(refused({ format: 'json', entityIds: [], relationshipIds: [] })).toEqual(
      bad('entityIds', 'give at least one entity or relationship id'),
    );
  });
});
