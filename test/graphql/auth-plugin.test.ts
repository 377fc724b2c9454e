import { describe, expect, it } from 'vitest';
import type { GraphQLRequestContextDidResolveOperation, GraphQLRequestContext, GraphQLRequestListener } from '@apollo/server';
import { authPlugin } from '../../src/graphql/auth-plugin.js';
import type { GraphQLContext } from '../../src/graphql/context.js';
import type { Caller } from '../../src/auth/api-keys.js';

type Operation = 'query' | 'mutation' | 'subscription' | undefined;

/** Runs the plugin's didResolveOperation hook for one operation and caller, as Apollo Server would. */
async function check({
  requireKeyForReads,
  operation,
  caller,
}: {
  requireKeyForReads: boolean;
  operation: Operation;
  caller: Caller;
}): Promise<void> {
  const plugin = authPlugin({ requireKeyForReads });
  const listener = (await plugin.requestDidStart!({} as GraphQLRequestContext<GraphQLContext>)) as GraphQLRequestListener<GraphQLContext>;
  const context = {
    operation: operation && { operation },
    contextValue: { caller },
  } as unknown as GraphQLRequestContextDidResolveOperation<GraphQLContext>;
  await listener.didResolveOperation!(context);
}

const KEY: Caller = { kind: 'key', keyId: 'ci' };
const ANONYMOUS: Caller = { kind: 'anonymous' };
const INVALID: Caller = { kind: 'invalid' };
const UNAUTHENTICATED = {
  name: 'GraphQLError',
  message: 'An API key is required: send Authorization: Bearer <key>.',
  extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
};
const FORBIDDEN = { name: 'GraphQLError', message: 'The API key is not valid.', extensions: { code: 'FORBIDDEN', http: { status: 403 } } };

describe('graphql: authPlugin', () => {
  it('lets a mutation through with a valid key only', async () => {
    await expect(check({ requireKeyForReads: false, operation: 'mutation', caller: KEY })).resolves.toBeUndefined();
    await expect(check({ requireKeyForReads: false, operation: 'mutation', caller: ANONYMOUS })).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(check({ requireKeyForReads: false, operation: 'mutation', caller: INVALID })).rejects.toMatchObject(FORBIDDEN);
  });

  it('lets any read through, even with a wrong key, unless reads need a key', async () => {
    for (const caller of [KEY, ANONYMOUS, INVALID]) {
      await expect(check({ requireKeyForReads: false, operation: 'query', caller })).resolves.toBeUndefined();
      await expect(check({ requireKeyForReads: false, operation: 'subscription', caller })).resolves.toBeUndefined();
    }
  });

  it('asks for a valid key for every operation when reads need one', async () => {
    await expect(check({ requireKeyForReads: true, operation: 'query', caller: KEY })).resolves.toBeUndefined();
    await expect(check({ requireKeyForReads: true, operation: 'query', caller: ANONYMOUS })).rejects.toMatchObject(UNAUTHENTICATED);
    await expect(check({ requireKeyForReads: true, operation: 'query', caller: INVALID })).rejects.toMatchObject(FORBIDDEN);
    await expect(check({ requireKeyForReads: true, operation: undefined, caller: ANONYMOUS })).rejects.toMatchObject(UNAUTHENTICATED);
  });

  it('leaves a request without a resolved operation to validation when reads are open', async () => {
    await expect(check({ requireKeyForReads: false, operation: undefined, caller: ANONYMOUS })).resolves.toBeUndefined();
  });
});
