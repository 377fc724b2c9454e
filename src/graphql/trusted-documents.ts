/**
 * Trusted documents (TRUSTED_DOCUMENTS): which operations /graphql runs. `off` runs any, as
 * Apollo does. `allow` also runs an operation of the manifest (documents/manifest.json) sent by
 * its id alone. `require` runs only the manifest's operations: by id, or sent in full as their
 * exact text; any other text is refused before it is parsed, and so is automatic persisted-query
 * registration. Ids are read on every route Apollo serves (POST, GET, batches).
 */
import { readFile } from 'node:fs/promises';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { TrustedDocumentsMode } from '../config.js';
import { formatProblems } from '../errors.js';
import { operationId, parsePersistedQueryManifest } from '../contract/persisted-query-manifest.js';
import type { GraphQLContext } from './context.js';

/** The code of a document refused under `require`: not in the manifest (sent in full, or for registration). */
export const PERSISTED_QUERY_NOT_IN_LIST = 'PERSISTED_QUERY_NOT_IN_LIST';

/** What to do with a request, given its `query` text and its persisted-query id. */
export type TrustedDocumentDecision =
  /** Leave the request to Apollo as it was sent (an unknown id gets Apollo's PERSISTED_QUERY_NOT_FOUND). */
  | { readonly kind: 'as-sent' }
  /** An id of the manifest and no text: run the manifest's body. */
  | { readonly kind: 'manifest'; readonly body: string }
  /** Refuse, with a code and a message. */
  | { readonly kind: 'refuse'; readonly code: typeof PERSISTED_QUERY_NOT_IN_LIST; readonly message: string };

const AS_SENT: TrustedDocumentDecision = Object.freeze({ kind: 'as-sent' });

/**
 * Decides what a request runs. `bodies` maps each manifest id to its body; `query` is the text
 * sent (if any); `id` is `extensions.persistedQuery.sha256Hash` (if any). Under `require`, a text
 * runs only when its SHA-256 is a manifest id (so it is byte for byte a manifest body); an unknown
 * id alone is left to Apollo, whose persisted-query cache then holds nothing but manifest bodies,
 * because every other registration is refused.
 */
export function trustedDocumentDecision({
  mode,
  bodies,
  query,
  id,
}: {
  mode: TrustedDocumentsMode;
  bodies: ReadonlyMap<string, string>;
  query: string | undefined;
  id: string | undefined;
}): TrustedDocumentDecision {
  switch (mode) {
    case 'off':
      return AS_SENT;
    case 'allow':
    case 'require': {
      if (query === undefined) {
        const body = id === undefined ? undefined : bodies.get(id);
        return body === undefined ? AS_SENT : { kind: 'manifest', body };
      }
      if (mode === 'allow' || bodies.has(operationId(query))) return AS_SENT;
      return {
        kind: 'refuse',
        code: PERSISTED_QUERY_NOT_IN_LIST,
        message:
          id === undefined
            ? 'Only trusted documents run here (TRUSTED_DOCUMENTS=require), and this document is not one: ' +
              "send the id of an operation of the service's persisted-query manifest as extensions.persistedQuery.sha256Hash."
            : 'Automatic persisted-query registration is refused here (TRUSTED_DOCUMENTS=require): ' +
              "only the operations of the service's persisted-query manifest run.",
      };
    }
    default: {
      const unreachable: never = mode;
      throw new Error(`Unknown trusted-documents mode ${String(unreachable)}`);
    }
  }
}

/** The id a request sends (`extensions.persistedQuery.sha256Hash`), when it is a string. */
function sentId(request: GraphQLRequest): string | undefined {
  const id: unknown = (request.extensions?.persistedQuery as { sha256Hash?: unknown } | undefined)?.sha256Hash;
  return typeof id === 'string' ? id : undefined;
}

/**
 * Replaces what a request asks Apollo to run with `query`, as a plain operation: without its
 * persisted-query extension, so that Apollo neither looks the id up nor registers the text.
 */
function runInstead(request: GraphQLRequest, query: string): void {
  const { persistedQuery: _dropped, ...extensions } = request.extensions ?? {};
  request.query = query;
  request.extensions = extensions;
}

/** What a refused request runs up to its refusal: the smallest valid document, so the refused text is never parsed. */
const REFUSED_PLACEHOLDER = '{ __typename }';

/**
 * Reads and checks the manifest at `file`: id → body.
 * @throws Error naming the file with every problem, so that the service does not start on a bad manifest.
 */
export async function loadTrustedDocuments(file: string): Promise<ReadonlyMap<string, string>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new Error(
      `TRUSTED_DOCUMENTS_MANIFEST: cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? 'error'}); npm run documents writes it`,
    );
  }
  const { manifest, problems } = parsePersistedQueryManifest(text);
  if (!manifest) throw new Error(`TRUSTED_DOCUMENTS_MANIFEST: ${file} is not a persisted-query manifest:\n${formatProblems(problems)}`);
  return new Map(manifest.operations.map((o) => [o.id, o.body]));
}

/**
 * The Apollo plugin that applies TRUSTED_DOCUMENTS (`mode`) with the manifest at `manifest`,
 * read when the server starts. `off` gives a plugin with no hooks. A refusal is a GraphQL error
 * with `extensions.code` PERSISTED_QUERY_NOT_IN_LIST and HTTP status 400, given once the request
 * is known (Apollo's documented place for refusals; listed before the auth plugin, it is the
 * refusal sent): the request runs a placeholder up to then, and its persisted-query extension is
 * dropped, so nothing is registered.
 */
export function trustedDocumentsPlugin({
  mode,
  manifest,
}: {
  mode: TrustedDocumentsMode;
  manifest: string;
}): ApolloServerPlugin<GraphQLContext> {
  if (mode === 'off') return {};
  let bodies: ReadonlyMap<string, string> = new Map();
  return {
    async serverWillStart() {
      bodies = await loadTrustedDocuments(manifest);
    },
    async requestDidStart({ request }) {
      const decision = trustedDocumentDecision({ mode, bodies, query: request.query, id: sentId(request) });
      switch (decision.kind) {
        case 'as-sent':
          return;
        case 'manifest':
          runInstead(request, decision.body);
          return;
        case 'refuse': {
          runInstead(request, REFUSED_PLACEHOLDER);
          const refusal = new GraphQLError(decision.message, { extensions: { code: decision.code, http: { status: 400 } } });
          return {
            async didResolveOperation() {
              throw refusal;
            },
          };
        }
        default: {
          const unreachable: never = decision;
          throw new Error(`Unknown trusted-document decision ${JSON.stringify(unreachable)}`);
        }
      }
    },
  };
}
