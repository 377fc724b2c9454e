/**
 * Relay's global object identification: `Query.node` and `Query.nodes` find any object by its id,
 * and `Node.__resolveType` names what they found. The form of an id tells a relationship, an
 * evidence item or an audit entry (node-ids.ts); a slug is an entity's (also a merged id, which
 * finds the entity it was merged into) or an article's, which never share one. Each look-up goes
 * through the request's DataLoader of its type, so `nodes` costs one statement per type whatever
 * the number of ids.
 */
import type { QueryResolvers, Resolvers } from '../generated/types.js';
import * as A from '../../domain/arguments.js';
import { madeIdType, type NodeType } from '../../domain/node-ids.js';
import { AppError } from '../../errors.js';
import type { GraphQLContext } from '../context.js';
import type { ArticleModel, AuditEntryModel, EntityModel, EvidenceModel, RelationshipModel } from '../../domain/models.js';

/** What `node` finds. */
type NodeModel = EntityModel | ArticleModel | RelationshipModel | EvidenceModel | AuditEntryModel;

/** The most ids `nodes` takes. */
export const MAX_NODE_IDS = 100;

/** The type each object `node` or `nodes` found was found as, which `__resolveType` answers. */
const foundAs = new WeakMap<NodeModel, NodeType>();

const mark = <T extends NodeModel>(type: NodeType, found: T | null): T | null => {
  if (found) foundAs.set(found, type);
  return found;
};

/** The object with this id, of whichever type holds it, or null. */
async function findNode(ctx: GraphQLContext, id: string): Promise<NodeModel | null> {
  const { loaders } = ctx;
  switch (madeIdType(id)) {
    case 'Relationship':
      return mark('Relationship', await loaders.relationship.load(id));
    case 'Evidence':
      return mark('Evidence', await loaders.evidenceItem.load(id));
    case 'AuditEntry':
      return mark('AuditEntry', await loaders.auditEntry.load(id));
    default: {
      const [entity, article] = await Promise.all([loaders.entity.load(id), loaders.article.load(id)]);
      return mark('Entity', entity) ?? mark('Article', article);
    }
  }
}

export const nodeQueries: Pick<QueryResolvers, 'node' | 'nodes'> = {
  node: (_, { id }, ctx) => findNode(ctx, A.id(id, 'id')),
  nodes: (_, { ids }, ctx) => {
    if (ids.length > MAX_NODE_IDS) throw new AppError('BAD_USER_INPUT', `ids: give at most ${MAX_NODE_IDS} ids`, { argument: 'ids' });
    return Promise.all(ids.map((id) => findNode(ctx, A.id(id, 'ids'))));
  },
};

export const nodeType: Pick<Resolvers, 'Node'> = {
  Node: {
    __resolveType: (found) => {
      const type = foundAs.get(found);
      if (!type) throw new AppError('INTERNAL_SERVER_ERROR', 'a Node was answered that node or nodes did not find');
      return type;
    },
  },
};
