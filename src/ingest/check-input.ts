/**
 * The first step of an ingest, `resolve`: the checks that need the graph or the whole input, and
 * what they learn of the graph (the entities and articles the input names), which the write goes
 * on from. Reads only what the input names, through indexes; never the whole catalogue.
 */
import type { Tx } from '../store/gateway.js';
import type { Problem } from '../errors.js';
import { excerpt } from '../domain/excerpt.js';
import type { EntityRecord, SalvagedBundle } from '../article-file/format.js';
import { bundleProblems, idInUse } from '../article-file/check-bundles.js';
import * as q from '../store/cypher/input-lookups.js';
import { matchKeys } from '../domain/match-keys.js';
import { identifierKey } from '../domain/identifiers.js';
import { resolveEntities, type CatalogEntity, type Resolution } from './resolve-entities.js';

/** An existing entity as the write needs it. */
export type CatalogRow = CatalogEntity & { description: string | null };

/** What the checks learnt of the graph, which the write goes on from. */
export interface Checked {
  problems: Problem[];
  /** The existing entities the input resolved to or references, by id. */
  byId: Map<string, CatalogRow>;
  resolutions: Map<string, Resolution>;
  /** Input (and merged) entity ids to the entity id written. */
  idMap: Map<string, string>;
  /** Input article ids to the article id written (an article with the same URL keeps its id). */
  articleIdMap: Map<string, string>;
}

/**
 * Every check that needs the graph or the whole input, on a valid bundle or on what shape
 * validation kept of an invalid one: at least one article; entity resolution (ambiguous
 * matches) and type conflicts with the entity resolved to; references, duplicate claims and
 * quotes (bundleProblems, as for article files); relationships whose ends resolve to one entity.
 */
export async function checkInput(tx: Tx, bundle: SalvagedBundle, prefix: string): Promise<Checked> {
  const problems: Problem[] = [];
  if (bundle.articles.length === 0) problems.push({ path: `${prefix}.articles`, code: 'TOO_SMALL', message: 'give at least one article' });

  // Articles: the same id, or the same URL under another id, is the same article.
  const ids = bundle.articles.flatMap((a) => (a.id === undefined ? [] : [a.id]));
  const urls = bundle.articles.flatMap((a) => (a.url ? [a.url] : []));

  // Entities whose id, name and type are valid are resolved; the ids of the others still count as declared.
  const resolvable = bundle.entities.flatMap((e, index) =>
    e.id !== undefined && e.name !== undefined && e.type !== undefined
      ? [
          {
            index,
            entity: {
              id: e.id,
              name: e.name,
              type: e.type,
              aliases: e.aliases ?? [],
              description: e.description ?? null,
              mergedIds: e.mergedIds ?? [],
              identifiers: e.identifiers ?? [],
            } satisfies EntityRecord,
          },
        ]
      : [],
  );
  // The entities every id the input names (declared, or referenced by a relationship) may be, as
  // id or merged id, and those sharing a name or alias with an input entity: all that resolution
  // and the reference checks can see of the graph.
  const named = [...bundle.entities.map((e) => e.id), ...bundle.relationships.flatMap((r) => [r.source, r.target])].filter(
    (id): id is string => id !== undefined,
  );
  // One statement: the articles (articlesByIdOrUrl) and the entities (resolutionCandidates).
  const declared = bundle.entities.flatMap((e) => [...(e.id === undefined ? [] : [e.id]), ...(e.mergedIds ?? [])]);
  const [found] = await tx.run(
    q.inputLookups({
      articleIds: ids,
      urls,
      ids: named,
      keys: resolvable.flatMap((r) => matchKeys(r.entity)),
      identifierKeys: resolvable.flatMap((r) => (r.entity.identifiers ?? []).map(identifierKey)),
      entityIds: declared,
    }),
  );
  const existingArticles = (found?.articles ?? []) as { id: string; url: string | null }[];
  const catalog = (found?.entities ?? []) as CatalogRow[];
  problems.push(...idSpaceProblems(bundle, prefix, found ?? {}));
  const articleIdMap = new Map<string, string>();
  for (const a of bundle.articles) {
    if (a.id === undefined) continue;
    const same = existingArticles.find((x) => x.id === a.id) ?? existingArticles.find((x) => a.url && x.url === a.url);
    articleIdMap.set(a.id, (same?.id as string | undefined) ?? a.id);
  }
  const byId = new Map(catalog.map((e) => [e.id, e]));
  const resolved = resolveEntities({
    inputs: resolvable.map((r) => r.entity),
    catalog,
    pathOf: (i) => `${prefix}.entities[${resolvable[i]!.index}]`,
  });
  problems.push(...resolved.problems);
  const resolutions = new Map(resolved.resolutions.map((r) => [r.inputId, r]));
  problems.push(...addedIdentifierProblems(resolvable, resolutions, prefix));
  for (const { index, entity: e } of resolvable) {
    const res = resolutions.get(e.id);
    const existing = res?.kind === 'existing' ? byId.get(res.entityId) : undefined;
    if (existing && existing.type !== e.type) {
      problems.push({
        path: `${prefix}.entities[${index}].type`,
        code: 'ENTITY_TYPE_CONFLICT',
        message: `"${excerpt(e.name)}" resolves to ${existing.id}, which is a ${existing.type}, not a ${e.type}`,
      });
    }
  }

  // References, duplicate claims and quotes, against the graph and the input together.
  const cross = bundleProblems([{ file: '', bundle }], {
    knownEntityIds: new Set(resolved.idMap.keys()),
    knownArticleIds: new Set(existingArticles.map((a) => a.id as string)),
  });
  problems.push(...cross.map(({ file: _file, ...p }) => ({ ...p, path: `${prefix}.${p.path}` })));

  const mapEntity = (id: string): string => resolved.idMap.get(id) ?? id;
  bundle.relationships.forEach((r, i) => {
    if (r.source === undefined || r.target === undefined) return;
    const [source, target] = [mapEntity(r.source), mapEntity(r.target)];
    if (source === target)
      problems.push({ path: `${prefix}.relationships[${i}]`, code: 'SELF_LOOP', message: `source and target both resolve to ${source}` });
  });
  return { problems, byId, resolutions, idMap: resolved.idMap, articleIdMap };
}

