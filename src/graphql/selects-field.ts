/** Whether an operation asked for a field, to skip work nobody reads or to fetch ahead what it will read. */
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';

type Info = Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>;

/** The fields named `name` in `set`, directly or through fragments. */
export function fieldsNamed(info: Info, set: SelectionSetNode | undefined, name: string, seen = new Set<string>()): FieldNode[] {
  if (!set) return [];
  return set.selections.flatMap((s): FieldNode[] => {
    if (s.kind === 'Field') return s.name.value === name ? [s] : [];
    if (s.kind === 'InlineFragment') return fieldsNamed(info, s.selectionSet, name, seen);
    if (seen.has(s.name.value)) return [];
    seen.add(s.name.value);
    return fieldsNamed(info, info.fragments[s.name.value]?.selectionSet, name, seen);
  });
}

/**
 * True when the field being resolved selects the sub-field path `names` (e.g. `nodes`, `evidence`,
 * `article`), directly or through fragments (`@skip`/`@include` are not evaluated: a conditional
 * selection counts as selected).
 */
export function selectsPath(info: Info, names: readonly string[]): boolean {
  let level: readonly FieldNode[] = info.fieldNodes;
  for (const name of names) {
    level = level.flatMap((f) => fieldsNamed(info, f.selectionSet, name));
    if (level.length === 0) return false;
  }
  return true;
}

/** True when the field being resolved selects the sub-field `name`. */
export function selectsField(info: Info, name: string): boolean {
  return selectsPath(info, [name]);
}
