/** Assertions for Cypher-shape tests: a builder's text and params, with no database. */
import { expect } from 'vitest';
import type { Query } from '../../src/store/gateway.js';

/** A value that would close a Cypher string or map and delete the graph were it spliced into a text. */
export const HOSTILE = "x' }) DETACH DELETE n //";

/** Every string in `value`, however deeply nested, map keys included (an id may key a map parameter). */
export function paramStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(paramStrings);
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [k, ...paramStrings(v)]);
  return [];
}

/** Asserts that `value` (default `HOSTILE`) travels in `q`'s params and that no part of it is in the text. */
export function expectOnlyInParams(q: Query, value: string = HOSTILE): void {
  expect(paramStrings(q.params)).toContain(value);
  expect(q.cypher).not.toContain(value);
  expect(q.cypher).not.toContain('DETACH DELETE');
  expect(q.cypher).not.toContain('//');
}

/** Asserts that `text` holds each of `fragments`, in this order, none overlapping the one before. */
export function expectInOrder(text: string, fragments: readonly string[]): void {
  let from = 0;
  for (const f of fragments) {
    const at = text.indexOf(f, from);
    expect(at, `${JSON.stringify(f)} after offset ${from} of:\n${text}`).toBeGreaterThanOrEqual(0);
    from = at + f.length;
  }
}
