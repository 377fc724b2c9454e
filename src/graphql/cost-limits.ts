/**
 * Cost limits clients can see, as Shopify's GraphQL API shows them. Once the operation is known,
 * its requested cost (src/graphql/cost.ts) is checked against QUERY_MAX_COST, then taken from the
 * client's budget (src/graphql/cost-budget.ts: per API key, else per address); once it has run,
 * the difference with its actual cost is given back. Every answer to a known operation carries
 * `extensions.cost { requestedQueryCost actualQueryCost throttleStatus { maximumAvailable
 * currentlyAvailable restoreRate } }`, refusals included; an answer that may be cached and shared
 * (isCacheableRequest) leaves `throttleStatus` out, since it belongs to one client at one moment.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { Config } from '../config.js';
import { ERROR_STATUS, QUERY_TOO_COSTLY } from '../errors.js';
import type { GraphQLContext } from './context.js';
import { actualCost, requestedCost } from './cost.js';
import { costBudget, type ThrottleStatus } from './cost-budget.js';
import { isCacheableRequest } from './http-cache.js';

/** `extensions.cost` of an answer. */
export interface CostExtension {
  readonly requestedQueryCost: number;
  readonly actualQueryCost: number;
  readonly throttleStatus?: ThrottleStatus;
}

/** Whose budget pays for a request: the API key's when the caller sent a valid one, else the address's. */
export function budgetClient(context: Pick<GraphQLContext, 'caller' | 'clientAddress'>): string {
  return context.caller.kind === 'key' ? `key:${context.caller.keyId}` : `address:${context.clientAddress ?? 'unknown'}`;
}

/**
 * The Apollo plugin of the cost limits `limits` (`maxCost` and `budget` 0: that limit off);
 * `now` gives the time in ms (default `Date.now`). Install it after the auth plugin, so that a
 * request refused for its key is refused as such.
 */
export function costLimitsPlugin(
  limits: Config['cost'],
  { now = Date.now }: { now?: () => number } = {},
): ApolloServerPlugin<GraphQLContext> {
  const budget = limits.budget > 0 ? costBudget({ maximum: limits.budget, restoreRate: limits.restoreRate, now }) : undefined;
  return {
    async requestDidStart({ request }) {
      const cacheable = isCacheableRequest(request);
      let requested: number | undefined;
      let charged = false;
      let executed = false;
      let retryAfter: number | undefined;
      return {
        async didResolveOperation({ schema, document, request, contextValue }) {
          requested = requestedCost({ schema, document, operationName: request.operationName, variables: request.variables });
          if (limits.maxCost > 0 && requested > limits.maxCost)
            throw new GraphQLError(`Query too costly: it may cost ${requested} points, more than the limit of ${limits.maxCost}.`, {
              extensions: { code: QUERY_TOO_COSTLY, requestedQueryCost: requested, maxCost: limits.maxCost, http: { status: 400 } },
            });
          if (!budget) return;
          const take = budget.take(budgetClient(contextValue), requested);
          if (take.granted) {
            charged = true;
            return;
          }
          retryAfter = take.retryAfter;
          throw new GraphQLError(
            `Cost budget exhausted: this query may cost ${requested} points and ${take.status.currentlyAvailable} are available; ` +
              `${take.status.restoreRate} come back per second. Retry after ${retryAfter} s.`,
            { extensions: { code: 'RATE_LIMITED', http: { status: ERROR_STATUS.RATE_LIMITED } } },
          );
        },
        async executionDidStart() {
          executed = true;
        },
        async willSendResponse({ response, schema, document, request, contextValue }) {
          if (requested === undefined || response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const actual =
            executed && document
              ? actualCost({ schema, document, operationName: request.operationName, variables: request.variables, data: result.data })
              : 0;
          const client = budget && budgetClient(contextValue);
          const status =
            budget && client !== undefined ? (charged ? budget.refund(client, requested - actual) : budget.status(client)) : undefined;
          if (retryAfter !== undefined) response.http.headers.set('retry-after', String(retryAfter));
          const cost: CostExtension = {
            requestedQueryCost: requested,
            actualQueryCost: actual,
            ...(status && !cacheable ? { throttleStatus: status } : {}),
          };
          result.extensions = { ...result.extensions, cost };
        },
      };
    },
  };
}
