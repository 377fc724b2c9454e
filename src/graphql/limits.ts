/**
 * Validation rules that refuse an over-limit query before it touches the database: how deep its
 * selections nest, how many fields it selects once fragments are expanded (which also stops alias
 * and fragment bombs), and how many aliases it uses.
 */
import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type FragmentDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { GRAPHQL_VALIDATION_FAILED } from '../errors.js';

/** The limits; defaults are documented in the README. */
export interface QueryLimits {
  /** Deepest nesting of selection sets (default 12). */
  maxDepth: number;
  /** Most field selections after fragment expansion (default 1000). */
  maxFields: number;
  /** Most aliased fields (default 50). */
  maxAliases: number;
}

export const DEFAULT_LIMITS: QueryLimits = { maxDepth: 12, maxFields: 1000, maxAliases: 50 };

interface Tally {
  depth: number;
  fields: number;
  aliases: number;
}

function walk(
  set: SelectionSetNode,
  fragments: Record<string, FragmentDefinitionNode>,
  depth: number,
  tally: Tally,
  stack: Set<string>,
  limits: QueryLimits,
): void {
  tally.depth = Math.max(tally.depth, depth);
  for (const sel of set.selections) {
    if (tally.fields > limits.maxFields || tally.depth > limits.maxDepth) return;
    if (sel.kind === Kind.FIELD) {
      tally.fields++;
      if (sel.alias) tally.aliases++;
      if (sel.selectionSet) walk(sel.selectionSet, fragments, depth + 1, tally, stack, limits);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      walk(sel.selectionSet, fragments, depth, tally, stack, limits);
    } else {
      const name = sel.name.value;
      const fragment = fragments[name];
      // Cycles are reported by graphql-js's own NoFragmentCycles rule.
      if (!fragment || stack.has(name)) continue;
      stack.add(name);
      walk(fragment.selectionSet, fragments, depth, tally, stack, limits);
      stack.delete(name);
    }
  }
}

/** A graphql-js validation rule enforcing `limits` on every operation of a document. */
export function queryLimitsRule(limits: QueryLimits = DEFAULT_LIMITS): ValidationRule {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
      const tally: Tally = { depth: 0, fields: 0, aliases: 0 };
      walk(node.selectionSet, fragments, 1, tally, new Set(), limits);
      const refuse = (what: string): void => {
        context.reportError(
          new GraphQLError(`Query too large: ${what}.`, { nodes: [node], extensions: { code: GRAPHQL_VALIDATION_FAILED } }),
        );
      };
      if (tally.depth > limits.maxDepth) refuse(`it nests deeper than ${limits.maxDepth} levels`);
      else if (tally.fields > limits.maxFields) refuse(`it selects more than ${limits.maxFields} fields`);
      else if (tally.aliases > limits.maxAliases) refuse(`it uses ${tally.aliases} aliases, more than ${limits.maxAliases}`);
    },
  });
}
