/**
 * `TextAnalysis.draft` is sent back to `ingestArticle(input:)` unchanged, so `ArticleDraft` must be
 * `ArticleInput` as an output type: the same field names and types, all the way down, and stricter
 * nullability only where the input defaults the field.
 */
import { describe, expect, it } from 'vitest';
import {
  buildSchema,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLOutputType,
} from 'graphql';
import { schemaSdl } from '../../src/contract/type-defs.js';
import type { ArticleDraft as DraftGql, ArticleInput } from '../../src/graphql/generated/types.js';
import type { ArticleDraft } from '../../src/analyze/draft.js';

/** Where `output` is not the twin of `input`: one line per difference, by field path. */
function twinProblems(output: GraphQLObjectType, input: GraphQLInputObjectType, at = output.name): string[] {
  const outs = output.getFields();
  const ins = input.getFields();
  return [...new Set([...Object.keys(outs), ...Object.keys(ins)])].sort().flatMap((name): string[] => {
    const [o, i, path] = [outs[name], ins[name], `${at}.${name}`];
    if (!o) return [`${path}: missing from ${output.name}`];
    if (!i) return [`${path}: not in ${input.name}`];
    if (o.args.length > 0) return [`${path}: takes arguments`];
    if (isNonNullType(o.type) && !isNonNullType(i.type)) {
      const loose =
        i.defaultValue === undefined ? [`${path}: ${String(o.type)} where ${input.name} has ${String(i.type)} and no default`] : [];
      return [...loose, ...typeProblems(o.type.ofType, i.type, path)];
    }
    return typeProblems(o.type, i.type, path);
  });
}

/** Where the output type `o` differs from the input type `i`: wrappers exactly, object types as twins, others by name. */
function typeProblems(o: GraphQLOutputType, i: GraphQLInputType, at: string): string[] {
  if (isNonNullType(o) && isNonNullType(i)) return typeProblems(o.ofType, i.ofType, at);
  if (isListType(o) && isListType(i)) return typeProblems(o.ofType, i.ofType, `${at}[]`);
  if (isObjectType(o) && isInputObjectType(i)) return twinProblems(o, i, at);
  if (
    isNonNullType(o) ||
    isNonNullType(i) ||
    isListType(o) ||
    isListType(i) ||
    isObjectType(o) ||
    isInputObjectType(i) ||
    o.name !== i.name
  ) {
    return [`${at}: ${String(o)} where the input has ${String(i)}`];
  }
  return [];
}

describe('contract: ArticleDraft', () => {
  it('is ArticleInput as an output type, field for field and all the way down', () => {
    const schema = buildSchema(schemaSdl());
    const draft = schema.getType('ArticleDraft');
    const input = schema.getType('ArticleInput');
    if (!isObjectType(draft) || !isInputObjectType(input)) throw new Error('ArticleDraft or ArticleInput is missing');
    expect(twinProblems(draft, input)).toEqual([]);
    expect(Object.keys(draft.getFields()).sort()).toEqual(['articles', 'entities', 'relationships']);
  });

  it('is what TextAnalysis.draft gives', () => {
    const schema = buildSchema(schemaSdl());
    const analysis = schema.getType('TextAnalysis');
    if (!isObjectType(analysis)) throw new Error('TextAnalysis is missing');
    expect(String(analysis.getFields().draft?.type)).toBe('ArticleDraft!');
  });

  it('and the draft analyzeText builds type-check as ArticleInput', () => {
    // Compiles only while both drafts are assignable to the generated input type.
    const asInput = (d: DraftGql | ArticleDraft): ArticleInput => d;
    expect(asInput({ articles: [], entities: [], relationships: [] })).toEqual({ articles: [], entities: [], relationships: [] });
  });

  it('finds every kind of drift: names, scalar types, list items, nullability without a default, nested twins', () => {
    const schema = buildSchema(`
      type Query { q: Int }
      enum E { A B }
      input NInput { v: Float! }
      input TInput { id: ID!, list: [String!] = [], opt: String, nested: [NInput!]!, e: E = A }
      type NOut { v: Float! }
      type TOut { id: ID!, list: [String!]!, opt: String, nested: [NOut!]!, e: E! }
      type NBad { v: Int! }
      type TBad { id: ID, list: [String]!, opt: String!, nested: [NBad!]!, extra: Int }
    `);
    const type = <T>(name: string) => schema.getType(name) as T;
    expect(twinProblems(type<GraphQLObjectType>('TOut'), type<GraphQLInputObjectType>('TInput'))).toEqual([]);
    expect(twinProblems(type<GraphQLObjectType>('TBad'), type<GraphQLInputObjectType>('TInput'))).toEqual([
      'TBad.e: missing from TBad',
      'TBad.extra: not in TInput',
      'TBad.id: ID where the input has ID!',
      'TBad.list[]: String where the input has String!',
      'TBad.nested[].v: Int where the input has Float',
      'TBad.opt: String! where TInput has String and no default',
    ]);
  });
});
