import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.js';
import * as A from '../../src/domain/arguments.js';

/** The refusal `f` throws, as a plain object (fails when it throws nothing or something else). */
function refusal(f: () => unknown): { code: string; message: string; argument: string | undefined } {
  try {
    f();
  } catch (err) {
    if (err instanceof AppError) return { code: err.code, message: err.message, argument: err.details.argument };
    throw err;
  }
  throw new Error('accepted');
}

const bad = (argument: string, message: string) => ({ code: 'BAD_USER_INPUT', message: `${argument}: ${message}`, argument });

describe('domain: argument caps', () => {
  it('are the bounds the README and the SDL descriptions state', () => {
    expect({
      first: A.MAX_FIRST,
      depth: A.MAX_DEPTH,
      hops: A.MAX_HOPS,
      subgraph: A.SUBGRAPH_CAP,
      ids: [A.MIN_IDS, A.MAX_IDS],
      text: A.MAX_SEARCH_TEXT,
    }).toEqual({
      first: 100,
      depth: 3,
      hops: 6,
      subgraph: 500,
      ids: [2, 10],
      text: 500,
    });
  });
});

describe('domain: first', () => {
  it('takes the fallback for null and undefined, and any integer from 0 to the cap', () => {
    expect([A.first(null, 20), A.first(undefined, 7), A.first(0, 20), A.first(100, 20), A.first(500, 50, 'first', 500)]).toEqual([
      20, 7, 0, 100, 500,
    ]);
  });

  it('refuses a negative, fractional or too large size, naming the argument and the cap', () => {
    expect(refusal(() => A.first(101, 20))).toEqual(bad('first', 'must be between 0 and 100, got 101'));
    expect(refusal(() => A.first(-1, 20))).toEqual(bad('first', 'must be between 0 and 100, got -1'));
    expect(refusal(() => A.first(2.5, 20))).toEqual(bad('first', 'must be between 0 and 100, got 2.5'));
    expect(refusal(() => A.first(501, 50, 'first', A.SUBGRAPH_CAP))).toEqual(bad('first', 'must be between 0 and 500, got 501'));
    expect(refusal(() => A.first(Number.NaN, 20, 'limit'))).toEqual(bad('limit', 'must be between 0 and 100, got NaN'));
  });

  it('checks the fallback like a given value', () => {
    expect(refusal(() => A.first(null, 101))).toEqual(bad('first', 'must be between 0 and 100, got 101'));
  });
});

describe('domain: intIn', () => {
  it('takes the fallback for null and undefined, and the bounds themselves', () => {
    expect([
      A.intIn(null, 1, 1, 3, 'depth'),
      A.intIn(undefined, 4, 1, 6, 'maxHops'),
      A.intIn(1, 2, 1, 3, 'depth'),
      A.intIn(3, 1, 1, 3, 'depth'),
    ]).toEqual([1, 4, 1, 3]);
  });

  it('refuses a value outside the bounds or not an integer, naming the argument', () => {
    expect(refusal(() => A.intIn(0, 1, 1, 3, 'depth'))).toEqual(bad('depth', 'must be between 1 and 3, got 0'));
    expect(refusal(() => A.intIn(7, 4, 1, A.MAX_HOPS, 'maxHops'))).toEqual(bad('maxHops', 'must be between 1 and 6, got 7'));
    expect(refusal(() => A.intIn(1.5, 1, 1, 3, 'depth'))).toEqual(bad('depth', 'must be between 1 and 3, got 1.5'));
  });
});

describe('domain: relationTypes', () => {
  it('means every type when null or empty, and de-duplicates known names in their order', () => {
    expect([A.relationTypes(null), A.relationTypes(undefined), A.relationTypes([])]).toEqual([undefined, undefined, undefined]);
    expect(A.relationTypes(['VISITED', 'SIGNED', 'VISITED'])).toEqual(['VISITED', 'SIGNED']);
  });

  it('refuses unknown names, listing each, under the argument given', () => {
    expect(refusal(() => A.relationTypes(['SIGNED', 'signed', 'LOVES']))).toEqual(
      bad('types', 'unknown relation type(s) "signed", "LOVES"; see Query.vocabulary'),
    );
    expect(refusal(() => A.relationTypes(['X'], 'relationTypes'))).toEqual(
      bad('relationTypes', 'unknown relation type(s) "X"; see Query.vocabulary'),
    );
  });
});

