/**
 * Per-request DataLoaders: each nested field (a relationship's endpoints, its evidence, an
 * evidence item's article, an entity's degree) costs one query per request, not one per parent.
 */
import DataLoader from 'dataloader';
import type { Reader } from '../store/reader.js';
import type { ArticleModel, EntityModel, EvidenceModel, RelationshipModel } from './models.js';

const fromMap = <K, V>(fetch: (keys: readonly K[]) => Promise<Map<K, V>>, fallback: V | null = null) =>
  async (keys: readonly K[]): Promise<(V | null)[]> => {
    const map = await fetch(keys);
    return keys.map((k) => map.get(k) ?? fallback);
  };

/** Creates a fresh set of loaders for one request. */
export function createLoaders(reader: Reader) {
  return {
    entity: new DataLoader<string, EntityModel | null>(fromMap((ids) => reader.entitiesByIds(ids))),
    relationship: new DataLoader<string, RelationshipModel | null>(fromMap((ids) => reader.relationshipsByIds(ids))),
    evidence: new DataLoader<string, EvidenceModel[] | null>(fromMap((ids) => reader.evidenceByRelationshipIds(ids), [])),
    sourceCount: new DataLoader<string, number | null>(fromMap((ids) => reader.sourceCounts(ids), 0)),
    article: new DataLoader<string, ArticleModel | null>(fromMap((ids) => reader.articlesByIds(ids))),
    degree: new DataLoader<string, number | null>(fromMap((ids) => reader.degrees(ids), 0)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
