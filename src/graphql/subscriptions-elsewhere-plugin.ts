/**
 * /graphql runs queries and mutations; subscriptions are served at /graphql/stream over
 * Server-Sent Events (src/server/stream-route.ts). Apollo Server does not run them over HTTP.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ERROR_STATUS } from '../errors.js';
import type { GraphQLContext } from './context.js';

/** The message of the refusal. */
export const SUBSCRIPTIONS_ELSEWHERE = 'Subscriptions are served at /graphql/stream (Server-Sent Events, the graphql-sse protocol).';

/** The Apollo plugin that refuses a subscription operation, once it is known: BAD_USER_INPUT, HTTP 400. */
export function subscriptionsElsewherePlugin(): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation }) {
          if (operation?.operation === 'subscription')
            throw new GraphQLError(SUBSCRIPTIONS_ELSEWHERE, {
              extensions: { code: 'BAD_USER_INPUT', http: { status: ERROR_STATUS.BAD_USER_INPUT } },
            });
        },
      };
    },
  };
}
