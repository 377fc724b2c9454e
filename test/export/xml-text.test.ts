import { describe, expect, it } from 'vitest';
import { xmlAttr, xmlText } from '../../src/export/xml-text.js';

describe('export: xmlText and xmlAttr', () => {
  const nasty = 'a & b < c > d "e" \'f\'\r\n\tg\u0000h\u0008i\uFFFEj\uD800k 华为 😀';

  it('escapes markup and CR in text, keeps LF and tab, and drops characters XML 1.0 forbids', () => {
    expect(xmlText(nasty)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#13;\n\tghijk 华为 😀');
  });

  it('also escapes LF and tab in an attribute value, which parsers would fold into spaces', () => {
    expect(xmlAttr(nasty)).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#13;&#10;&#9;ghijk 华为 😀');
  });
});
