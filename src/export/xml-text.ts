/** Escaping for the XML formats (GraphML, GEXF): text and attribute values that any XML 1.0 parser reads back unchanged. */

// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF).
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  '\r': '&#13;',
  '\n': '&#10;',
  '\t': '&#9;',
};

/** Element text: illegal characters dropped; & < > " ' and CR escaped (parsers would fold CR into LF). */
export function xmlText(value: string): string {
  return value.replace(ILLEGAL_XML, '').replace(/[&<>"'\r]/g, (c) => ENTITIES[c]!);
}

/** An attribute value: illegal characters dropped, markup and line breaks escaped (parsers would fold them into spaces). */
export function xmlAttr(value: string): string {
  return value.replace(ILLEGAL_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c]!);
}
