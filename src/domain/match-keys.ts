/**
 * The keys an entity is matched by: ingest resolves an input to an existing entity sharing one (of
 * the same type), and the race check locks them. They are the entity's folded name and aliases,
 * which every write stores as `nameKey` and `aliasKeys` (entitySearchKeys) for the `entity_keys`
 * index to find.
 */
import { foldForMatch } from './text.js';

/** The folded name and aliases of an entity (`foldForMatch`), each once, empty ones left out, name first. */
export const matchKeys = (e: { name: string; aliases: readonly string[] }): string[] => [
  ...new Set([e.name, ...e.aliases].map(foldForMatch).filter(Boolean)),
];
