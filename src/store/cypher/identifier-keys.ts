/**
 * The index of external identifiers. An entity stores its identifiers as the list property
 * `identifiers` of `SCHEME:value` keys (src/domain/identifiers.ts), so every write that puts an
 * entity's properties (create, ingest update, merge and undo `putEntity`, retraction) carries them.
 * Neo4j's range indexes do not index list elements, and no constraint can make a list element
 * unique across nodes, so each key also has one derived node `(:IdentifierKey {key, entityId})`:
 * the unique constraint on `key` (schema/constraints.cypher) makes the database refuse a second
 * entity with the key, and a look-up by identifier is a seek in that constraint's index, then one in
 * the entity id index. The key node holds the entity's id rather than a relationship to it, so that
 * an entity's relationships stay those of the domain (degrees, neighbourhoods, the retraction's
 * "no relationship left" test and the exports never see it).
 *
 * Every statement that writes an entity's `identifiers` ends with `refreshIdentifierKeys` in the
 * same statement, as `refreshOffices` keeps the office keys; a statement that deletes an entity
 * deletes its key nodes (`deleteIdentifierKeys`).
 */
import type { Query } from '../gateway.js';
import { entityMap, FULL_SHAPE, type Shape } from './fragments.js';

/**
 * Unit subqueries that make the key nodes of entity `e` those its `identifiers` list: keys it no
 * longer lists are deleted, keys it gained are created. Creating a key another entity holds fails
 * the statement with the unique constraint (Neo.ClientError.Schema.ConstraintValidationFailed):
 * two entities never commit one identifier. Follows a `WITH` that carries `e`.
 */
export const refreshIdentifierKeys = (e: string): string =>
  `CALL (${e}) { MATCH (k:IdentifierKey {entityId: ${e}.id}) WHERE NOT k.key IN coalesce(${e}.identifiers, []) DELETE k } ` +
  `CALL (${e}) { UNWIND coalesce(${e}.identifiers, []) AS key WITH ${e}, key ` +
  `WHERE NOT EXISTS { MATCH (:IdentifierKey {key: key, entityId: ${e}.id}) } CREATE (:IdentifierKey {key: key, entityId: ${e}.id}) }`;

/** A unit subquery deleting the key nodes of entity `e` (before `e` itself is deleted). */
export const deleteIdentifierKeys = (e: string): string => `CALL (${e}) { MATCH (k:IdentifierKey {entityId: ${e}.id}) DELETE k }`;

/**
 * The entity holding identifier `key` (`SCHEME:value`), with the fields `shape` names: a seek in the
 * key's unique index, then in the entity id index. No row when no entity holds it.
 */
export function entityByIdentifier({ key, shape = FULL_SHAPE }: { key: string; shape?: Shape }): Query {
  return {
    cypher: `MATCH (k:IdentifierKey {key: $key})
MATCH (e:Entity {id: k.entityId})
RETURN ${entityMap('e', shape.entity)} AS entity`,
    params: { key },
  };
}
