/**
 * Checks of article bundles read together: duplicate ids, dangling references, duplicate claims,
 * and quotes that do not occur in their article's text. Seeds, the ingest CLI, snapshots and
 * Mutation.ingestArticle all run these same checks.
 */
import type { Problem } from '../errors.js';
import { relationshipId } from '../domain/ids.js';
import { excerpt } from '../domain/excerpt.js';
import { quoteOccursIn } from '../domain/text.js';
import type { RelationType } from '../domain/vocabulary.js';
import { identifierKey } from '../domain/identifiers.js';
import type { Bundle, SalvagedBundle, SalvagedRelationship } from './format.js';

/** A parsed bundle (or what shape validation salvaged of one) and the file it came from. */
export interface SourcedBundle<B extends SalvagedBundle = Bundle> {
  readonly file: string;
  readonly bundle: B;
}

/** Ids that exist outside the bundles (e.g. in the database) and may be referenced. */
export interface KnownIds {
  knownEntityIds: ReadonlySet<string>;
  knownArticleIds: ReadonlySet<string>;
}

/** Merges valid bundles and lists every problem of them together (see bundleProblems). */
export function checkBundles(sourced: readonly SourcedBundle[], known: KnownIds): { bundle: Bundle; problems: Problem[] } {
  return { bundle: mergeBundles(sourced), problems: bundleProblems(sourced, known) };
}

/** One bundle of the records of all, in order. */
export function mergeBundles(sourced: readonly SourcedBundle[]): Bundle {
  const merged: Bundle = { articles: [], entities: [], relationships: [] };
  for (const { bundle } of sourced) {
    merged.articles.push(...bundle.articles);
    merged.entities.push(...bundle.entities);
    merged.relationships.push(...bundle.relationships);
  }
  return merged;
}

/**
 * The QUOTE_NOT_IN_TEXT problem of one evidence item, or undefined when the quote occurs in its
 * article's text (ignoring whitespace and quote-mark style) or that text is not known. The one
 * quote check of seeds, the CLI and ingest.
 */
export function quoteProblem({
  quote,
  article,
  text,
  file,
  path,
}: {
  quote: string;
  article: string;
  text: string | undefined;
  file?: string;
  path: string;
}): Problem | undefined {
  if (text === undefined || quoteOccursIn(quote, text)) return undefined;
  return {
    ...(file === undefined ? {} : { file }),
    path,
    code: 'QUOTE_NOT_IN_TEXT',
    message: `the quote "${excerpt(quote)}" does not occur in the text of ${article}`,
  };
}

/** The id a relationship will have, when the fields it derives from are valid. */
function claimId(r: SalvagedRelationship): string | undefined {
  if (r.id !== undefined) return r.id;
  const { type, source, target, validFrom, validTo, topic } = r;
  if (
    type === undefined ||
    source === undefined ||
    target === undefined ||
    validFrom === undefined ||
    validTo === undefined ||
    topic === undefined
  )
    return undefined;
  return relationshipId({ type: type as RelationType, source, target, validFrom, validTo, topic });
}

/** The message of an id another kind of node already holds: ids are one space (Query.node). */
export function idInUse(kind: 'article' | 'entity', id: string, holder: string): string {
  const space = 'entities, articles, relationships, evidence and audit entries share one id space (Query.node)';
  return `${kind} id "${excerpt(id)}" is the id of ${holder}: ${space}`;
}

/**
 * Every problem of bundles read together, in input order: duplicate article, entity and
 * relationship ids, an identifier given to two entities (DUPLICATE_IDENTIFIER), references to
 * entities and articles that neither the bundles nor `known`
 * hold, and quotes missing from the text of the article they cite (when the bundles give it).
 * Takes salvaged bundles too: a field that failed shape validation is absent and not checked.
 */
