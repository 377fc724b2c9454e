import { describe, expect, it } from 'vitest';
import { Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { fieldsNamed, selectsField, selectsPath } from '../../src/graphql/selects-field.js';

/** The resolve info of the first top-level field of `query`, as far as these functions read it. */
function infoOf(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const responseKeys = (nodes: readonly FieldNode[]): string[] => nodes.map((n) => n.alias?.value ?? n.name.value);

describe('graphql: fieldsNamed', () => {
  it('finds the fields of a name directly, in inline fragments and in named fragments, whatever their alias', () => {
    const info =
      infoOf(`{ entity(id: "a") { relationships { totalCount } b: relationships(first: 1) { totalCount } ... on Entity { c: relationships { totalCount } } ...E } }
      fragment E on Entity { d: relationships { totalCount } name }`);
    expect(responseKeys(fieldsNamed(info, info.fieldNodes[0]!.selectionSet, 'relationships'))).toEqual(['relationships', 'b', 'c', 'd']);
    expect(responseKeys(fieldsNamed(info, info.fieldNodes[0]!.selectionSet, 'name'))).toEqual(['name']);
    expect(fieldsNamed(info, info.fieldNodes[0]!.selectionSet, 'degree')).toEqual([]);
  });

  it('reads a fragment spread twice once, and an unknown fragment or no selection as nothing', () => {
    const info = infoOf(`{ entity(id: "a") { ...E ...E ...Missing } } fragment E on Entity { name }`);
    expect(responseKeys(fieldsNamed(info, info.fieldNodes[0]!.selectionSet, 'name'))).toEqual(['name']);
    expect(fieldsNamed(info, undefined, 'name')).toEqual([]);
  });
});

describe('graphql: selectsPath and selectsField', () => {
  const info = infoOf(`{ entity(id: "a") { relationships { nodes { ...R } edges { node { id } } } degree @skip(if: true) } }
    fragment R on Relationship { source { degree } evidence { ... on Evidence { article { title } } } }`);

  it('follows a path of fields below the current one, through fragments', () => {
    expect(selectsPath(info, ['relationships', 'nodes', 'source', 'degree'])).toBe(true);
    expect(selectsPath(info, ['relationships', 'nodes', 'evidence', 'article'])).toBe(true);
    expect(selectsPath(info, ['relationships', 'edges', 'node', 'source'])).toBe(false);
    expect(selectsPath(info, ['relationships', 'nodes', 'target'])).toBe(false);
  });

  it('counts a conditional selection as selected, and the empty path as the field itself', () => {
    expect(selectsField(info, 'degree')).toBe(true);
    expect(selectsField(info, 'name')).toBe(false);
    expect(selectsPath(info, [])).toBe(true);
  });

  it('finds a path selected in any of several field nodes (the same response key twice)', () => {
    const two = infoOf('{ e: entity(id: "a") { name } }');
    const other = infoOf('{ e: entity(id: "a") { degree } }');
    const both = { fieldNodes: [...two.fieldNodes, ...other.fieldNodes], fragments: {} };
    expect([selectsField(both, 'name'), selectsField(both, 'degree'), selectsField(two, 'degree')]).toEqual([true, true, false]);
  });
});
