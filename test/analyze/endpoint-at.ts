import type { Endpoint } from '../../src/analyze/types.js';

/** An endpoint at the first occurrence of `surface` in `text` from `from`. */
export function at(
  text: string,
  surface: string,
  id: string,
  type: string,
  { kind = 'known', from = 0 }: { kind?: Endpoint['kind']; from?: number } = {},
): Endpoint {
  const start = text.indexOf(surface, from);
  if (start < 0) throw new Error(`${surface} is not in ${text}`);
  return { kind, id, type, start, end: start + surface.length };
}
