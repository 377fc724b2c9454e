/**
 * The cost of an operation, as the GraphQL Cost Directive specification (IBM's, adopted by Apollo's
 * demand control) defines it, read from the `@cost` and `@listSize` directives of the SDL
 * (schema/cost.graphql). A pure module: it walks the operation's selections with the schema's
 * types, fragments expanded, `@skip`/`@include` applied.
 *
 * A field costs its weight — `@cost(weight:)` when it has one, else 1 for an object, interface or
 * union type, 0 for a scalar or enum, 10 for a root field of a mutation — plus what its selections
 * cost, plus the weights of the given arguments that carry `@cost`; a list field costs that many
 * times its size. The size of a list is, before execution (`requestedCost`), the largest value of
 * its `@listSize(slicingArguments:)` (given, else the argument's default; a list argument counts by
 * its length), else its `assumedSize`, else `DEFAULT_LIST_SIZE`; with `sizedFields`, the size goes
 * to those list fields of the type the field returns (a connection's `edges` and `nodes`). After
 * execution (`actualCost`), with the same weights, every list counts the items it holds and a null
 * costs nothing. Fragments on different types of an abstract field all count before execution (an
 * upper bound); after it, only the fields the answer holds.
 */
import {
  Kind,
  type DirectiveNode,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';

// The schema's types are read by their shape, not with graphql-js's `is…Type` predicates: those
// test `instanceof`, and the schema may come from another copy of graphql-js than this module's
// (@apollo/subgraph loads the CommonJS one where an ES-module loader gives this module the other).

/** The named type under a type's list and non-null wrappers. */
function namedOf(type: GraphQLOutputType): GraphQLNamedType {
  let t: unknown = type;
  while (t && typeof t === 'object' && 'ofType' in t && (t as { ofType: unknown }).ofType) t = (t as { ofType: unknown }).ofType;
  return t as GraphQLNamedType;
}

/** Whether a field's type is a list (`[T]`, `[T]!`). */
const isList = (type: GraphQLOutputType): boolean => String(type).startsWith('[');

/** Whether a named type has fields or members (an object, interface or union): one that weighs 1. */
const isComposite = (type: GraphQLNamedType): boolean => 'getFields' in type || 'getTypes' in type;

/** The size of a list that has no `@listSize`. */
export const DEFAULT_LIST_SIZE = 10;

/** The default weights of the specification. */
export const DEFAULT_WEIGHTS = { composite: 1, leaf: 0, mutation: 10 } as const;

/** What to price: an operation of a document, with its variables (raw, as the request sent them). */
export interface CostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  /** The operation to price (default: the document's only one). */
  readonly operationName?: string | null;
  readonly variables?: Readonly<Record<string, unknown>> | null;
}

interface ListSize {
  readonly assumedSize: number | undefined;
  readonly slicingArguments: readonly string[];
  readonly sizedFields: readonly string[];
}

interface FieldCosting {
  readonly weight: number | undefined;
  readonly listSize: ListSize | undefined;
  /** Argument name → weight, for the arguments that carry `@cost`. */
  readonly argumentWeights: ReadonlyMap<string, number>;
}

const costings = new WeakMap<GraphQLField<unknown, unknown>, FieldCosting>();

function directive(directives: readonly DirectiveNode[] | undefined, name: string): DirectiveNode | undefined {
  return directives?.find((d) => d.name.value === name);
}

/** The value of a directive's literal argument (the SDL's, so no variables). */
function literal(node: DirectiveNode, name: string): unknown {
  const arg = node.arguments?.find((a) => a.name.value === name);
  if (!arg) return undefined;
  const v = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.STRING || v.kind === Kind.BOOLEAN) return v.value;
  if (v.kind === Kind.LIST) return v.values.flatMap((x) => (x.kind === Kind.STRING ? [x.value] : []));
  return undefined;
}

function weightOf(directives: readonly DirectiveNode[] | undefined): number | undefined {
  const node = directive(directives, 'cost');
  if (!node) return undefined;
  const weight = Number(literal(node, 'weight'));
  return Number.isFinite(weight) ? weight : undefined;
}

