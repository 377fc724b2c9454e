/**
 * Entity resolution for ingest: maps each input entity to an existing entity (same id, an id merged
 * into it, one of its external identifiers, or a unique name/alias match of the same type, ignoring
 * case, accents and width) or marks it new. An ambiguous match, or identifiers that contradict the
 * match, is a problem naming the entities, never a guess.
 */
import type { Problem } from '../errors.js';
import { excerpt } from '../domain/excerpt.js';
import { matchKeys } from '../domain/match-keys.js';
import { identifierKey, parseIdentifierKey } from '../domain/identifiers.js';
import type { EntityRecord } from '../article-file/format.js';

/** An existing entity as the resolver sees it. */
export interface CatalogEntity {
  id: string;
  name: string;
  type: string;
  aliases: readonly string[];
  mergedIds: readonly string[];
  /** Its identifier keys (`SCHEME:value`). */
  identifiers: readonly string[];
}

/** What an input entity was resolved by, in the order resolution tries them. */
export type ResolvedBy = 'id' | 'mergedId' | 'identifier' | 'name';

/** How one input entity was resolved. */
export type Resolution = { kind: 'new'; inputId: string } | { kind: 'existing'; inputId: string; entityId: string; by: ResolvedBy };

/**
 * Resolves input entities against the catalog: every entity the graph holds, or those of them that
 * an input's ids (declared or referenced) name as id or merged id, those holding one of the input's
 * identifiers and those sharing a key with an input entity (`inputLookups`), which resolve the input
 * alike. The order is id, merged id, identifier, name: an identifier match wins over names.
 *
 * Problems, never guesses: identifiers of one input held by two entities (IDENTIFIER_CONFLICT); an
 * identifier held by another entity than the one the input's id, merged id or other identifier
 * names (IDENTIFIER_IN_USE); an entity resolved to (by name too) that holds another value of a
 * scheme the input gives (IDENTIFIER_CONFLICT: the input is not that entity); several name matches
 * (AMBIGUOUS_ENTITY).
 * @returns per input id its resolution, a map from every id an input may reference to the entity
 * id to write, and the problems.
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
  const byIdentifier = new Map(catalog.flatMap((e) => e.identifiers.map((k) => [k, e.id] as const)));
  const byKey = new Map<string, Set<string>>();
  for (const e of catalog) {
    for (const k of matchKeys(e)) byKey.set(k, (byKey.get(k) ?? new Set()).add(e.id));
  }
  const resolutions: Resolution[] = [];
  const problems: Problem[] = [];
  const idMap = new Map<string, string>([...catalog.map((e) => [e.id, e.id] as const), ...byMerged]);
  const named = (id: string): string => `${id} ("${excerpt(byId.get(id)?.name ?? id)}")`;

  inputs.forEach((input, i) => {
    const keys = (input.identifiers ?? []).map(identifierKey);
    const resolve = (entityId: string, by: ResolvedBy): void => {
      resolutions.push({ kind: 'existing', inputId: input.id, entityId, by });
      if (entityId !== input.id) idMap.set(input.id, entityId);
      problems.push(...identifierProblems({ input, keys, entity: byId.get(entityId)!, by, byIdentifier, named, path: pathOf(i) }));
    };
    if (byId.has(input.id)) return resolve(input.id, 'id');
    const merged = byMerged.get(input.id);
    if (merged) return resolve(merged, 'mergedId');
    // An identifier names one entity for sure; two entities named by the input's identifiers are two claims.
    const holders = [...new Set(keys.flatMap((k) => byIdentifier.get(k) ?? []))].sort();
    if (holders.length > 1) {
      problems.push({
        path: `${pathOf(i)}.identifiers`,
        code: 'IDENTIFIER_CONFLICT',
        message: `the identifiers of "${excerpt(input.name)}" belong to different entities: ${keys
          .filter((k) => byIdentifier.has(k))
          .map((k) => `${k} to ${named(byIdentifier.get(k)!)}`)
          .join(', ')}`,
      });
      return;
    }
    if (holders.length === 1) return resolve(holders[0]!, 'identifier');
    // Only entities of the same type match: a name shared across kinds (Chancay the district,
    // Chancay the port) names different things.
    const matches = new Set(matchKeys(input).flatMap((k) => [...(byKey.get(k) ?? [])]));
    const candidates = [...matches].filter((id) => byId.get(id)?.type === input.type);
    if (candidates.length === 1) return resolve(candidates[0]!, 'name');
    if (candidates.length > 1) {
      problems.push({
        path: pathOf(i),
        code: 'AMBIGUOUS_ENTITY',
        message: `"${excerpt(input.name)}" matches several entities: ${candidates
          .sort()
          .map((id) => `${id} (${byId.get(id)?.name})`)
          .join(', ')}; use one of their ids`,
      });
      return;
    }
    resolutions.push({ kind: 'new', inputId: input.id });
    idMap.set(input.id, input.id);
  });
  return { resolutions, idMap, problems };
}

const HOW: Record<ResolvedBy, string> = {
  id: 'by its id',
  mergedId: 'by an id merged into it',
  identifier: 'by an identifier',
  name: 'by name',
};

/**
 * The problems of an input's identifiers once it resolved to `entity`: one another entity holds
 * (IDENTIFIER_IN_USE), or a scheme the entity holds another value of (IDENTIFIER_CONFLICT).
 */
function identifierProblems({
  input,
  keys,
  entity,
  by,
  byIdentifier,
  named,
  path,
}: {
  input: EntityRecord;
  keys: readonly string[];
  entity: CatalogEntity;
  by: ResolvedBy;
  byIdentifier: ReadonlyMap<string, string>;
  named: (id: string) => string;
  path: string;
}): Problem[] {
  const held = new Map(entity.identifiers.map((k) => [parseIdentifierKey(k).scheme, k]));
  return keys.flatMap((key, k): Problem[] => {
    const at = `${path}.identifiers[${k}].value`;
    const holder = byIdentifier.get(key);
    if (holder !== undefined && holder !== entity.id)
      return [
        {
          path: at,
          code: 'IDENTIFIER_IN_USE',
          message: `${key} is the identifier of ${named(holder)}, but "${excerpt(input.name)}" resolves to ${named(entity.id)} ${HOW[by]}`,
        },
      ];
    const other = held.get(parseIdentifierKey(key).scheme);
    if (holder === undefined && other !== undefined)
      return [
        {
          path: at,
          code: 'IDENTIFIER_CONFLICT',
          message:
            `"${excerpt(input.name)}" resolves to ${named(entity.id)} ${HOW[by]}, which holds ${other}, not ${key}` +
            (by === 'name' ? ': it is not that entity; give it its own name, or the identifier the entity holds' : ''),
        },
      ];
    return [];
  });
}
