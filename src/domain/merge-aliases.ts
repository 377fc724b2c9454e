/**
 * The aliases an entity has after it gains names: another entity's name and aliases when a merge
 * folds that entity into it, or an input's when an ingest resolves the input to it. Names are
 * compared folded (case, accents, width, punctuation: `foldForMatch`), the way entity resolution
 * matches them.
 */
import { foldForMatch } from './text.js';

/**
 * The entity's own aliases, in their order and untouched, followed by each of `names` that neither
 * its name, one of its aliases nor an earlier one of `names` holds once folded, in the order given.
 */
export function mergeAliases({ name, aliases, names }: { name: string; aliases: readonly string[]; names: readonly string[] }): string[] {
  const have = new Set([name, ...aliases].map(foldForMatch));
  const out = [...aliases];
  for (const n of names) {
    const key = foldForMatch(n);
    if (!have.has(key)) {
      have.add(key);
      out.push(n);
    }
  }
  return out;
}