/** What the SDL says of a field's cost, read once per field. */
function costingOf(field: GraphQLField<unknown, unknown>): FieldCosting {
  let costing = costings.get(field);
  if (costing) return costing;
  const directives = field.astNode?.directives;
  const sized = directive(directives, 'listSize');
  const argumentWeights = new Map<string, number>();
  for (const arg of field.args) {
    const w = weightOf(arg.astNode?.directives);
    if (w !== undefined) argumentWeights.set(arg.name, w);
  }
  costing = {
    weight: weightOf(directives),
    listSize: sized && {
      assumedSize: literal(sized, 'assumedSize') as number | undefined,
      slicingArguments: (literal(sized, 'slicingArguments') as string[] | undefined) ?? [],
      sizedFields: (literal(sized, 'sizedFields') as string[] | undefined) ?? [],
    },
    argumentWeights,
  };
  costings.set(field, costing);
  return costing;
}

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly mutation: GraphQLNamedType | null | undefined;
}

/**
 * The value of an argument as far as a cost needs it: a number, a boolean, a list (its items
 * unread), a variable's value; anything else (and null) is undefined.
 */
function valueOf(node: ValueNode, variables: Walk['variables']): unknown {
  switch (node.kind) {
    case Kind.INT:
      return Number(node.value);
    case Kind.BOOLEAN:
      return node.value;
    case Kind.LIST:
      return node.values;
    case Kind.VARIABLE:
      return variables[node.name.value] ?? undefined;
    default:
      return undefined;
  }
}

/** Whether `@skip`/`@include` keep a selection (read leniently: a value that is not a boolean keeps it). */
function included(directives: readonly DirectiveNode[] | undefined, variables: Walk['variables']): boolean {
  if (!directives?.length) return true;
  const flag = (name: string): unknown => {
    const arg = directive(directives, name)?.arguments?.find((a) => a.name.value === 'if');
    return arg && valueOf(arg.value, variables);
  };
  return flag('skip') !== true && flag('include') !== false;
}

/** The value of a field's argument: given (a literal or a variable), else its default. */
function argumentValue(field: GraphQLField<unknown, unknown>, node: FieldNode, name: string, variables: Walk['variables']): unknown {
  const def = field.args.find((a) => a.name === name);
  if (!def) return undefined;
  const given = node.arguments?.find((a) => a.name.value === name);
  return (given ? valueOf(given.value, variables) : undefined) ?? def.defaultValue ?? undefined;
}

/** The size `@listSize` gives a field: the largest slicing argument, else `assumedSize`, else the default. */
function listSizeOf(field: GraphQLField<unknown, unknown>, listSize: ListSize, node: FieldNode, variables: Walk['variables']): number {
  const sizes = listSize.slicingArguments.flatMap((name) => {
    const v = argumentValue(field, node, name, variables);
    if (Array.isArray(v)) return [v.length];
    return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? [v] : [];
  });
  return sizes.length > 0 ? Math.max(...sizes) : (listSize.assumedSize ?? DEFAULT_LIST_SIZE);
}

/** The weight of one instance of a field: its `@cost`, else the specification's default for its type. */
function weightOfField(field: GraphQLField<unknown, unknown>, parent: GraphQLNamedType, walk: Walk): number {
  const { weight } = costingOf(field);
  if (weight !== undefined) return weight;
  if (parent === walk.mutation) return DEFAULT_WEIGHTS.mutation;
  return isComposite(namedOf(field.type)) ? DEFAULT_WEIGHTS.composite : DEFAULT_WEIGHTS.leaf;
}

/** The weights of the arguments with `@cost` that a field is given, not null (a defaulted one counts too). */
function argumentsCost(field: GraphQLField<unknown, unknown>, node: FieldNode, walk: Walk): number {
  let total = 0;
  for (const [name, weight] of costingOf(field).argumentWeights) {
    const given = node.arguments?.find((a) => a.name.value === name)?.value;
    const value = given?.kind === Kind.VARIABLE ? walk.variables[given.name.value] : given?.kind === Kind.NULL ? null : given;
    if (value !== undefined ? value !== null : field.args.find((a) => a.name === name)?.defaultValue != null) total += weight;
  }
  return total;
}

function fieldOf(parent: GraphQLNamedType, name: string): GraphQLField<unknown, unknown> | undefined {
  return 'getFields' in parent ? (parent.getFields() as Record<string, GraphQLField<unknown, unknown>>)[name] : undefined;
}

