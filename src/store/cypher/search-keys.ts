/**
 * The search keys in Cypher: the office key of a LEADS / HOLDS_OFFICE_IN relationship joins its
 * role key with the name key of the place the office is held in, so every statement that writes
 * either side sets it in the same statement (`setOfficeText`, `refreshOffices`). Only constants
 * and vocabulary values go into the text.
 */
import type { Query } from '../gateway.js';
import { OFFICE_RELATIONS, type RelationType } from '../../domain/vocabulary.js';

const OFFICES = OFFICE_RELATIONS.join('|');

/** True when relationships of `type` carry an office key. */
export const isOffice = (type: RelationType): boolean => (OFFICE_RELATIONS as readonly string[]).includes(type);

/** The office key of office relationship `r` held in entity `t`: its role key and the place's name key. */
const officeTextOf = (r: string, t: string): string =>
  `CASE WHEN ${r}.roleText IS NULL THEN null ELSE ${r}.roleText + ' ' + coalesce(${t}.searchText, '') END`;

/** `SET` items giving office relationship `r` (held in entity `t`) its office key. */
export const setOfficeText = (r: string, t: string): string => `${r}.officeText = ${officeTextOf(r, t)}`;

/**
 * `SET` items giving relationship `r` (held in entity `t`) of a type known only at run time its
 * office key when its type is an office type, and none otherwise: one statement text for every type.
 */
export const setOfficeTextOfAnyType = (r: string, t: string): string =>
  `${r}.officeText = CASE WHEN type(${r}) IN [${OFFICE_RELATIONS.map((o) => `'${o}'`).join(', ')}] THEN ${officeTextOf(r, t)} ` +
  `ELSE null END`;

/**
 * A unit subquery that renews the office key of every office relationship at entity `e`: held in
 * it (its names changed) or held by it. Follows a `WITH` that carries `e`.
 */
export const refreshOffices = (e: string): string =>
  `CALL (${e}) { MATCH (${e})-[o:${OFFICES}]-() WITH o, endNode(o) AS place SET ${setOfficeText('o', 'place')} }`;

/** Up to `limit` entities whose search keys an older version wrote (or none), with their office roles. */
export function staleSearchKeys({ version, limit }: { version: number; limit: number }): Query {
  return {
    cypher: `MATCH (e:Entity) WHERE e.searchKeysVersion IS NULL OR e.searchKeysVersion <> $version
WITH e LIMIT $limit
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.description AS description,
  [(e)-[o:${OFFICES}]->() | {id: o.id, role: o.role}] AS offices`,
    params: { version, limit },
  };
}

/** A row of rewritten keys: the entity's key properties and the role keys of the offices it holds. */
export interface SearchKeyRow {
  id: string;
  props: Record<string, unknown>;
  offices: { id: string; roleText: string | null }[];
}

/** Writes rewritten keys, then renews the office keys at each entity. */
export function writeSearchKeys({ rows }: { rows: readonly SearchKeyRow[] }): Query {
  return {
    cypher: `UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e += row.props
WITH e, row
CALL (e, row) { UNWIND row.offices AS office MATCH (e)-[o:${OFFICES} {id: office.id}]->() SET o.roleText = office.roleText }
WITH e
${refreshOffices('e')}`,
    params: { rows },
  };
}
