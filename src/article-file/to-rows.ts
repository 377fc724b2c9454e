/** Turns a validated bundle into the rows the store writes: derived ids, intervals, search text. */
import { evidenceId, relationshipId } from '../domain/ids.js';
import { parsePartialDate } from '../domain/partial-date.js';
import { entitySearchKeys, roleSearchText } from '../domain/search-keys.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { EvidenceRow, NodeRow, RelationshipRow } from '../store/cypher/upsert-bundle.js';
import type { Bundle } from './format.js';

/** Rows for every kind of record of a bundle, relationships grouped by type. */
export interface BundleRows {
  articles: NodeRow[];
  entities: NodeRow[];
  relationships: Map<RelationType, (RelationshipRow & { knownFrom: string | null })[]>;
  evidence: EvidenceRow[];
}

/** Builds the write rows of a bundle. */
export function toRows(bundle: Bundle, recordedBy = 'local'): BundleRows {
  const published = new Map(bundle.articles.map((a) => [a.id, a.publishedAt ? parsePartialDate(a.publishedAt)?.start ?? null : null]));
  const articles = bundle.articles.map((a) => {
    const p = a.publishedAt ? parsePartialDate(a.publishedAt) : undefined;
    return {
      id: a.id,
      props: {
        title: a.title,
        source: a.source,
        url: a.url,
        publishedAt: a.publishedAt,
        publishedStart: p?.start ?? null,
        publishedEnd: p?.end ?? null,
        language: a.language,
        note: a.note,
        recordedBy,
      },
    };
  });
  const entities = bundle.entities.map((e) => ({
    id: e.id,
    props: {
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      description: e.description,
      mergedIds: e.mergedIds,
      ...entitySearchKeys(e),
      recordedBy,
    },
  }));
  const relationships: BundleRows['relationships'] = new Map();
  const evidence: EvidenceRow[] = [];
  for (const r of bundle.relationships) {
    const type = r.type as RelationType;
    const id = r.id ?? relationshipId({ ...r, type });
    const from = r.validFrom ? parsePartialDate(r.validFrom) : undefined;
    const to = r.validTo ? parsePartialDate(r.validTo) : undefined;
    const dates = r.evidence.map((ev) => published.get(ev.article) ?? null).filter((d): d is string => d !== null);
    const knownFrom = dates.length ? dates.sort()[0]! : null;
    const list = relationships.get(type) ?? [];
    list.push({
      id,
      source: r.source,
      target: r.target,
      knownFrom,
      props: {
        topic: r.topic,
        role: r.role,
        roleText: roleSearchText(r.role),
        validFrom: r.validFrom,
        validTo: r.validTo,
        validStart: from?.start ?? null,
        validEnd: to?.end ?? null,
        status: r.status,
        quantities: JSON.stringify(r.quantities),
        note: r.note,
        // Only when given, so that seeding a plain article file leaves an ingest's records alone.
        ...(r.reportedStatus ? { reportedStatus: r.reportedStatus } : {}),
        ...(r.disputedBy?.length ? { disputedBy: r.disputedBy } : {}),
        recordedBy,
      },
    });
    relationships.set(type, list);
    for (const ev of r.evidence) {
      evidence.push({
        id: evidenceId(id, ev.article, ev.quote),
        articleId: ev.article,
        props: { quote: ev.quote, relationshipId: id, relationshipType: type, articleId: ev.article, recordedBy },
      });
    }
  }
  return { articles, entities, relationships, evidence };
}
