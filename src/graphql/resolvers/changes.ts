/** Query.changes and Subscription.graphChanged: the audit log as a change feed. */
import type { ChangeResolvers, QueryResolvers, SubscriptionResolvers } from '../generated/types.js';
import type { ChangeModel } from '../../domain/change-of-audit.js';
import { AppError } from '../../errors.js';
import * as A from '../../domain/arguments.js';
import { toConnection } from '../connection.js';
import { sdlDefault } from '../../contract/sdl-defaults.js';
import { lookahead } from '../../domain/cut-page.js';

/** The keyset of a change: its time and audit id. */
const changeKey = (c: ChangeModel): [string, string] => [c.at, c.auditId];

/** Query.changes: a page of changes oldest first, after the cursor of the last one seen (its time and id). */
export const changes: NonNullable<QueryResolvers['changes']> = async (_, { after, first }, ctx) => {
  const limit = A.first(first, sdlDefault('Query.changes.first', 'number'));
  const cursor = A.decodeCursor(after, 2);
  const items = await ctx.reader.changes({ after: cursor, limit: lookahead(limit) });
  return toConnection({ items, total: null, limit, hadCursor: cursor !== null }, changeKey, (c) => c);
};

/** The change's own cursor: that of its edge in Query.changes. */
export const Change: ChangeResolvers = {
  cursor: (c) => A.encodeCursor(changeKey(c)),
};

/** Subscription.graphChanged: each change the process's feed publishes (only on /graphql/stream, which gives the feed). */
export const Subscription: SubscriptionResolvers = {
  graphChanged: {
    subscribe: (_, __, ctx) => {
      if (!ctx.changes) throw new AppError('BAD_USER_INPUT', 'Subscriptions are served at /graphql/stream (Server-Sent Events).');
      return ctx.changes.subscribe();
    },
    resolve: (change: ChangeModel) => change,
  },
};