describe('domain: entityTypes and entityType', () => {
  it('mean every type when null or empty, and de-duplicate known names', () => {
    expect([A.entityTypes(null), A.entityTypes(undefined), A.entityTypes([])]).toEqual([null, null, null]);
    expect(A.entityTypes(['PERSON', 'COUNTRY', 'PERSON'])).toEqual(['PERSON', 'COUNTRY']);
    expect([A.entityType('COMPANY'), A.entityType(null), A.entityType(undefined), A.entityType('')]).toEqual(['COMPANY', null, null, null]);
  });

  it('refuse unknown names, listing each', () => {
    expect(refusal(() => A.entityTypes(['PERSON', 'ALIEN', 'person']))).toEqual(
      bad('types', 'unknown entity type(s) "ALIEN", "person"; see Query.vocabulary'),
    );
    expect(refusal(() => A.entityType('ALIEN'))).toEqual(bad('type', 'unknown entity type(s) "ALIEN"; see Query.vocabulary'));
  });
});

describe('domain: statuses', () => {
  it('means any status when null or empty, and de-duplicates known ones', () => {
    expect([A.statuses(null), A.statuses(undefined), A.statuses([])]).toEqual([null, null, null]);
    expect(A.statuses(['DISPUTED', 'REPORTED', 'DISPUTED'])).toEqual(['DISPUTED', 'REPORTED']);
  });

  it('refuses unknown statuses, listing each', () => {
    expect(refusal(() => A.statuses(['REPORTED', 'RUMOURED', 'reported']))).toEqual(
      bad('statuses', 'unknown status(es) "RUMOURED", "reported"'),
    );
  });
});

describe('domain: asOf and window', () => {
  it('turn partial dates into the first and last day they name', () => {
    expect(A.asOf('2024')).toEqual({ asOfStart: '2024-01-01', asOfEnd: '2024-12-31' });
    expect(A.asOf('2024-02')).toEqual({ asOfStart: '2024-02-01', asOfEnd: '2024-02-29' });
    expect(A.asOf(null)).toEqual({ asOfStart: null, asOfEnd: null });
    expect(A.window('2021-06', '2023')).toEqual({ windowStart: '2021-06-01', windowEnd: '2023-12-31' });
    expect(A.window(undefined, '2023-06-26')).toEqual({ windowStart: null, windowEnd: '2023-06-26' });
  });

  it('accept a window of one date, and one whose partial dates overlap', () => {
    expect(A.window('2023-06-26', '2023-06-26')).toEqual({ windowStart: '2023-06-26', windowEnd: '2023-06-26' });
    expect(A.window('2023-06-26', '2023')).toEqual({ windowStart: '2023-06-26', windowEnd: '2023-12-31' });
  });

  it('refuse a date that is not a partial date, naming its argument', () => {
    const message = (v: string): string => `must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(v)}`;
    expect(refusal(() => A.asOf('2024-13'))).toEqual(bad('asOf', message('2024-13')));
    expect(refusal(() => A.asOf(''))).toEqual(bad('asOf', message('')));
    expect(refusal(() => A.window('2023-02-29', null))).toEqual(bad('since', message('2023-02-29')));
    expect(refusal(() => A.window(null, 'June 2023'))).toEqual(bad('until', message('June 2023')));
  });

  it('refuse an until before since', () => {
    expect(refusal(() => A.window('2024', '2023-12-31'))).toEqual(bad('until', 'must not be before since'));
    expect(refusal(() => A.window('2023-07', '2023-06-30'))).toEqual(bad('until', 'must not be before since'));
  });
});

