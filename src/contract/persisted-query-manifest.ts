/**
 * The trusted documents as Apollo's persisted-query manifest (`documents/manifest.json`): every
 * operation the Explorer, the curation page and the typed client send, each under the SHA-256 of
 * its exact text, which is the id a client sends as `extensions.persistedQuery.sha256Hash`.
 * Building it from the documents, reading it back, and writing it, deterministically.
 */
import { createHash } from 'node:crypto';
import { Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { Problem } from '../errors.js';

/** The `format` and `version` of Apollo's persisted-query manifest. */
export const MANIFEST_FORMAT = 'apollo-persisted-query-manifest';
export const MANIFEST_VERSION = 1;

/** One operation of the manifest. */
export interface ManifestOperation {
  /** The SHA-256 (hex) of `body`. */
  readonly id: string;
  readonly name: string;
  readonly type: 'query' | 'mutation' | 'subscription';
  /** The document text, exactly as a client sends it. */
  readonly body: string;
}

/** Apollo's persisted-query manifest. */
export interface PersistedQueryManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly version: typeof MANIFEST_VERSION;
  /** Sorted by name, then id. */
  readonly operations: readonly ManifestOperation[];
}

/**
 * A source of documents. `text` is either one document exactly as a page sends it (`exact`: its
 * text is the body, byte for byte) or a `.graphql` file (`graphql`: any number of operations and
 * fragments, each operation's body printed by graphql-js with the fragments it uses, which may be
 * defined in any `graphql` source).
 */
export interface DocumentSource {
  /** Where the text comes from, as problems name it (`public/explore/js/queries.js#INIT`). */
  readonly file: string;
  readonly kind: 'exact' | 'graphql';
  readonly text: string;
}

/** The SHA-256 (hex) of a document's text: its id, as Apollo's persisted queries compute it. */
export function operationId(body: string): string {
  return createHash('sha256').update(body, 'utf8').digest('hex');
}

/** The names of the fragments `node` spreads, directly. */
function spreadNames(node: OperationDefinitionNode | FragmentDefinitionNode): string[] {
  const names: string[] = [];
  visit(node, { FragmentSpread: (spread) => void names.push(spread.name.value) });
  return names;
}

/** The fragments `operation` uses, transitively, sorted by name; the names it uses that no source defines go to `missing`. */
function usedFragments(
  operation: OperationDefinitionNode,
  fragments: ReadonlyMap<string, FragmentDefinitionNode>,
  missing: Set<string>,
): FragmentDefinitionNode[] {
  const seen = new Map<string, FragmentDefinitionNode>();
  const queue = spreadNames(operation);
  for (let name = queue.shift(); name !== undefined; name = queue.shift()) {
    if (seen.has(name)) continue;
    const fragment = fragments.get(name);
    if (!fragment) {
      missing.add(name);
      continue;
    }
    seen.set(name, fragment);
    queue.push(...spreadNames(fragment));
  }
  return [...seen.values()].sort((a, b) => (a.name.value < b.name.value ? -1 : a.name.value > b.name.value ? 1 : 0));
}

/** Parses a source; a syntax error is a problem. */
function parseSource(source: DocumentSource, problems: Problem[]): DocumentNode | undefined {
  try {
    return parse(source.text, { noLocation: true });
  } catch (err) {
    problems.push({ file: source.file, path: '', message: `does not parse: ${(err as Error).message}` });
    return undefined;
  }
}

const byNameThenId = (a: ManifestOperation, b: ManifestOperation): number =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

/**
 * Builds the manifest of `sources`, or lists every problem: a source that does not parse, an
 * anonymous operation, an `exact` source holding other than one operation, a fragment defined
 * twice or used and not defined, and two different documents under one operation name (clients
 * look an operation's id up by its name). The same document from two sources is listed once.
 */
