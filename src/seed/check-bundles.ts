/** Cross-file checks of article bundles: duplicate ids, dangling references, duplicate claims. */
import type { Problem } from '../errors.js';
import { relationshipId } from '../domain/ids.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { Bundle } from './format.js';

/** A parsed bundle and the file it came from. */
export interface SourcedBundle {
  readonly file: string;
  readonly bundle: Bundle;
}

/** Merges bundles and lists every cross-reference problem. */
export function checkBundles(
  sourced: readonly SourcedBundle[],
  { knownEntityIds, knownArticleIds }: { knownEntityIds: ReadonlySet<string>; knownArticleIds: ReadonlySet<string> },
): { bundle: Bundle; problems: Problem[] } {
  const problems: Problem[] = [];
  const merged: Bundle = { articles: [], entities: [], relationships: [] };
  const firstSeen = new Map<string, string>();
  const seen = (kind: string, id: string, file: string, at: string): void => {
    const key = `${kind}:${id}`;
    const prior = firstSeen.get(key);
    if (prior !== undefined) {
      problems.push({ file, path: at, code: 'DUPLICATE_ID', message: `duplicate ${kind} id "${id}" (first defined in ${prior})` });
    } else {
      firstSeen.set(key, `${file}`);
    }
  };
  for (const { file, bundle } of sourced) {
    bundle.articles.forEach((a, i) => seen('article', a.id, file, `articles[${i}].id`));
    bundle.entities.forEach((e, i) => {
      seen('entity', e.id, file, `entities[${i}].id`);
      e.mergedIds.forEach((m, k) => seen('entity', m, file, `entities[${i}].mergedIds[${k}]`));
    });
    merged.articles.push(...bundle.articles);
    merged.entities.push(...bundle.entities);
  }
  const entityIds = new Set([...knownEntityIds, ...merged.entities.map((e) => e.id)]);
  const articleIds = new Set([...knownArticleIds, ...merged.articles.map((a) => a.id)]);
  for (const { file, bundle } of sourced) {
    bundle.relationships.forEach((r, i) => {
      const at = `relationships[${i}]`;
      for (const end of ['source', 'target'] as const) {
        if (!entityIds.has(r[end])) {
          problems.push({ file, path: `${at}.${end}`, code: 'DANGLING_ENTITY', message: `unknown entity "${r[end]}"` });
        }
      }
      r.evidence.forEach((ev, k) => {
        if (!articleIds.has(ev.article)) {
          problems.push({ file, path: `${at}.evidence[${k}].article`, code: 'DANGLING_ARTICLE', message: `unknown article "${ev.article}"` });
        }
      });
      seen('relationship', r.id ?? relationshipId({ ...r, type: r.type as RelationType }), file, at);
      merged.relationships.push(r);
    });
  }
  return { bundle: merged, problems };
}
