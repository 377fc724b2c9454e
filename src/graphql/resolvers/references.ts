/**
 * Reference resolvers of the federation entities (`@key(fields: "id")` in schema/schema.graphql):
 * how `Query._entities` turns a gateway's `{ __typename, id }` representations into objects. Each
 * goes through the request's DataLoader of its type, so the representations of one `_entities`
 * call cost one statement per type however many there are, and an entity's merged id finds the
 * entity it was merged into, as `Query.entity` does. An unknown id resolves to null; an id that is not
 * a non-empty string of at most 200 characters is refused (BAD_USER_INPUT) for its representation alone.
 */
import type { Resolvers } from '../generated/types.js';
import * as A from '../../domain/arguments.js';

/** A representation's id, checked as an `id` argument is (a gateway sends `_Any`, so not even its type is known). */
const referenceId = ({ id }: { id: unknown }): string => A.id(typeof id === 'string' ? id : '', 'representations');

/**
 * What `load` gives, or the error it failed with, as a value: graphql-js and graphql-jit both answer a
 * list item that is an Error with that item's error and null in its place. A thrown or rejected item
 * would not do: @apollo/subgraph calls these in one synchronous `map` over the representations (a
 * throw fails all of `_entities`), and graphql-jit 0.8.9 appends a rejected list item's null at the
 * end of the list (`resultArray.push(null)`), shifting the answers a gateway matches by position.
 */
async function settled<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (err) {
    return (err instanceof Error ? err : new Error(String(err))) as T;
  }
}

const REFERENCES = {
  Entity: { __resolveReference: (ref, ctx) => settled(() => ctx.loaders.entity.load(referenceId(ref))) },
  Article: { __resolveReference: (ref, ctx) => settled(() => ctx.loaders.article.load(referenceId(ref))) },
  Relationship: { __resolveReference: (ref, ctx) => settled(() => ctx.loaders.relationship.load(referenceId(ref))) },
} satisfies Resolvers;

/** `types` (field resolvers of the object types) with `__resolveReference` added to `Entity`, `Article` and `Relationship`. */
export function withReferenceResolvers(types: Omit<Resolvers, 'Query'>): Omit<Resolvers, 'Query'> {
  return {
    ...types,
    Entity: { ...types.Entity, ...REFERENCES.Entity },
    Article: { ...types.Article, ...REFERENCES.Article },
    Relationship: { ...types.Relationship, ...REFERENCES.Relationship },
  };
}