export function buildPersistedQueryManifest(sources: readonly DocumentSource[]): {
  manifest: PersistedQueryManifest;
  problems: Problem[];
} {
  const problems: Problem[] = [];
  const parsed = sources.flatMap((source) => {
    const document = parseSource(source, problems);
    return document ? [{ source, document }] : [];
  });
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { source, document } of parsed) {
    for (const definition of document.definitions) {
      if (definition.kind !== Kind.FRAGMENT_DEFINITION || source.kind !== 'graphql') continue;
      const name = definition.name.value;
      if (fragments.has(name)) problems.push({ file: source.file, path: name, message: 'fragment defined more than once' });
      else fragments.set(name, definition);
    }
  }
  const operations: { file: string; operation: ManifestOperation }[] = [];
  for (const { source, document } of parsed) {
    const defined = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (source.kind === 'exact' && defined.length !== 1) {
      problems.push({ file: source.file, path: '', message: `holds ${defined.length} operations; a page's document holds one` });
      continue;
    }
    for (const operation of defined) {
      const name = operation.name?.value;
      if (!name) {
        problems.push({ file: source.file, path: '', message: 'an operation has no name' });
        continue;
      }
      const missing = new Set<string>();
      const body =
        source.kind === 'exact'
          ? source.text
          : [operation, ...usedFragments(operation, fragments, missing)].map((definition) => print(definition)).join('\n\n');
      for (const fragment of missing)
        problems.push({ file: source.file, path: name, message: `uses fragment ${fragment}, defined nowhere` });
      operations.push({ file: source.file, operation: { id: operationId(body), name, type: operation.operation, body } });
    }
  }
  const byName = new Map<string, { file: string; operation: ManifestOperation }>();
  for (const entry of operations) {
    const first = byName.get(entry.operation.name);
    if (!first) byName.set(entry.operation.name, entry);
    else if (first.operation.id !== entry.operation.id)
      problems.push({ file: entry.file, path: entry.operation.name, message: `another document has this operation name (${first.file})` });
  }
  const list = [...byName.values()].map((e) => e.operation).sort(byNameThenId);
  return { manifest: { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, operations: list }, problems };
}

/** The manifest's file text: two-space JSON and a final newline, so that the same documents give the same bytes. */
export function manifestText(manifest: PersistedQueryManifest): string {
  const operations = manifest.operations.map(({ id, name, type, body }) => ({ id, name, type, body }));
  return JSON.stringify({ format: manifest.format, version: manifest.version, operations }, null, 2) + '\n';
}

const OPERATION_TYPES: readonly string[] = ['query', 'mutation', 'subscription'];

/**
 * Reads a manifest's text, or lists every problem: not JSON, another format or version, an
 * operation without a string id, name, body or a known type, an id that is not its body's
 * SHA-256 (a hand-edited body), an id listed twice.
 */
export function parsePersistedQueryManifest(text: string): { manifest?: PersistedQueryManifest; problems: Problem[] } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    return { problems: [{ path: '', message: `is not JSON: ${(err as Error).message}` }] };
  }
  const root = (json ?? {}) as Record<string, unknown>;
  const problems: Problem[] = [];
  if (root.format !== MANIFEST_FORMAT) problems.push({ path: 'format', message: `must be "${MANIFEST_FORMAT}"` });
  if (root.version !== MANIFEST_VERSION) problems.push({ path: 'version', message: `must be ${MANIFEST_VERSION}` });
  if (!Array.isArray(root.operations)) {
    problems.push({ path: 'operations', message: 'must be a list' });
    return { problems };
  }
  const operations: ManifestOperation[] = [];
  const ids = new Set<string>();
  root.operations.forEach((raw: unknown, i) => {
    const at = `operations[${i}]`;
    const o = (raw ?? {}) as Record<string, unknown>;
    const bad = (['id', 'name', 'body'] as const).filter((key) => typeof o[key] !== 'string' || o[key] === '');
    for (const key of bad) problems.push({ path: `${at}.${key}`, message: 'must be a non-empty string' });
    if (typeof o.type !== 'string' || !OPERATION_TYPES.includes(o.type))
      problems.push({ path: `${at}.type`, message: `must be one of ${OPERATION_TYPES.join(', ')}` });
    if (bad.length > 0 || !OPERATION_TYPES.includes(o.type as string)) return;
    const operation = o as unknown as ManifestOperation;
    if (operation.id !== operationId(operation.body))
      problems.push({ path: `${at}.id`, message: "is not the SHA-256 of the operation's body" });
    else if (ids.has(operation.id)) problems.push({ path: `${at}.id`, message: 'is listed twice' });
    else {
      ids.add(operation.id);
      operations.push({ id: operation.id, name: operation.name, type: operation.type, body: operation.body });
    }
  });
  if (problems.length > 0) return { problems };
  return { manifest: { format: MANIFEST_FORMAT, version: MANIFEST_VERSION, operations }, problems };
}