/** ID_IN_USE for an input article id that an entity of the graph holds, and an input entity id that an article holds. */
function idSpaceProblems(bundle: SalvagedBundle, prefix: string, found: Record<string, unknown>): Problem[] {
  const heldByEntities = new Set((found.articleIdsOfEntities ?? []) as string[]);
  const heldByArticles = new Set((found.entityIdsOfArticles ?? []) as string[]);
  const problems: Problem[] = [];
  bundle.articles.forEach((a, i) => {
    if (a.id !== undefined && heldByEntities.has(a.id))
      problems.push({
        path: `${prefix}.articles[${i}].id`,
        code: 'ID_IN_USE',
        message: idInUse('article', a.id, 'an entity of the graph'),
      });
  });
  bundle.entities.forEach((e, i) => {
    const ids: [string, string][] = [...(e.id === undefined ? [] : [['id', e.id] as [string, string]])];
    e.mergedIds?.forEach((m, k) => ids.push([`mergedIds[${k}]`, m]));
    for (const [field, id] of ids)
      if (heldByArticles.has(id))
        problems.push({
          path: `${prefix}.entities[${i}].${field}`,
          code: 'ID_IN_USE',
          message: idInUse('entity', id, 'an article of the graph'),
        });
  });
  return problems;
}

/**
 * IDENTIFIER_CONFLICT for two inputs that resolve to one entity and give it two values of one
 * scheme (each alone could be added): the entity would end with two.
 */
function addedIdentifierProblems(
  resolvable: readonly { index: number; entity: EntityRecord }[],
  resolutions: ReadonlyMap<string, Resolution>,
  prefix: string,
): Problem[] {
  const given = new Map<string, { key: string; at: string }>();
  const problems: Problem[] = [];
  for (const { index, entity } of resolvable) {
    const res = resolutions.get(entity.id);
    if (!res) continue;
    const target = res.kind === 'existing' ? res.entityId : entity.id;
    (entity.identifiers ?? []).forEach((identifier, k) => {
      const key = identifierKey(identifier);
      const at = `${prefix}.entities[${index}].identifiers[${k}].value`;
      const prior = given.get(`${target}\0${identifier.scheme}`);
      if (prior === undefined) given.set(`${target}\0${identifier.scheme}`, { key, at });
      else if (prior.key !== key)
        problems.push({
          path: at,
          code: 'IDENTIFIER_CONFLICT',
          message: `${key} and ${prior.key} (${prior.at}) would both be identifiers of ${target}; an entity has one value per scheme`,
        });
    });
  }
  return problems;
}