/** Calls `each` for every field a selection set selects on `parent`, fragments expanded (each once per path). */
function eachField(
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  walk: Walk,
  each: (node: FieldNode, parent: GraphQLNamedType) => void,
  stack: Set<string> = new Set(),
): void {
  for (const sel of set.selections) {
    if (!included(sel.directives, walk.variables)) continue;
    if (sel.kind === Kind.FIELD) each(sel, parent);
    else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? walk.schema.getType(sel.typeCondition.name.value) : parent;
      if (type) eachField(sel.selectionSet, type, walk, each, stack);
    } else {
      const name = sel.name.value;
      const fragment = walk.fragments[name];
      // A cycle is refused by graphql-js's validation; never follow one here.
      if (!fragment || stack.has(name)) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value);
      if (!type) continue;
      stack.add(name);
      eachField(fragment.selectionSet, type, walk, each, stack);
      stack.delete(name);
    }
  }
}

/** The static cost of a selection set; `sized` gives the size of the list fields a parent's `sizedFields` names. */
function selectionCost(
  set: SelectionSetNode,
  parent: GraphQLNamedType,
  walk: Walk,
  sized?: { names: readonly string[]; size: number },
): number {
  let total = 0;
  eachField(set, parent, walk, (node, type) => {
    const name = node.name.value;
    const field = fieldOf(type, name);
    // __typename and the introspection fields cost nothing: they never reach the database.
    if (!field || name.startsWith('__')) return;
    const { listSize } = costingOf(field);
    const size = listSize ? listSizeOf(field, listSize, node, walk.variables) : undefined;
    const passDown = listSize && listSize.sizedFields.length > 0 ? { names: listSize.sizedFields, size: size! } : undefined;
    let instances = 1;
    if (isList(field.type))
      instances = passDown ? DEFAULT_LIST_SIZE : (size ?? (sized?.names.includes(name) ? sized.size : DEFAULT_LIST_SIZE));
    const children = node.selectionSet ? selectionCost(node.selectionSet, namedOf(field.type), walk, passDown) : 0;
    total += instances * (weightOfField(field, type, walk) + children) + argumentsCost(field, node, walk);
  });
  return total;
}

/**
 * How to price an answer under one selection set: per response key, the first field selected under
 * it that its type (or the fragment's) has, with that field's weight, the weights of its costed
 * arguments, and the plan of its own selections (null for a leaf). It depends on the document and
 * the variables only, not on the answer, so it is built once and memoized (see `memoized`).
 */
type AnswerPlan = readonly { readonly key: string; readonly weight: number; readonly args: number; readonly children: AnswerPlan | null }[];

/** The answer plan of a selection set on `parent`. */
function answerPlan(set: SelectionSetNode, parent: GraphQLNamedType, walk: Walk): AnswerPlan {
  const plan: { key: string; weight: number; args: number; children: AnswerPlan | null }[] = [];
  const seen = new Set<string>();
  eachField(set, parent, walk, (node, type) => {
    const key = node.alias?.value ?? node.name.value;
    const field = fieldOf(type, node.name.value);
    if (seen.has(key) || !field || node.name.value.startsWith('__')) return;
    seen.add(key);
    plan.push({
      key,
      weight: weightOfField(field, type, walk),
      args: argumentsCost(field, node, walk),
      children: node.selectionSet ? answerPlan(node.selectionSet, namedOf(field.type), walk) : null,
    });
  });
  return plan;
}

/** The cost of one item of an answered field: nothing for a null, its weight, plus what it holds when it is an object. */
function itemCost(item: unknown, weight: number, children: AnswerPlan | null): number {
  if (item === null || item === undefined) return 0;
  if (children && typeof item === 'object' && !Array.isArray(item)) return weight + answerCost(children, item as Record<string, unknown>);
  return weight;
}

/** The cost of what the object `value` holds, priced by `plan`: each list counts its items, a null nothing. */
function answerCost(plan: AnswerPlan, value: Readonly<Record<string, unknown>>): number {
  let total = 0;
  for (const { key, weight, args, children } of plan) {
    const v = Object.hasOwn(value, key) ? value[key] : undefined;
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) for (const item of v) total += itemCost(item, weight, children);
    else total += itemCost(v, weight, children);
    total += args;
  }
  return total;
}

/** The operation a request names (or its only one), with the walk over it; undefined when there is none. */
function prepare({ schema, document, operationName, variables }: CostInput): { op: OperationDefinitionNode; walk: Walk } | undefined {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const operations: OperationDefinitionNode[] = [];
  for (const def of document.definitions) {
    if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    else if (def.kind === Kind.OPERATION_DEFINITION) operations.push(def);
  }
  const op = operationName ? operations.find((o) => o.name?.value === operationName) : operations.length === 1 ? operations[0] : undefined;
  if (!op) return undefined;
  return { op, walk: { schema, fragments, variables: variables ?? {}, mutation: schema.getMutationType() } };
}