describe('domain: cursors', () => {
  it('round-trip a key of one and of two parts as URL-safe base64 of JSON', () => {
    expect(A.encodeCursor('signed-1')).toBe(Buffer.from('"signed-1"').toString('base64url'));
    expect(A.decodeCursor(A.encodeCursor('signed-1'), 1)).toBe('signed-1');
    expect(A.decodeCursor(A.encodeCursor(['Perú', 'peru']), 2)).toEqual(['Perú', 'peru']);
    expect([A.decodeCursor(null, 1), A.decodeCursor(undefined, 2)]).toEqual([null, null]);
  });

  it('refuse what this API did not return, or a key of the other size', () => {
    const notOurs = bad('after', 'is not a cursor this API returned');
    expect(refusal(() => A.decodeCursor('not base64 json', 1))).toEqual(notOurs);
    expect(refusal(() => A.decodeCursor('', 1))).toEqual(notOurs);
    expect(refusal(() => A.decodeCursor(A.encodeCursor(['a', 'b']), 1))).toEqual(notOurs);
    expect(refusal(() => A.decodeCursor(A.encodeCursor('a'), 2))).toEqual(notOurs);
    expect(refusal(() => A.decodeCursor(Buffer.from('["a","b","c"]').toString('base64url'), 2))).toEqual(notOurs);
    expect(refusal(() => A.decodeCursor(Buffer.from('["a",1]').toString('base64url'), 2))).toEqual(notOurs);
    expect(refusal(() => A.decodeCursor(Buffer.from('7').toString('base64url'), 1))).toEqual(notOurs);
  });
});

describe('domain: id and ids', () => {
  it('accepts an id of 1 to 200 characters as given', () => {
    expect([A.id('p', 'id'), A.id('x'.repeat(200), 'id')]).toEqual(['p', 'x'.repeat(200)]);
  });

  it('refuses an empty or longer id, naming the argument', () => {
    const message = 'must be a non-empty id of at most 200 characters';
    expect(refusal(() => A.id('', 'from'))).toEqual(bad('from', message));
    expect(refusal(() => A.id('x'.repeat(201), 'id'))).toEqual(bad('id', message));
  });

  it('takes 2 to 10 distinct ids, de-duplicated in their order', () => {
    expect(A.ids(['a', 'b', 'a'])).toEqual(['a', 'b']);
    expect(A.ids(Array.from({ length: 10 }, (_, i) => `e${i}`))).toHaveLength(10);
  });

  it('refuses fewer than 2 or more than 10 distinct ids, and a bad id first', () => {
    const count = bad('ids', 'give between 2 and 10 distinct entity ids');
    expect(refusal(() => A.ids(['a', 'a']))).toEqual(count);
    expect(refusal(() => A.ids([]))).toEqual(count);
    expect(refusal(() => A.ids(Array.from({ length: 11 }, (_, i) => `e${i}`)))).toEqual(count);
    expect(refusal(() => A.ids(['a', '']))).toEqual(bad('ids', 'must be a non-empty id of at most 200 characters'));
  });
});

describe('domain: edgeFilter', () => {
  it('filters nothing when no argument is given', () => {
    expect(A.edgeFilter({})).toEqual({ ...A.NO_FILTER, types: undefined });
    expect(A.NO_FILTER).toEqual({ statuses: null, asOfStart: null, asOfEnd: null, windowStart: null, windowEnd: null });
  });

  it('combines the checked types, statuses, as-of date and window', () => {
    expect(
      A.edgeFilter({ types: ['SIGNED', 'SIGNED'], statuses: ['CONFIRMED'], asOf: '2024-06', since: '2020', until: '2024-06-26' }),
    ).toEqual({
      types: ['SIGNED'],
      statuses: ['CONFIRMED'],
      asOfStart: '2024-06-01',
      asOfEnd: '2024-06-30',
      windowStart: '2020-01-01',
      windowEnd: '2024-06-26',
    });
  });

  it('refuses with the first wrong argument: types, statuses, asOf, then the window', () => {
    expect(refusal(() => A.edgeFilter({ types: ['X'], statuses: ['Y'], asOf: 'z' }))).toEqual(
      bad('types', 'unknown relation type(s) "X"; see Query.vocabulary'),
    );
    expect(refusal(() => A.edgeFilter({ statuses: ['Y'], asOf: 'z' }))).toEqual(bad('statuses', 'unknown status(es) "Y"'));
    expect(refusal(() => A.edgeFilter({ asOf: 'z', since: 'w' }))).toEqual(
      bad('asOf', 'must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got "z"'),
    );
    expect(refusal(() => A.edgeFilter({ since: '2024', until: '2023' }))).toEqual(bad('until', 'must not be before since'));
  });
});
