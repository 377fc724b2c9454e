/**
 * Turns the records of an article file into the rows the store writes: derived ids, intervals,
 * search keys, `knownFrom`. Seeds, restores and ingest all build their rows here, so a record is
 * written alike whichever way it comes in.
 */
import { identifierKey, sortedIdentifierKeys } from '../domain/identifiers.js';
import { evidenceId, relationshipId } from '../domain/ids.js';
import { knownFrom, publicationStart, publicationStarts } from '../domain/known-from.js';
import { parsePartialDate } from '../domain/partial-date.js';
import { entitySearchKeys, roleSearchText } from '../domain/search-keys.js';
import { validTime } from '../domain/valid-time.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { EvidenceRow, NodeRow, RelationshipRow } from '../domain/graph-rows.js';
import type { ArticleRecord, Bundle, EntityRecord, EvidenceRecord, RelationshipRecord } from './format.js';

/** A relationship row with the earliest date its evidence reported it. */
export type KnownRelationshipRow = RelationshipRow & { knownFrom: string | null };

/** Rows for every kind of record of a bundle, relationships grouped by type. */
export interface BundleRows {
  articles: NodeRow[];
  entities: NodeRow[];
  relationships: Map<RelationType, KnownRelationshipRow[]>;
  evidence: EvidenceRow[];
}

/** The row of an article: its fields, its publication date as an interval, who recorded it. */
export function articleRow({ article: a, recordedBy }: { article: ArticleRecord; recordedBy: string }): NodeRow {
  return {
    id: a.id,
    props: {
      title: a.title,
      source: a.source,
      url: a.url,
      publishedAt: a.publishedAt,
      publishedStart: publicationStart(a.publishedAt),
      publishedEnd: a.publishedAt ? (parsePartialDate(a.publishedAt)?.end ?? null) : null,
      language: a.language,
      note: a.note,
      recordedBy,
    },
  };
}

/**
 * The row of an entity: its fields (identifiers as `SCHEME:value` keys, in scheme order), its
 * search keys (entitySearchKeys), who recorded it.
 */
export function entityRow({ entity: e, recordedBy }: { entity: EntityRecord; recordedBy: string }): NodeRow {
  return {
    id: e.id,
    props: {
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      description: e.description,
      mergedIds: e.mergedIds,
      identifiers: sortedIdentifierKeys((e.identifiers ?? []).map(identifierKey)),
      ...entitySearchKeys(e),
      recordedBy,
    },
  };
}

/**
 * The row of a relationship: its given id or the one derived from its fields, its valid time as an
 * interval, its role key, `knownFrom` from the articles its evidence cites, who recorded it.
 * `reportedStatus` and `disputedBy` only when given.
 * @param published each article's publication start, by id (publicationStarts)
 */
export function relationshipRow({
  relationship: r,
  published,
  recordedBy,
}: {
  relationship: RelationshipRecord;
  published: ReadonlyMap<string, string | null>;
  recordedBy: string;
}): KnownRelationshipRow {
  return {
    id: r.id ?? relationshipId({ ...r, type: r.type as RelationType }),
    source: r.source,
    target: r.target,
    knownFrom: knownFrom({ evidence: r.evidence, published }),
    props: {
      topic: r.topic,
      role: r.role,
      roleText: roleSearchText(r.role),
      validFrom: r.validFrom,
      validTo: r.validTo,
      ...validTime(r),
      status: r.status,
      quantities: JSON.stringify(r.quantities),
      note: r.note,
      // Only when given, so that seeding a plain article file leaves an ingest's records alone.
      ...(r.reportedStatus ? { reportedStatus: r.reportedStatus } : {}),
      ...(r.disputedBy?.length ? { disputedBy: r.disputedBy } : {}),
      recordedBy,
    },
  };
}

/** The rows of a relationship's evidence items: ids derived from relationship, article and quote. */
export function evidenceRows({
  relationshipId: id,
  type,
  evidence,
  recordedBy,
}: {
  relationshipId: string;
  type: RelationType;
  evidence: readonly EvidenceRecord[];
  recordedBy: string;
}): EvidenceRow[] {
  return evidence.map((ev) => ({
    id: evidenceId(id, ev.article, ev.quote),
    articleId: ev.article,
    props: { quote: ev.quote, relationshipId: id, relationshipType: type, articleId: ev.article, recordedBy },
  }));
}

/**
 * Builds the write rows of a bundle. `knownFrom` counts the bundle's own articles only: evidence
 * citing an article the bundle does not hold leaves it to the database (see upsertRelationships).
 */
export function toRows(bundle: Bundle, recordedBy = 'local'): BundleRows {
  const published = publicationStarts(bundle.articles);
  const relationships: BundleRows['relationships'] = new Map();
  const evidence: EvidenceRow[] = [];
  for (const r of bundle.relationships) {
    const type = r.type as RelationType;
    const row = relationshipRow({ relationship: r, published, recordedBy });
    const list = relationships.get(type) ?? [];
    list.push(row);
    relationships.set(type, list);
    evidence.push(...evidenceRows({ relationshipId: row.id, type, evidence: r.evidence, recordedBy }));
  }
  return {
    articles: bundle.articles.map((article) => articleRow({ article, recordedBy })),
    entities: bundle.entities.map((entity) => entityRow({ entity, recordedBy })),
    relationships,
    evidence,
  };
}
