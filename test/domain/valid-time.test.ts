import { describe, expect, it } from 'vitest';
import { validTime } from '../../src/domain/valid-time.js';

describe('domain: validTime', () => {
  it('runs from the first day of validFrom to the last day of validTo', () => {
    expect(validTime({ validFrom: '2021', validTo: '2023-06' })).toEqual({ validStart: '2021-01-01', validEnd: '2023-06-30' });
    expect(validTime({ validFrom: '2024-02', validTo: '2024-02' })).toEqual({ validStart: '2024-02-01', validEnd: '2024-02-29' });
    expect(validTime({ validFrom: '2024-02-10', validTo: '2025' })).toEqual({ validStart: '2024-02-10', validEnd: '2025-12-31' });
  });

  it('leaves an open end null', () => {
    expect(validTime({ validFrom: '2021', validTo: null })).toEqual({ validStart: '2021-01-01', validEnd: null });
    expect(validTime({ validFrom: null, validTo: '2021' })).toEqual({ validStart: null, validEnd: '2021-12-31' });
    expect(validTime({ validFrom: null, validTo: null })).toEqual({ validStart: null, validEnd: null });
  });
});
