/**
 * The relationships step of an ingest, decided before it writes: for each input claim, in input
 * order, whether it corroborates a relationship the graph holds, states one unchanged, or is
 * written — new, or beside the relationships it contradicts, all of them then DISPUTED. Each claim
 * sees the graph as the claims before it left it, exactly as if they were written one at a time,
 * so the write can go in a few batched statements.
 */
import { createHash } from 'node:crypto';
import { relationshipId } from '../domain/ids.js';
import { validTime } from '../domain/valid-time.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { RelationshipRecord } from '../article-file/format.js';
import { evidenceRows, relationshipRow } from '../article-file/to-rows.js';
import type { EvidenceRow } from '../domain/graph-rows.js';
import type { RelationshipWrite } from '../store/cypher/create-relationships.js';

/** A relationship as the graph holds it: what tells whether a claim overlaps it and agrees with it. */
export interface HeldRelationship {
  id: string;
  type: string;
  source: string;
  target: string;
  status: string | null;
  /** JSON, as stored. */
  quantities: string | null;
  topic: string | null;
  validStart: string | null;
  validEnd: string | null;
}

/** The topic and valid time of a claim or relationship (interval ends as ISO dates). */
export type Span = Pick<HeldRelationship, 'topic' | 'validStart' | 'validEnd'>;

/**
 * True when a claim and a relationship of the same type and ends speak of the same thing: their
 * topics are equal ignoring case, or either has none, and their valid times overlap (an open end
 * overlaps everything).
 */
export function overlaps(claim: Span, held: Span): boolean {
  return (
    (claim.topic === null || held.topic === null || held.topic.toLowerCase() === claim.topic.toLowerCase()) &&
    (claim.validStart === null || held.validEnd === null || held.validEnd >= claim.validStart) &&
    (claim.validEnd === null || held.validStart === null || held.validStart <= claim.validEnd)
  );
}

/** What the relationships step writes and answers. */
export interface RelationshipPlan {
  /** Relationships to create (their ids are new to the graph), in input order. */
  creates: RelationshipWrite[];
  /** Relationships the graph (or an earlier create) holds whose properties a claim rewrites, in input order. */
  updates: RelationshipWrite[];
  /** Per relationship to mark DISPUTED, the relationships disputing it, in the order they came. */
  disputes: { id: string; type: RelationType; source: string; target: string; by: string[] }[];
  evidence: EvidenceRow[];
  /** Every relationship a claim went to (its `knownFrom` follows its evidence). */
  touched: { id: string; type: RelationType; source: string; target: string }[];
  created: string[];
  corroborated: string[];
  unchanged: string[];
  disputed: Set<string>;
  evidenceAdded: number;
  writtenEvidence: Set<string>;
}

const agrees = (held: HeldRelationship, r: RelationshipRecord): boolean =>
  held.status === r.status && (held.quantities ?? '[]') === JSON.stringify(r.quantities);

/** The id of a claim written beside the relationship of its own id, which it contradicts. */
const variantId = (id: string, r: RelationshipRecord): string =>
  `${id}-${createHash('sha256')
    .update(`${r.status}|${JSON.stringify(r.quantities)}`)
    .digest('hex')
    .slice(0, 6)}`;

const pairKey = (type: string, source: string, target: string): string => JSON.stringify([type, source, target]);

/**
 * Plans the relationships step.
 * @param relationships the input claims, their entity and article ids already mapped to those written
 * @param held every relationship the graph holds between the ends of a claim, of its type (after
 *   the removal of the articles' prior claims)
 * @param published each article's publication start
 * @param priorEvidence the evidence ids these articles had before (a claim all of whose evidence was there is unchanged)
 */
export function planRelationships({
  relationships,
  held,
  published,
  priorEvidence,
  keyId,
}: {
  relationships: readonly RelationshipRecord[];
  held: readonly HeldRelationship[];
  published: ReadonlyMap<string, string | null>;
  priorEvidence: ReadonlySet<string>;
  keyId: string;
}): RelationshipPlan {
  const plan: RelationshipPlan = {
    creates: [],
    updates: [],
    disputes: [],
    evidence: [],
    touched: [],
    created: [],
    corroborated: [],
    unchanged: [],
    disputed: new Set(),
    evidenceAdded: 0,
    writtenEvidence: new Set(),
  };
  // The graph as the claims so far left it, per type and ends.
  const graph = new Map<string, Map<string, HeldRelationship>>();
  const at = (type: string, source: string, target: string): Map<string, HeldRelationship> => {
    const key = pairKey(type, source, target);
    if (!graph.has(key)) graph.set(key, new Map());
    return graph.get(key)!;
  };
  for (const h of held) at(h.type, h.source, h.target).set(h.id, h);
  const disputes = new Map<string, RelationshipPlan['disputes'][number]>();
  const touched = new Map<string, RelationshipPlan['touched'][number]>();

  for (const r of relationships) {
    const type = r.type as RelationType;
    const here = at(type, r.source, r.target);
    const span: Span = { topic: r.topic, ...validTime(r) };
    const id0 = relationshipId({ ...r, type });
    const candidates = [...here.values()].filter((h) => overlaps(span, h)).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const exact = candidates.find((h) => h.id === id0);
    const agreeing = exact && agrees(exact, r) ? exact : candidates.find((h) => agrees(h, r));
    let targetId: string;
    if (agreeing) {
      targetId = agreeing.id;
    } else {
      targetId = exact ? variantId(id0, r) : id0;
      const row = relationshipRow({ relationship: r, published, recordedBy: keyId });
      const write: RelationshipWrite = { ...row, id: targetId, type, props: { ...row.props, reportedStatus: r.status } };
      (here.has(targetId) ? plan.updates : plan.creates).push(write);
      here.set(targetId, {
        id: targetId,
        type,
        source: r.source,
        target: r.target,
        status: r.status,
        quantities: JSON.stringify(r.quantities),
        ...span,
      });
      // The relationship the claim rewrites (a variant of its id the graph holds already) does not contradict itself.
      const contradicted = candidates.map((h) => h.id).filter((id) => id !== targetId);
      if (contradicted.length) {
        for (const [id, by] of [[targetId, contradicted], ...contradicted.map((c) => [c, [targetId]] as const)] as const) {
          const d = disputes.get(id) ?? { id, type, source: r.source, target: r.target, by: [] };
          // As repeated marks would leave it: ids already there move to the end.
          d.by = [...d.by.filter((x) => !by.includes(x)), ...by];
          disputes.set(id, d);
          here.get(id)!.status = 'DISPUTED';
          plan.disputed.add(id);
        }
      }
    }
    touched.set(targetId, { id: targetId, type, source: r.source, target: r.target });
    const evidence = evidenceRows({ relationshipId: targetId, type, evidence: r.evidence, recordedBy: keyId });
    const wasThere = evidence.every((ev) => priorEvidence.has(ev.id));
    plan.evidenceAdded += evidence.filter((ev) => !priorEvidence.has(ev.id) && !plan.writtenEvidence.has(ev.id)).length;
    for (const ev of evidence) plan.writtenEvidence.add(ev.id);
    plan.evidence.push(...evidence);
    if (wasThere && !plan.disputed.has(targetId)) plan.unchanged.push(targetId);
    else if (agreeing) plan.corroborated.push(targetId);
    else plan.created.push(targetId);
  }
  plan.disputes = [...disputes.values()];
  plan.touched = [...touched.values()];
  return plan;
}
