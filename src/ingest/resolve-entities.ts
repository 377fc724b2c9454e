/**
 * Entity resolution for ingest: maps each input entity to an existing entity (same id, an id merged
 * into it, or a unique name/alias match of the same type, ignoring case, accents and width) or
 * marks it new. An ambiguous match is a problem listing the candidates, never a guess.
 */
import type { Problem } from '../errors.js';
import { excerpt } from '../domain/excerpt.js';
import { matchKeys } from '../domain/match-keys.js';
import type { EntityRecord } from '../article-file/format.js';

/** An existing entity as the resolver sees it. */
export interface CatalogEntity {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
  mergedIds: readonly string[];
}

/** How one input entity was resolved. */
export type Resolution =
  { kind: 'new'; inputId: string } | { kind: 'existing'; inputId: string; entityId: string; by: 'id' | 'mergedId' | 'name' };

/**
 * Resolves input entities against the catalog: every entity the graph holds, or those of them that
 * an input's ids (declared or referenced) name as id or merged id and those sharing a key with an
 * input entity (`resolutionCandidates`), which resolve the input alike.
 * @returns per input id its resolution, a map from every id an input may reference to the entity
 * id to write, and the problems (ambiguous matches).
 */
export function resolveEntities({
  inputs,
  catalog,
  pathOf,
}: {
  inputs: readonly EntityRecord[];
  catalog: readonly CatalogEntity[];
  pathOf: (index: number) => string;
}): {
  resolutions: Resolution[];
  idMap: Map<string, string>;
  problems: Problem[];
} {
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const byMerged = new Map(catalog.flatMap((e) => e.mergedIds.map((m) => [m, e.id] as const)));
  const byKey = new Map<string, Set<string>>();
  for (const e of catalog) {
    for (const k of matchKeys(e)) byKey.set(k, (byKey.get(k) ?? new Set()).add(e.id));
  }
  const resolutions: Resolution[] = [];
  const problems: Problem[] = [];
  const idMap = new Map<string, string>([...catalog.map((e) => [e.id, e.id] as const), ...byMerged]);

  inputs.forEach((input, i) => {
    if (byId.has(input.id)) {
      resolutions.push({ kind: 'existing', inputId: input.id, entityId: input.id, by: 'id' });
      return;
    }
    const merged = byMerged.get(input.id);
    if (merged) {
      resolutions.push({ kind: 'existing', inputId: input.id, entityId: merged, by: 'mergedId' });
      idMap.set(input.id, merged);
      return;
    }
    // Only entities of the same type match: a name shared across kinds (Chancay the district,
    // Chancay the port) names different things.
    const matches = new Set(matchKeys(input).flatMap((k) => [...(byKey.get(k) ?? [])]));
    const candidates = [...matches].filter((id) => byId.get(id)?.type === input.type);
    if (candidates.length === 1) {
      resolutions.push({ kind: 'existing', inputId: input.id, entityId: candidates[0]!, by: 'name' });
      idMap.set(input.id, candidates[0]!);
    } else if (candidates.length > 1) {
      problems.push({
        path: pathOf(i),
        code: 'AMBIGUOUS_ENTITY',
        message: `"${excerpt(input.name)}" matches several entities: ${candidates
          .sort()
          .map((id) => `${id} (${byId.get(id)?.name})`)
          .join(', ')}; use one of their ids`,
      });
    } else {
      resolutions.push({ kind: 'new', inputId: input.id });
      idMap.set(input.id, input.id);
    }
  });
  return { resolutions, idMap, problems };
}
