/**
 * Pure builders of the undo of a retraction (src/ingest/undo-retraction.ts): what in the graph
 * stands in the way of putting back what the retraction removed, and the writes that put back whole
 * property maps. Every text is a constant: rows travel as parameters, relationship types checked
 * against the vocabulary first.
 */
import type { Query } from '../gateway.js';
import { idsByType, relationshipsOfTypedIds } from './fragments.js';
import { relationshipOfRow } from './create-relationships.js';
import { setOfficeTextOfAnyType, refreshOffices } from './search-keys.js';
import { relType } from './upsert-bundle.js';
import { refreshIdentifierKeys } from './identifier-keys.js';

type Props = Record<string, unknown>;

/**
 * What an undo must not find, in one statement: the articles holding the article's id or URL
 * (`articles`: id, url), the relationships to recreate that exist (`relationshipIds`), the
 * entities to recreate that exist (`entityIds`, by id or merged id), and which of the `endpoints`
 * (ends of the relationships to recreate that the undo does not recreate itself) exist
 * (`endpointIds`).
 */
export function restoreObstacles({
  articleId,
  url,
  relationships,
  entityIds,
  endpoints,
}: {
  articleId: string;
  url: string | null;
  relationships: readonly { id: string; type: string }[];
  entityIds: readonly string[];
  endpoints: readonly string[];
}): Query {
  return {
    cypher: `CALL () {
  CALL () {
    MATCH (a:Article {id: $articleId}) RETURN a
    UNION
    MATCH (a:Article {url: $url}) RETURN a
  }
  RETURN collect(a {.id, .url}) AS articles
}
CALL () {
  ${relationshipsOfTypedIds('relationshipIds').replaceAll('\n', '\n  ')}
  RETURN collect(r.id) AS relationshipIds
}
CALL () {
  CALL () {
    UNWIND $entityIds AS id MATCH (e:Entity {id: id}) RETURN id
    UNION
    UNWIND $entityIds AS id MATCH (e:Entity) WHERE id IN e.mergedIds RETURN id
  }
  RETURN collect(id) AS entityIds
}
CALL () { UNWIND $endpoints AS id MATCH (e:Entity {id: id}) RETURN collect(id) AS endpointIds }
RETURN articles, relationshipIds, entityIds, endpointIds`,
    params: { articleId, url, relationshipIds: idsByType(relationships), entityIds, endpoints },
  };
}

/** Puts entities back with exactly these properties (creating those absent); the office keys at each follow its names. */
export function putEntities({ rows }: { rows: readonly { id: string; props: Props }[] }): Query {
  return {
    cypher:
      `UNWIND $rows AS row MERGE (e:Entity {id: row.id}) SET e = row.props WITH e ${refreshOffices('e')} ` + refreshIdentifierKeys('e'),
    params: { rows },
  };
}

/** Creates an article with exactly these properties. */
export function createArticle({ props }: { props: Props }): Query {
  return { cypher: 'CREATE (a:Article) SET a = $props', params: { props } };
}

/** Creates evidence items with exactly these properties, each linked to the article it cites. */
export function createEvidence({ rows }: { rows: readonly { articleId: string; props: Props }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (a:Article {id: row.articleId})
CREATE (ev:Evidence)
SET ev = row.props
CREATE (ev)-[:FROM]->(a)`,
    params: { rows },
  };
}

/**
 * Creates relationships of any types with exactly these properties (office keys recomputed from
 * the place's names as they are); returns how many were written.
 */
export function recreateRelationships({
  rows,
}: {
  rows: readonly { type: string; source: string; target: string; props: Props }[];
}): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
CREATE (s)-[r:$(row.type)]->(t)
SET r = row.props,
    ${setOfficeTextOfAnyType('r', 't')}
RETURN count(r) AS written`,
    params: { rows: rows.map((row) => ({ ...row, type: relType(row.type) })) },
  };
}

/** Replaces all properties of relationships the graph holds (found between their ends), office keys recomputed. */
export function putRelationshipProps({ rows }: { rows: readonly { id: string; source: string; target: string; props: Props }[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
${relationshipOfRow}
SET r = row.props,
    ${setOfficeTextOfAnyType('r', 't')}
RETURN count(r) AS written`,
    params: { rows },
  };
}
