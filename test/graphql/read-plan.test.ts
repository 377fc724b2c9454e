import { describe, expect, it } from 'vitest';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { schemaSdl } from '../../src/graphql/type-defs.js';
import { entityPlan, operationShape, pathPlan } from '../../src/graphql/read-plan.js';
import { FULL_SHAPE } from '../../src/store/cypher/fragments.js';

const schema = buildSchema(schemaSdl());

/** The resolve info of the first top-level field of `query`, as far as the plans read it. */
function infoOf(query: string, variableValues: Record<string, unknown> = {}) {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const first = operation.selectionSet.selections[0]!;
  if (first.kind !== Kind.FIELD) throw new Error('first selection must be a field');
  return { operation, schema, fragments, fieldNodes: [first], variableValues };
}

describe('read plans', () => {
  it('projects the fields the operation selects on each type anywhere in it, through fragments, and what resolvers derive from', () => {
    const shape = operationShape(
      infoOf(`query { entity(id: "a") { name ...E relationships { nodes { validFromPrecision evidence { article { source } } } } } other: shortestPath(from: "a", to: "b") { steps { relationship { status } } } }
      fragment E on Entity { aliases }`),
    );
    expect(shape).toEqual({ entity: ['aliases'], relationship: ['validFrom', 'status'], article: ['source'], quote: false });
    expect(operationShape({ fieldNodes: [], fragments: {} })).toBe(FULL_SHAPE);
  });

  it('plans one page per response key with its arguments, variables and defaults, and leaves out a page with wrong arguments', () => {
    const plan = entityPlan(
      infoOf('query($n: Int) { entity(id: "a") { degree a: relationships(first: $n, types: ["VISITED", "SIGNED"]) { totalCount nodes { source { degree } } } b: relationships(direction: OUT) { edges { node { evidence { quote } } } } c: relationships(first: 1000) { nodes { id } } } }', { n: 3 }),
    );
    expect(plan.degree).toBe(true);
    expect(plan.pages).toEqual([
      { direction: 'BOTH', types: ['VISITED', 'SIGNED'], after: null, limit: 4, withTotal: true },
      { direction: 'OUT', types: undefined, after: null, limit: 21, withTotal: false },
    ]);
    expect(plan.details).toEqual({ endpoints: true, endpointDegrees: true, evidence: true, articles: false, sourceCount: false });
  });

  it('reads a path’s nodes when its steps are selected, even without their entities', () => {
    expect(pathPlan(infoOf('{ shortestPath(from: "a", to: "b") { steps { reversed } } }')).nodes).toEqual({ degree: false });
    expect(pathPlan(infoOf('{ shortestPath(from: "a", to: "b") { length } }')).nodes).toBeNull();
  });
});
