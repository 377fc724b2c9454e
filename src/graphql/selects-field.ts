/** Whether an operation asked for a field, to skip work nobody reads. */
import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * True when the field being resolved selects the sub-field `name`, directly or through fragments
 * (`@skip`/`@include` are not evaluated: a conditional selection counts as selected).
 */
export function selectsField(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, name: string): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set &&
    set.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === name;
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((n) => visit(n.selectionSet));
}
