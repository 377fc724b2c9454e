/**
 * Loads the subgraph a `POST /export` names by ids: the relationships asked for, the entities
 * asked for and every endpoint of those relationships, and each relationship's evidence with its
 * article, all through the reader's by-id look-ups.
 */
import { AppError } from '../errors.js';
import type { EntityModel } from '../domain/models.js';
import type { Reader } from '../store/reader.js';
import type { ExportSelection } from './export-query.js';
import { withEvidence, type ExportSubgraph } from './export-subgraph.js';

/** The reader functions a selection export needs. */
export type SelectionReader = Pick<Reader, 'entitiesByIds' | 'relationshipsByIds' | 'evidenceByRelationshipIds' | 'articlesByIds'>;

const quoted = (ids: readonly string[]): string => ids.map((id) => JSON.stringify(id)).join(', ');

/**
 * Loads the subgraph of a checked selection: exactly the relationships named, and as nodes the
 * entities named together with every endpoint of those relationships (so that, as in
 * `GET /export`, each edge's ends are in the file; no other relationship between the nodes is
 * added). An entity id merged into another stands for the entity it was merged into. Never
 * truncated: the body's caps bound it. Throws AppError NOT_FOUND naming every unknown id
 * (argument `entityIds` first, then `relationshipIds`), and INTERNAL_SERVER_ERROR when the store
 * returns a relationship whose endpoint or cited article is missing.
 */
export async function exportSelection({
  reader,
  selection,
}: {
  reader: SelectionReader;
  selection: ExportSelection;
}): Promise<ExportSubgraph> {
  const [named, rels] = await Promise.all([
    reader.entitiesByIds(selection.entityIds),
    reader.relationshipsByIds(selection.relationshipIds),
  ]);
  const unknownEntities = selection.entityIds.filter((id) => !named.has(id));
  if (unknownEntities.length) throw new AppError('NOT_FOUND', `entityIds: no entity ${quoted(unknownEntities)}`, { argument: 'entityIds' });
  const unknownRels = selection.relationshipIds.filter((id) => !rels.has(id));
  if (unknownRels.length)
    throw new AppError('NOT_FOUND', `relationshipIds: no relationship ${quoted(unknownRels)}`, { argument: 'relationshipIds' });

  const relationships = selection.relationshipIds.map((id) => rels.get(id)!);
  const nodes = new Map<string, EntityModel>([...named.values()].map((e) => [e.id, e]));
  const endpoints = [...new Set(relationships.flatMap((r) => [r.sourceId, r.targetId]))].filter((id) => !nodes.has(id));
  const [ends, edges] = await Promise.all([
    endpoints.length ? reader.entitiesByIds(endpoints) : new Map<string, EntityModel>(),
    withEvidence({ reader, relationships }),
  ]);
  for (const id of endpoints) {
    const e = ends.get(id);
    if (!e) throw new AppError('INTERNAL_SERVER_ERROR', `relationship endpoint ${id} is missing`);
    nodes.set(e.id, e);
  }
  return { nodes: [...nodes.values()], edges, truncated: false };
}
