/**
 * Write protection at the operation level: every mutation (and, with REQUIRE_KEY_FOR_READS, every
 * operation) needs a valid API key, whatever the route — POST, batched, GET or a persisted query.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { keyRefusal } from '../auth/api-keys.js';
import { ERROR_STATUS } from '../errors.js';
import type { GraphQLContext } from './context.js';

/**
 * The Apollo plugin that refuses, once the operation is known, a mutation (and with
 * `requireKeyForReads`, any operation) from a caller without a valid key: keyRefusal's code and
 * message, with its code's HTTP status (401 or 403).
 */
export function authPlugin({ requireKeyForReads }: { requireKeyForReads: boolean }): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== 'mutation' && !requireKeyForReads) return;
          const refusal = keyRefusal(contextValue.caller);
          if (refusal)
            throw new GraphQLError(refusal.message, { extensions: { code: refusal.code, http: { status: ERROR_STATUS[refusal.code] } } });
        },
      };
    },
  };
}
