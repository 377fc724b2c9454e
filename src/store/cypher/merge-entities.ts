/**
 * Pure builders of the statements of a merge of duplicate entities and of its undo
 * (src/ingest/merge-entities.ts): reading an entity and the relationships touching it, and
 * rewriting them whole. Values travel as parameters; a relationship type only from the closed
 * vocabulary (relType).
 */
import type { Query } from '../gateway.js';
import type { RelationType } from '../../domain/vocabulary.js';
import { relType } from './upsert-bundle.js';
import { isOffice, refreshOffices, setOfficeText } from './search-keys.js';
import { deleteIdentifierKeys, refreshIdentifierKeys } from './identifier-keys.js';

/** An entity's full property map, or nothing. */
export function entityProperties({ id }: { id: string }): Query {
  return { cypher: 'MATCH (e:Entity {id: $id}) RETURN properties(e) AS props', params: { id } };
}

/** Every relationship touching an entity, with endpoints and all properties. */
export function relationshipsTouching({ id }: { id: string }): Query {
  return {
    cypher: `MATCH (:Entity {id: $id})-[r]-(:Entity)
RETURN DISTINCT type(r) AS type, r.id AS id, startNode(r).id AS source, endNode(r).id AS target, properties(r) AS props
ORDER BY id`,
    params: { id },
  };
}

/** Deletes a relationship of one type by id. */
export function deleteRelationship({ type, id }: { type: RelationType; id: string }): Query {
  return { cypher: `MATCH ()-[r:${relType(type)} {id: $id}]->() DELETE r`, params: { id } };
}

/** Creates a relationship of one type with exactly these properties. */
export function createRelationship({
  type,
  source,
  target,
  props,
}: {
  type: RelationType;
  source: string;
  target: string;
  props: Record<string, unknown>;
}): Query {
  return {
    cypher:
      `MATCH (s:Entity {id: $source}), (t:Entity {id: $target}) CREATE (s)-[r:${relType(type)}]->(t) SET r = ` +
      `$props${isOffice(type) ? `, ${setOfficeText('r', 't')}` : ''}`,
    params: { source, target, props },
  };
}

/**
 * Replaces all properties of an entity (creating it when absent); the office keys at it follow its
 * names, its identifier keys its identifiers.
 */
export function putEntity({ id, props }: { id: string; props: Record<string, unknown> }): Query {
  return {
    cypher: `MERGE (e:Entity {id: $id}) SET e = $props WITH e ${refreshOffices('e')} ${refreshIdentifierKeys('e')}`,
    params: { id, props },
  };
}

/**
 * Sets an entity's identifiers (keys, in scheme order) and its identifier keys, and nothing else: an
 * undone merge takes the merged entity's identifiers back from the kept one with it before the
 * merged entity is put back with them.
 */
export function setIdentifiers({ id, identifiers }: { id: string; identifiers: readonly string[] }): Query {
  return {
    cypher: `MATCH (e:Entity {id: $id}) SET e.identifiers = $identifiers WITH e ${refreshIdentifierKeys('e')}`,
    params: { id, identifiers },
  };
}

/** Deletes an entity (its relationships must be gone or moved) with its identifier keys. */
export function deleteEntity({ id }: { id: string }): Query {
  return { cypher: `MATCH (e:Entity {id: $id}) ${deleteIdentifierKeys('e')} DETACH DELETE e`, params: { id } };
}