/** The root type of an operation. */
function rootOf(schema: GraphQLSchema, op: OperationDefinitionNode): GraphQLNamedType | null | undefined {
  if (op.operation === 'mutation') return schema.getMutationType();
  if (op.operation === 'subscription') return schema.getSubscriptionType();
  return schema.getQueryType();
}

/**
 * What one operation of one document gave for each distinct value of the variables its computation
 * read: the lists of variables read (one list per distinct path the computation took; most
 * operations have one), and the result per their values.
 */
interface Memo<T> {
  readonly reads: string[][];
  readonly results: Map<string, T>;
}

/** The most results kept per operation and kind; past it they are forgotten and computed again. */
export const COST_MEMO_SIZE = 256;

type MemoKind = 'requested' | 'plan';
const memos = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, Map<string, Memo<unknown>>>>();

/** The key of `names` and their values in `variables`, telling undefined, null and every JSON value apart. */
function valuesKey(names: readonly string[], variables: Readonly<Record<string, unknown>>): string {
  return JSON.stringify([names, names.map((n) => (variables[n] === undefined ? 0 : [variables[n]]))]);
}

/**
 * `compute(input)` memoized per schema, document (Apollo Server keeps one parsed document per query
 * text), operation and kind. A computation here is a pure function of the variables it reads, so a
 * later request whose values of those variables are equal gets the same result, whatever its other
 * variables (the ids a query looks up, say): the walk runs once per distinct value of the variables
 * that set list sizes, `@skip`/`@include` and costed arguments, not on every request.
 */
function memoized<T>(kind: MemoKind, input: CostInput, compute: (input: CostInput) => T): T {
  let byDocument = memos.get(input.schema);
  if (!byDocument) memos.set(input.schema, (byDocument = new WeakMap()));
  let byOperation = byDocument.get(input.document);
  if (!byOperation) byDocument.set(input.document, (byOperation = new Map()));
  const slot = `${kind} ${input.operationName ?? ''}`;
  let memo = byOperation.get(slot) as Memo<T> | undefined;
  if (!memo) byOperation.set(slot, (memo = { reads: [], results: new Map() }));
  const variables = input.variables ?? {};
  for (const names of memo.reads) {
    const key = valuesKey(names, variables);
    if (memo.results.has(key)) return memo.results.get(key)!;
  }
  // Compute with a view of the variables that records which ones are read.
  const read = new Set<string>();
  const recording = new Proxy(variables, {
    get: (target, name) => {
      if (typeof name === 'string') read.add(name);
      return Reflect.get(target, name) as unknown;
    },
  });
  const result = compute({ ...input, variables: recording });
  const names = [...read].sort();
  if (memo.results.size >= COST_MEMO_SIZE) {
    memo.results.clear();
    memo.reads.length = 0;
  }
  if (!memo.reads.some((r) => r.length === names.length && r.every((n, i) => n === names[i]))) memo.reads.push(names);
  memo.results.set(valuesKey(names, variables), result);
  return result;
}

/**
 * The cost of an operation before it runs, from the SDL's directives and its arguments; 0 when the
 * document has no such operation. Memoized (see `memoized`).
 */
export function requestedCost(input: CostInput): number {
  return memoized('requested', input, (i) => {
    const prepared = prepare(i);
    const root = prepared && rootOf(i.schema, prepared.op);
    if (!prepared || !root) return 0;
    return selectionCost(prepared.op.selectionSet, root, prepared.walk);
  });
}

/**
 * The cost of an operation that ran, from the lists its answer `data` holds (same weights); 0
 * without data. The plan of what to price is memoized as the requested cost is; only the walk over
 * the answer runs on every request.
 */
export function actualCost(input: CostInput & { readonly data: Readonly<Record<string, unknown>> | null | undefined }): number {
  if (!input.data) return 0;
  const plan = memoized('plan', input, (i): AnswerPlan | null => {
    const prepared = prepare(i);
    const root = prepared && rootOf(i.schema, prepared.op);
    return prepared && root ? answerPlan(prepared.op.selectionSet, root, prepared.walk) : null;
  });
  return plan ? answerCost(plan, input.data) : 0;
}
