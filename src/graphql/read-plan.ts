/**
 * What a top-level field's read must fetch, from what the operation selects below it: the
 * relationship details (endpoints, their degrees, evidence, articles, source counts), an entity's
 * degree and the pages of its relationships with their arguments. The store compiles a plan into
 * one statement (src/store/cypher/entity-read.ts, neighborhood-read.ts, shortest-path-read.ts); resolvers then answer from
 * what it read.
 */
import { valueFromASTUntyped, type FieldNode, type GraphQLResolveInfo, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import * as A from '../domain/arguments.js';
import { fieldsNamed, selectsPath } from './selects-field.js';
import { sdlDefault } from '../contract/sdl-defaults.js';
import { lookahead } from '../domain/cut-page.js';
import type { PageSpec } from '../store/cypher/entity-read.js';
import type { RelationshipDetails } from '../store/cypher/relationship-details.js';
import { ARTICLE_FIELDS, ENTITY_FIELDS, FULL_SHAPE, RELATIONSHIP_FIELDS, type Shape } from '../store/cypher/fragments.js';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'> &
  Partial<Pick<GraphQLResolveInfo, 'variableValues' | 'operation' | 'schema'>>;

/** A type of the schema as far as the walk below needs it (no instanceof: the test runner may load graphql twice). */
interface WalkType {
  getFields?: () => Record<string, { type: unknown }>;
}

/** The named type under list and non-null wrappers. */
function namedType(t: unknown): string | undefined {
  let x = t as { ofType?: unknown; name?: string } | undefined;
  while (x?.ofType) x = x.ofType as typeof x;
  return x?.name;
}

/** The field names an operation selects on each type, anywhere in it. */
function selectedByType(info: Required<Pick<Info, 'operation' | 'schema' | 'fragments'>>): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const visited = new Set<string>();
  const walk = (typeName: string, set: SelectionSetNode): void => {
    const fields = (info.schema.getType(typeName) as WalkType | undefined)?.getFields?.() ?? {};
    for (const sel of set.selections) {
      if (sel.kind === 'Field') {
        (out.get(typeName) ?? out.set(typeName, new Set()).get(typeName)!).add(sel.name.value);
        const next = namedType(fields[sel.name.value]?.type);
        if (sel.selectionSet && next) walk(next, sel.selectionSet);
      } else if (sel.kind === 'InlineFragment') {
        walk(sel.typeCondition?.name.value ?? typeName, sel.selectionSet);
      } else if (!visited.has(sel.name.value)) {
        visited.add(sel.name.value);
        const fragment = info.fragments[sel.name.value];
        if (fragment) walk(fragment.typeCondition.name.value, fragment.selectionSet);
      }
    }
  };
  const root =
    info.operation.operation === 'query'
      ? info.schema.getQueryType()
      : info.operation.operation === 'mutation'
        ? info.schema.getMutationType()
        : null;
  if (root) walk(root.name, info.operation.selectionSet);
  return out;
}

const shapes = new WeakMap<OperationDefinitionNode, Shape>();

/**
 * The fields of each model that reads for this operation project: those it selects anywhere (so a
 * model one read puts into the loaders serves every resolver of the operation), plus what
 * resolvers derive from (`validFromPrecision` reads `validFrom`). Computed once per operation
 * document. Without the operation (a caller outside graphql), every field.
 */
export function operationShape(info: Info): Shape {
  const { operation, schema } = info;
  if (!operation || !schema) return FULL_SHAPE;
  const known = shapes.get(operation);
  if (known) return known;
  const by = selectedByType({ operation, schema, fragments: info.fragments });
  const on = (type: string): Set<string> => by.get(type) ?? new Set();
  const rel = on('Relationship');
  if (rel.has('validFromPrecision')) rel.add('validFrom');
  if (rel.has('validToPrecision')) rel.add('validTo');
  const shape: Shape = {
    entity: ENTITY_FIELDS.filter((f) => on('Entity').has(f)),
    relationship: RELATIONSHIP_FIELDS.filter((f) => rel.has(f)),
    article: ARTICLE_FIELDS.filter((f) => on('Article').has(f)),
    quote: on('Evidence').has('quote'),
  };
  shapes.set(operation, shape);
  return shape;
}

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

const DIRECTIONS = ['OUT', 'IN', 'BOTH'] as const satisfies readonly PageSpec['direction'][];

/**
 * Checks a relationships page's arguments (BAD_USER_INPUT when wrong) and gives its page size and
 * spec, which reads `lookahead(size)` rows. An omitted or null `first` or `direction` is the SDL's
 * default (`Entity.relationships`): a plan reads arguments from the operation's text, where GraphQL
 * has filled in no default.
 */
export function pageSpec(args: PageArgs, withTotal: boolean): { size: number; spec: PageSpec } {
  const size = A.first(args.first, sdlDefault('Entity.relationships.first', 'number'));
  const direction = args.direction ?? sdlDefault('Entity.relationships.direction', DIRECTIONS);
  return {
    size,
    spec: { direction, types: A.relationTypes(args.types), after: A.decodeCursor(args.after, 1), limit: lookahead(size), withTotal },
  };
}

/** The key of an entity's relationships page, equal for equal pages whatever order the types came in. */
export function pageKey(entityId: string, spec: PageSpec): string {
  return JSON.stringify([entityId, spec.direction, [...(spec.types ?? [])].sort(), spec.after, spec.limit, spec.withTotal]);
}

/** An entity field's plan: its degree, its relationship pages (one per response key), their details. */
export interface EntityPlan {
  shape: Shape;
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
    const args = Object.fromEntries(
      (fieldNodes[0]!.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, info.variableValues)]),
    ) as PageArgs;
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
  return {
    shape: operationShape(info),
    degree: selectsPath(info, ['degree']),
    pages,
    details: relationshipDetails({ fieldNodes: planned, fragments: info.fragments }, CONNECTION_ITEMS),
  };
}

/** What a read of a subgraph or path fetches: entity rows for its nodes (with degrees), the relationships' details. */
export interface GraphPlan {
  shape: Shape;
  nodes: { degree: boolean } | null;
  details: RelationshipDetails;
}

/** The plan of a field returning a `Subgraph`. */
export function subgraphPlan(info: Info): GraphPlan {
  return {
    shape: operationShape(info),
    nodes: selectsPath(info, ['nodes']) ? { degree: selectsPath(info, ['nodes', 'degree']) } : null,
    details: relationshipDetails(info, [['relationships']]),
  };
}

/** The plan of a field returning a `Path` (its steps name their nodes too). */
export function pathPlan(info: Info): GraphPlan {
  const degree =
    selectsPath(info, ['nodes', 'degree']) ||
    selectsPath(info, ['steps', 'from', 'degree']) ||
    selectsPath(info, ['steps', 'to', 'degree']);
  return {
    shape: operationShape(info),
    nodes: selectsPath(info, ['nodes']) || selectsPath(info, ['steps']) ? { degree } : null,
    details: relationshipDetails(info, [['relationships'], ['steps', 'relationship']]),
  };
}
