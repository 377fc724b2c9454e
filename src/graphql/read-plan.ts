/**
 * What a top-level field's read must fetch, from what the operation selects below it: the
 * relationship details (endpoints, their degrees, evidence, articles, source counts), an entity's
 * degree and the pages of its relationships with their arguments. The store compiles a plan into
 * one statement (src/store/cypher/compiled-reads.ts); resolvers then answer from what it read.
 */
import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo } from 'graphql';
import * as A from './args.js';
import { fieldsNamed, selectsPath } from './selects-field.js';
import type { PageSpec, RelationshipDetails } from '../store/cypher/compiled-reads.js';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> & Partial<Pick<GraphQLResolveInfo, 'variableValues'>>;

/** The details selected below the relationships at any of `paths` (field paths under the current field). */
export function relationshipDetails(info: Info, paths: readonly (readonly string[])[]): RelationshipDetails {
  const any = (...names: string[]): boolean => paths.some((p) => selectsPath(info, [...p, ...names]));
  return {
    endpoints: any('source') || any('target'),
    endpointDegrees: any('source', 'degree') || any('target', 'degree'),
    evidence: any('evidence'),
    articles: any('evidence', 'article'),
    sourceCount: any('sourceCount'),
  };
}

/** Where a connection holds its relationships. */
export const CONNECTION_ITEMS: readonly (readonly string[])[] = [['nodes'], ['edges', 'node']];

/** The arguments of `Entity.relationships` as a resolver receives them. */
export interface PageArgs {
  direction?: 'OUT' | 'IN' | 'BOTH' | null;
  types?: readonly string[] | null;
  first?: number | null;
  after?: string | null;
}

/** Checks a relationships page's arguments (BAD_USER_INPUT when wrong) and gives its page size and spec. */
export function pageSpec(args: PageArgs, withTotal: boolean): { size: number; spec: PageSpec } {
  const size = A.first(args.first, 20);
  return {
    size,
    spec: { direction: args.direction ?? 'BOTH', types: A.relationTypes(args.types), after: A.decodeCursor(args.after, 1), limit: size + 1, withTotal },
  };
}

/** The key of an entity's relationships page, equal for equal pages whatever order the types came in. */
export function pageKey(entityId: string, spec: PageSpec): string {
  return JSON.stringify([entityId, spec.direction, [...(spec.types ?? [])].sort(), spec.after, spec.limit, spec.withTotal]);
}

/** An entity field's plan: its degree, its relationship pages (one per response key), their details. */
export interface EntityPlan {
  degree: boolean;
  pages: PageSpec[];
  details: RelationshipDetails;
}

/**
 * The plan of a field returning an entity. A `relationships` field whose arguments are wrong is
 * left out: its resolver reads it and reports the error.
 */
export function entityPlan(info: Info): EntityPlan {
  const groups = new Map<string, FieldNode[]>();
  for (const node of info.fieldNodes.flatMap((f) => fieldsNamed(info, f.selectionSet, 'relationships'))) {
    const key = node.alias?.value ?? node.name.value;
    groups.set(key, [...(groups.get(key) ?? []), node]);
  }
  const pages: PageSpec[] = [];
  const seen = new Set<string>();
  const planned: FieldNode[] = [];
  for (const fieldNodes of groups.values()) {
    const args = Object.fromEntries((fieldNodes[0]!.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)])) as PageArgs;
    let spec: PageSpec;
    try {
      spec = pageSpec(args, selectsPath({ fieldNodes, fragments: info.fragments }, ['totalCount'])).spec;
    } catch {
      continue;
    }
    const key = pageKey('', spec);
    if (!seen.has(key)) pages.push(spec);
    seen.add(key);
    planned.push(...fieldNodes);
  }
  // Over every planned page at once: a detail selected below any of them is read for all.
  return { degree: selectsPath(info, ['degree']), pages, details: relationshipDetails({ fieldNodes: planned, fragments: info.fragments }, CONNECTION_ITEMS) };
}

/** What a read of a subgraph or path fetches: entity rows for its nodes (with degrees), the relationships' details. */
export interface GraphPlan {
  nodes: { degree: boolean } | null;
  details: RelationshipDetails;
}

/** The plan of a field returning a `Subgraph`. */
export function subgraphPlan(info: Info): GraphPlan {
  return {
    nodes: selectsPath(info, ['nodes']) ? { degree: selectsPath(info, ['nodes', 'degree']) } : null,
    details: relationshipDetails(info, [['relationships']]),
  };
}

/** The plan of a field returning a `Path` (its steps name their nodes too). */
export function pathPlan(info: Info): GraphPlan {
  const degree = selectsPath(info, ['nodes', 'degree']) || selectsPath(info, ['steps', 'from', 'degree']) || selectsPath(info, ['steps', 'to', 'degree']);
  return {
    nodes: selectsPath(info, ['nodes']) || selectsPath(info, ['steps']) ? { degree } : null,
    details: relationshipDetails(info, [['relationships'], ['steps', 'relationship']]),
  };
}
