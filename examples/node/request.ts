/**
 * A typed GraphQL request over `fetch`, for any operation of examples/typed/: the document's types
 * give the variables it takes and the data it answers. No client library is needed.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

/** A request the service did not answer with data: `code` is the GraphQL error's `extensions.code`, or NETWORK, or HTTP_<status>. */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
    this.name = 'GraphQLRequestError';
  }
}

interface GraphQLResponse<TData> {
  data?: TData | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * POSTs `document` with `variables` to `url` (the service's /graphql) and resolves with its data.
 * Rejects with a `GraphQLRequestError` when the service cannot be reached, answers with an HTTP
 * error and no GraphQL body, or answers with errors (the first error's message and code).
 */
export async function request<TData, TVariables extends Record<string, unknown>>({
  url,
  document,
  variables,
}: {
  url: string;
  document: TypedDocumentNode<TData, TVariables>;
  // Not inferred from the call: the document alone says what the variables are, so a variable it
  // does not take is an error.
  variables: NoInfer<TVariables>;
}): Promise<TData> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: print(document), variables }),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    throw new GraphQLRequestError(`the service at ${url} did not answer (${cause?.code ?? cause?.message ?? String(err)})`, 'NETWORK');
  }
  let body: GraphQLResponse<TData>;
  try {
    body = (await res.json()) as GraphQLResponse<TData>;
  } catch {
    throw new GraphQLRequestError(`the service at ${url} answered HTTP ${res.status} without a GraphQL response`, `HTTP_${res.status}`);
  }
  const [first] = body.errors ?? [];
  if (first) throw new GraphQLRequestError(first.message, first.extensions?.code ?? `HTTP_${res.status}`);
  if (!body.data) throw new GraphQLRequestError(`the service at ${url} answered HTTP ${res.status} without data`, `HTTP_${res.status}`);
  return body.data;
}
