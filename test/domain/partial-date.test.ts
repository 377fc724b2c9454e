import { describe, expect, it } from 'vitest';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { PARTIAL_DATE_PATTERN, isPartialDate, parsePartialDate, type Precision } from '../../src/domain/partial-date.js';
import { schemaSdl } from '../../src/contract/type-defs.js';

// `satisfies` makes tsc refuse a key the type lacks and a key missing from it, so this list is the type's.
const PRECISIONS = Object.keys({ YEAR: true, MONTH: true, DAY: true } satisfies Record<Precision, true>);

describe('domain: parsePartialDate', () => {
  it('reads a year as the whole year', () => {
    expect(parsePartialDate('2021')).toEqual({ text: '2021', precision: 'YEAR', start: '2021-01-01', end: '2021-12-31' });
  });

  it('reads a month as its first to last day, leap years included', () => {
    expect(parsePartialDate('2021-04')).toEqual({ text: '2021-04', precision: 'MONTH', start: '2021-04-01', end: '2021-04-30' });
    expect(parsePartialDate('2021-12')).toEqual({ text: '2021-12', precision: 'MONTH', start: '2021-12-01', end: '2021-12-31' });
    expect(parsePartialDate('2023-02')?.end).toBe('2023-02-28');
    expect(parsePartialDate('2024-02')?.end).toBe('2024-02-29');
    expect(parsePartialDate('2000-02')?.end).toBe('2000-02-29');
    expect(parsePartialDate('2100-02')?.end).toBe('2100-02-28');
  });

  it('reads a day as itself', () => {
    expect(parsePartialDate('2024-02-29')).toEqual({ text: '2024-02-29', precision: 'DAY', start: '2024-02-29', end: '2024-02-29' });
    expect(parsePartialDate('2021-01-01')).toEqual({ text: '2021-01-01', precision: 'DAY', start: '2021-01-01', end: '2021-01-01' });
  });

  it('refuses a month or day the calendar does not have', () => {
    for (const text of ['2021-00', '2021-13', '2021-04-31', '2021-04-00', '2023-02-29', '2100-02-29', '2021-01-32']) {
      expect(parsePartialDate(text), text).toBeUndefined();
    }
  });

  it('refuses text that is not shaped YYYY, YYYY-MM or YYYY-MM-DD', () => {
    for (const text of ['', '21', '20210', '2021-1', '2021-01-1', ' 2021', '2021 ', '2021/01', '2021-01-01T00:00', '２０２１', 'year']) {
      expect(parsePartialDate(text), JSON.stringify(text)).toBeUndefined();
    }
  });
});

describe('domain: isPartialDate', () => {
  it('is true exactly when parsePartialDate gives a date', () => {
    expect(['2021', '2021-02', '2024-02-29'].map(isPartialDate)).toEqual([true, true, true]);
    expect(['2021-13', '2023-02-29', '2021-1', ''].map(isPartialDate)).toEqual([false, false, false, false]);
  });
});

describe('domain: PARTIAL_DATE_PATTERN', () => {
  it('checks the shape only; the calendar is parsePartialDate’s to check', () => {
    expect(PARTIAL_DATE_PATTERN.exec('2021-13-40')?.slice(1)).toEqual(['2021', '13', '40']);
    expect(PARTIAL_DATE_PATTERN.exec('2021')?.slice(1)).toEqual(['2021', undefined, undefined]);
    expect(PARTIAL_DATE_PATTERN.test('2021-01-01T00:00')).toBe(false);
  });
});

describe('domain: Precision', () => {
  it('has exactly the values of the SDL enum DatePrecision', () => {
    const node = parse(schemaSdl()).definitions.find(
      (d): d is EnumTypeDefinitionNode => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'DatePrecision',
    );
    expect(node?.values?.map((v) => v.name.value)).toEqual(PRECISIONS);
  });
});
