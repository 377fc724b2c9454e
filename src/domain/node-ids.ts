/**
 * The ids of `Node` (Query.node): one space for entities, articles, relationships, evidence and
 * audit entries. Relationship, evidence and audit ids are made by the service in forms of their
 * own (ids.ts, record-audit.ts); entity and article ids are slugs a curator chooses, which may
 * take none of those forms and never equal each other (article-file checks and ingest refuse it).
 */
import { RELATION_TYPE_NAMES } from './vocabulary.js';

/** The types that implement `Node`. */
export type NodeType = 'Entity' | 'Article' | 'Relationship' | 'Evidence' | 'AuditEntry';

/** The forms of the ids the service makes, by the type they name. */
const MADE_ID_FORMS: readonly (readonly [NodeType, RegExp])[] = [
  ['Relationship', new RegExp(`^(?:${RELATION_TYPE_NAMES.map((t) => t.toLowerCase()).join('|')})-[0-9a-f]{16}$`)],
  ['Evidence', /^ev-[0-9a-f]{16}$/],
  ['AuditEntry', /^audit-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/],
];

/** The type whose made-id form `id` has, or null for a slug (an entity's or an article's id). */
export function madeIdType(id: string): NodeType | null {
  return MADE_ID_FORMS.find(([, form]) => form.test(id))?.[0] ?? null;
}

/** How each made id's type is named in a message. */
const NAMED: Record<NodeType, string> = {
  Entity: 'an entity',
  Article: 'an article',
  Relationship: 'a relationship',
  Evidence: 'an evidence',
  AuditEntry: 'an audit entry',
};

/** Why a curator's slug cannot be an entity or article id, or undefined when it can. */
export function reservedIdProblem(id: string): string | undefined {
  const type = madeIdType(id);
  return type ? `has the form of ${NAMED[type]} id, which the service makes` : undefined;
}
