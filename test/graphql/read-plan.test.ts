import { describe, expect, it } from 'vitest';
import { buildSchema, Kind, parse, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { schemaSdl } from '../../src/contract/type-defs.js';
import {
  CONNECTION_ITEMS,
  entityPlan,
  operationShape,
  pageKey,
  pageSpec,
  pathPlan,
  relationshipDetails,
  subgraphPlan,
} from '../../src/graphql/read-plan.js';
import { AppError } from '../../src/errors.js';
import { FULL_SHAPE } from '../../src/store/cypher/fragments.js';

const schema = buildSchema(schemaSdl());

/** The resolve info of the first top-level field of `query`, as far as the plans read it. */
function infoOf(query: string, variableValues: Record<string, unknown> = {}) {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
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
      infoOf(
        'query($n: Int) { entity(id: "a") { degree a: relationships(first: $n, types: ["VISITED", "SIGNED"]) { totalCount nodes ' +
          '{ source { degree } } } b: relationships(direction: OUT) { edges { node { evidence { quote } } } } c: ' +
          'relationships(first: 1000) { nodes { id } } } }',
        { n: 3 },
      ),
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

describe('graphql: pageSpec', () => {
  it('gives an omitted or null first and direction the SDL defaults of Entity.relationships, and reads one row ahead', () => {
    const omitted = { size: 20, spec: { direction: 'BOTH', types: undefined, after: null, limit: 21, withTotal: false } };
    expect(pageSpec({}, false)).toEqual(omitted);
    expect(pageSpec({ first: null, direction: null, types: null, after: null }, false)).toEqual(omitted);
  });

  it('checks the given arguments and de-duplicates the types', () => {
    expect(
      pageSpec({ first: 0, direction: 'IN', types: ['SIGNED', 'SIGNED'], after: Buffer.from('"r1"').toString('base64url') }, true),
    ).toEqual({
      size: 0,
      spec: { direction: 'IN', types: ['SIGNED'], after: 'r1', limit: 1, withTotal: true },
    });
  });

  it('refuses wrong arguments with BAD_USER_INPUT naming them', () => {
    const refused = (args: Parameters<typeof pageSpec>[0]): string => {
      try {
        pageSpec(args, false);
      } catch (err) {
        if (err instanceof AppError) return `${err.code} ${err.message}`;
        throw err;
      }
      return 'accepted';
    };
    expect(refused({ first: 101 })).toBe('BAD_USER_INPUT first: must be between 0 and 100, got 101');
    expect(refused({ types: ['NOPE'] })).toBe('BAD_USER_INPUT types: unknown relation type(s) "NOPE"; see Query.vocabulary');
    expect(refused({ after: 'x' })).toBe('BAD_USER_INPUT after: is not a cursor this API returned');
  });
});

describe('graphql: pageKey', () => {
  it('is equal for equal pages whatever the order of their types, and differs with the entity and every other part', () => {
    const spec = { direction: 'OUT' as const, types: ['VISITED' as const, 'SIGNED' as const], after: null, limit: 21, withTotal: true };
    expect(pageKey('peru', spec)).toBe(JSON.stringify(['peru', 'OUT', ['SIGNED', 'VISITED'], null, 21, true]));
    expect(pageKey('peru', { ...spec, types: ['SIGNED', 'VISITED'] })).toBe(pageKey('peru', spec));
    const variants = [
      pageKey('china', spec),
      pageKey('peru', { ...spec, direction: 'IN' }),
      pageKey('peru', { ...spec, types: undefined }),
      pageKey('peru', { ...spec, after: 'r' }),
      pageKey('peru', { ...spec, limit: 3 }),
      pageKey('peru', { ...spec, withTotal: false }),
    ];
    expect(new Set([pageKey('peru', spec), ...variants]).size).toBe(variants.length + 1);
  });
});

describe('graphql: entityPlan pages', () => {
  it('plans one page for response keys with equal arguments, whatever their order', () => {
    const plan = entityPlan(
      infoOf(
        '{ entity(id: "a") { a: relationships(types: ["SIGNED", "VISITED"]) { nodes { id } } b: relationships(types: ["VISITED", ' +
          '"SIGNED"]) { nodes { id } } } }',
      ),
    );
    expect(plan.pages).toEqual([{ direction: 'BOTH', types: ['SIGNED', 'VISITED'], after: null, limit: 21, withTotal: false }]);
    expect(plan.degree).toBe(false);
  });
});

describe('graphql: relationshipDetails, subgraphPlan and pathPlan', () => {
  it('reads each detail selected below the relationships at any of the paths', () => {
    expect(
      relationshipDetails(infoOf('{ relationships { nodes { id } edges { node { target { degree } sourceCount } } } }'), CONNECTION_ITEMS),
    ).toEqual({
      endpoints: true,
      endpointDegrees: true,
      evidence: false,
      articles: false,
      sourceCount: true,
    });
    expect(relationshipDetails(infoOf('{ timeline { evidence { article { id } } } }'), [[]])).toEqual({
      endpoints: false,
      endpointDegrees: false,
      evidence: true,
      articles: true,
      sourceCount: false,
    });
  });

  it('reads a subgraph’s nodes (with degrees) only when selected', () => {
    expect(subgraphPlan(infoOf('{ neighborhood(id: "a") { nodes { degree } relationships { source { id } } } }'))).toMatchObject({
      nodes: { degree: true },
      details: { endpoints: true, endpointDegrees: false, evidence: false, articles: false, sourceCount: false },
    });
    expect(subgraphPlan(infoOf('{ neighborhood(id: "a") { truncated } }')).nodes).toBeNull();
  });

  it('reads a path’s degrees from its nodes or its steps’ ends, and details from its relationships or steps', () => {
    expect(pathPlan(infoOf('{ shortestPath(from: "a", to: "b") { steps { to { degree } relationship { sourceCount } } } }'))).toMatchObject(
      {
        nodes: { degree: true },
        details: { endpoints: false, endpointDegrees: false, evidence: false, articles: false, sourceCount: true },
      },
    );
  });
});
