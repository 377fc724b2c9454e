/**
 * Step `read` of a retraction (see retractArticle): the article, its evidence, what its ingests
 * recorded, and the relationships and entities the retraction may change, whole, before it writes.
 */
import type { Tx } from '../store/gateway.js';
import { AppError } from '../errors.js';
import * as q from '../store/cypher/retract-article.js';
import { ingestsOfArticles } from '../store/cypher/create-audit.js';
import { entityLocks, pairLock } from './check-no-race.js';
import type { RelationshipRef } from './end-disputes.js';
import { ingestRecords, namesTaken, type HeldRelationship, type NamesTaken, type Props } from './retraction-state.js';

/** What a retraction reads before it writes. */
export interface RetractionScope {
  article: Props;
  /** Every evidence item citing the article, whole. */
  evidence: Props[];
  /** The relationships the evidence supports, by id and type. */
  cited: { id: string; type: string }[];
  /** Those the graph holds, whole. */
  relationships: HeldRelationship[];
  /** Of those, the ones no other article supports: the retraction deletes them. */
  unsupported: HeldRelationship[];
  /** The relationships the unsupported ones dispute (endDisputes changes them), whole. */
  partners: HeldRelationship[];
  /** The entities that may be left with no relationship: those the article's ingests created, and the ends of the unsupported. */
  candidates: string[];
  /** The candidates and the entities the article's ingests named, as the graph holds them, by id. */
  entities: Map<string, Props>;
  /** What the retraction takes from each entity the article's ingests named. */
  taken: NamesTaken[];
}

/** A relationship by id, type and ends. */
export const refOf = ({ id, type, source, target }: HeldRelationship): RelationshipRef => ({ id, type, source, target });

const heldOf = (row: Record<string, unknown>): HeldRelationship => ({
  id: row.id as string,
  type: row.type as string,
  source: row.source as string,
  target: row.target as string,
  props: row.props as Props,
});

/** Reads the scope of a retraction of article `id`, refusing an unknown article (NOT_FOUND). At most six statements. */
export async function readRetractionScope(tx: Tx, id: string): Promise<RetractionScope> {
  const [found] = await tx.run(q.articleWithEvidence({ id }));
  if (!found) throw new AppError('NOT_FOUND', `id: no article "${id}"`, { argument: 'id' });
  const evidence = found.evidence as Props[];
  const records = ingestRecords((await tx.run(ingestsOfArticles({ articleIds: [id] }))).map((r) => r.summary as string));
  const cited = [...new Map(evidence.map((ev) => [ev.relationshipId as string, ev.relationshipType as string])).entries()].map(
    ([rid, type]) => ({ id: rid, type }),
  );
  const rows = cited.length ? await tx.run(q.relationshipStates({ relationships: cited, articleId: id })) : [];
  const unsupported = rows.filter((r) => r.elsewhere === false).map(heldOf);
  const partners = unsupported.length ? (await tx.run(q.disputePartners({ deleted: unsupported.map(refOf) }))).map(heldOf) : [];
  const candidates = [...new Set([...records.createdEntities, ...unsupported.flatMap((r) => [r.source, r.target])])];
  const ids = [...records.namesAdded.map((n) => n.entityId), ...candidates];
  const entities = new Map((await tx.run(q.entityStates({ ids }))).map((r) => [r.id as string, r.props as Props]));
  const taken = records.namesAdded.flatMap((n) => {
    const props = entities.get(n.entityId);
    const t = props ? namesTaken(n, props) : null;
    return t ? [t] : [];
  });
  return {
    article: found.article as Props,
    evidence,
    cited,
    relationships: rows.map(heldOf),
    unsupported,
    partners,
    candidates,
    entities,
    taken,
  };
}

/**
 * The locks a retraction (and its undo) takes, as an ingest or a merge would (see checkNoRace): the
 * end pairs of the relationships it deletes or recreates and the name keys of the entities whose
 * names it may change or which it may delete or recreate.
 */
export function retractionLocks({
  relationships,
  entities,
}: {
  relationships: readonly HeldRelationship[];
  entities: Iterable<Props>;
}): string[] {
  const names = [...entities].map((p) => ({
    type: String(p.type),
    name: String(p.name),
    aliases: (p.aliases as string[] | undefined) ?? [],
  }));
  return [...relationships.map(pairLock), ...names.flatMap(entityLocks)];
}
