import type { Resolvers } from '../generated/types.js';
import { Query } from './query.js';
import { typeResolvers } from './types.js';
import { Mutation, auditLog } from './mutation.js';
import { analyzeTextResolver } from './analyze.js';
import { withReferenceResolvers } from './references.js';
import { nodeQueries, nodeType } from './node.js';
import { Change, Subscription, changes } from './changes.js';

/** Every resolver of the schema. */
export const resolvers: Resolvers = {
  Query: { ...Query, ...nodeQueries, auditLog, changes, analyzeText: analyzeTextResolver },
  Mutation,
  Subscription,
  Change,
  ...withReferenceResolvers(typeResolvers),
  ...nodeType,
};
