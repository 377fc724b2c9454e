/**
 * Write protection at the operation level: every mutation (and, with REQUIRE_KEY_FOR_READS, every
 * operation) needs a valid API key, whatever the route — POST, batched, GET or a persisted query.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from './context.js';

export function authPlugin({ requireKeyForReads }: { requireKeyForReads: boolean }): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' && !requireKeyForReads) return;
          const caller = contextValue.caller;
          if (caller.kind === 'anonymous') {
            throw new GraphQLError('An API key is required: send Authorization: Bearer <key>.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
          }
          if (caller.kind === 'invalid') {
            throw new GraphQLError('The API key is not valid.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
          }
        },
      };
    },
  };
}