export function bundleProblems(
  sourced: readonly SourcedBundle<SalvagedBundle>[],
  { knownEntityIds, knownArticleIds }: KnownIds,
): Problem[] {
  const problems: Problem[] = [];
  const firstSeen = new Map<string, string>();
  const seen = (kind: string, id: string, file: string, at: string): void => {
    const key = `${kind}:${id}`;
    const prior = firstSeen.get(key);
    if (prior !== undefined) {
      problems.push({ file, path: at, code: 'DUPLICATE_ID', message: `duplicate ${kind} id "${excerpt(id)}" (first defined in ${prior})` });
    } else {
      firstSeen.set(key, file);
    }
  };
  // Where each identifier (`SCHEME:value`) is first given, and by which entity.
  const identifierHolders = new Map<string, { file: string; at: string; id: string | undefined }>();
  const entityIds = new Set(knownEntityIds);
  const articleIds = new Set(knownArticleIds);
  const texts = new Map<string, string>();
  for (const { file, bundle } of sourced) {
    bundle.articles.forEach((a, i) => {
      if (a.id === undefined) return;
      seen('article', a.id, file, `articles[${i}].id`);
      articleIds.add(a.id);
      if (a.text && !texts.has(a.id)) texts.set(a.id, a.text);
    });
    bundle.entities.forEach((e, i) => {
      if (e.id !== undefined) {
        seen('entity', e.id, file, `entities[${i}].id`);
        entityIds.add(e.id);
      }
      e.mergedIds?.forEach((m, k) => seen('entity', m, file, `entities[${i}].mergedIds[${k}]`));
      e.identifiers?.forEach((identifier, k) => {
        const key = identifierKey(identifier);
        const at = `entities[${i}].identifiers[${k}]`;
        const prior = identifierHolders.get(key);
        if (prior === undefined) identifierHolders.set(key, { file, at, id: e.id });
        else if (prior.id === undefined || prior.id !== e.id)
          problems.push({
            file,
            path: `${at}.value`,
            code: 'DUPLICATE_IDENTIFIER',
            message: `${key} is also given at ${prior.file ? `${prior.file}: ` : ''}${prior.at}${
              prior.id === undefined ? '' : ` ("${excerpt(prior.id)}")`
            }: an identifier belongs to one entity`,
          });
      });
    });
  }
  // One id space for Query.node: an article may not take an id an entity holds, as id or merged id.
  const entityKeys = new Set([...firstSeen.keys()].filter((k) => k.startsWith('entity:')).map((k) => k.slice('entity:'.length)));
  for (const { file, bundle } of sourced) {
    bundle.articles.forEach((a, i) => {
      if (a.id !== undefined && entityKeys.has(a.id))
        problems.push({ file, path: `articles[${i}].id`, code: 'ID_IN_USE', message: idInUse('article', a.id, 'an entity') });
    });
  }
  for (const { file, bundle } of sourced) {
    bundle.relationships.forEach((r, i) => {
      const at = `relationships[${i}]`;
      for (const end of ['source', 'target'] as const) {
        const id = r[end];
        if (id !== undefined && !entityIds.has(id)) {
          problems.push({ file, path: `${at}.${end}`, code: 'DANGLING_ENTITY', message: `unknown entity "${excerpt(id)}"` });
        }
      }
      r.evidence?.forEach((ev, k) => {
        if (ev.article === undefined) return;
        if (!articleIds.has(ev.article)) {
          problems.push({
            file,
            path: `${at}.evidence[${k}].article`,
            code: 'DANGLING_ARTICLE',
            message: `unknown article "${excerpt(ev.article)}"`,
          });
        } else if (ev.quote !== undefined) {
          const p = quoteProblem({
            quote: ev.quote,
            article: ev.article,
            text: texts.get(ev.article),
            file,
            path: `${at}.evidence[${k}].quote`,
          });
          if (p) problems.push(p);
        }
      });
      const id = claimId(r);
      if (id !== undefined) seen('relationship', id, file, at);
    });
  }
  return problems;
}
