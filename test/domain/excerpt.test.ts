import { describe, expect, it } from 'vitest';
import { excerpt } from '../../src/domain/excerpt.js';

describe('domain: excerpt', () => {
  it('leaves a short text as it is, whitespace collapsed', () => {
    expect(excerpt('Peru  signed\n a deal.')).toBe('Peru signed a deal.');
    expect(excerpt('x'.repeat(80))).toBe('x'.repeat(80));
  });

  it('cuts a long text at a word boundary, with an ellipsis, within the limit', () => {
    const quote = 'The Chinese company Minmetals signed a memorandum with Peru to expand the Las Bambas mine and the Chancay port';
    const short = excerpt(quote);
    expect(short).toBe('The Chinese company Minmetals signed a memorandum with Peru to expand the Las…');
    expect(short.length).toBeLessThanOrEqual(80);
    expect(excerpt(quote, 30)).toBe('The Chinese company Minmetals…');
    expect(excerpt('Lima, Cusco, Arequipa, Trujillo', 20)).toBe('Lima, Cusco…');
  });

  it('cuts Chinese text between words, and a single overlong word between characters, never inside one', () => {
    const zh = excerpt('华为公司与秘鲁签署了一项人工智能培训协议，将培训两万名秘鲁青年', 12);
    expect(zh.endsWith('…')).toBe(true);
    expect(zh.length).toBeLessThanOrEqual(12);
    expect('华为公司与秘鲁签署了一项人工智能培训协议').toContain(zh.slice(0, -1));
    expect(excerpt('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(excerpt('😀'.repeat(10), 5)).toBe('😀😀…');
  });
});
