/**
 * Lays out a snapshot as article files, deterministically: the same content always gives the same
 * file names and bytes, so a snapshot can live in git and a diff shows what changed.
 *
 * Layout (one folder level, which `npm run seed -- <dir>` reads):
 * - `_entities.yaml`: every entity, in id order (`_` never starts an article id, so no clash);
 * - `<article-id>.yaml`: the article, and the relationships whose first evidence (oldest article,
 *   then article id, then quote) cites it, ordered by source, type, target, id.
 * Fields left at their defaults (null, empty lists) are left out; `status` and `language` are
 * always written.
 */
import { Document, Scalar, visit } from 'yaml';
import { relationshipId } from '../domain/ids.js';
import type { RelationType } from '../domain/vocabulary.js';
import type { ArticleRecord, Bundle, EntityRecord, RelationshipRecord } from '../article-file/format.js';
import type { SnapshotContent } from './read-snapshot.js';
import { contentVersion, type EntityContent, type RelationshipContent } from '../domain/content-hash.js';
import { identifierKey, identifiersOfKeys, sortedIdentifierKeys } from '../domain/identifiers.js';
import { checkArticleTexts } from '../article-file/read-article-files.js';

/** The file holding every entity. */
export const ENTITIES_FILE = '_entities.yaml';

/** Fixed YAML options: no line folding, no anchors for repeated values, plain scalars where YAML 1.2 allows. */
const YAML_OPTIONS = {
  version: '1.2',
  indent: 2,
  lineWidth: 0,
  minContentWidth: 0,
  aliasDuplicateObjects: false,
  defaultStringType: 'PLAIN',
  defaultKeyType: 'PLAIN',
  sortMapEntries: false,
} as const;

type Plain = Record<string, unknown>;

/** A partial date, quoted in the files as in the seeds, so that no YAML 1.1 reader takes it for a date or a number. */
const DATE_LIKE = /^\d{4}(?:-\d{2}){0,2}$/;

/** YAML text of `value` with the fixed options. */
function toYaml(value: unknown): string {
  const doc = new Document(value, YAML_OPTIONS);
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && DATE_LIKE.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
    },
  });
  return doc.toString(YAML_OPTIONS);
}

/** Copies the given fields in order, leaving out null, undefined and empty lists. */
function pick(o: Plain, keys: readonly string[], always: readonly string[] = []): Plain {
  const out: Plain = {};
  for (const k of keys) {
    const v = o[k];
    if (always.includes(k) || !(v === null || v === undefined || (Array.isArray(v) && v.length === 0))) out[k] = v;
  }
  return out;
}

const articleDoc = (a: ArticleRecord): Plain => pick(a, ['id', 'title', 'source', 'url', 'publishedAt', 'language', 'note'], ['language']);
const entityDoc = (e: EntityRecord): Plain => ({
  ...pick(e, ['id', 'name', 'type', 'aliases', 'description', 'mergedIds']),
  // In scheme order, each as `{scheme, value}`: the same file for the same identifiers.
  ...(e.identifiers?.length
    ? { identifiers: identifiersOfKeys(e.identifiers.map(identifierKey)).map(({ scheme, value }) => ({ scheme, value })) }
    : {}),
});
const relationshipDoc = (r: RelationshipRecord): Plain => ({
  ...pick(
    r,
    ['type', 'source', 'target', 'id', 'topic', 'role', 'validFrom', 'validTo', 'status', 'reportedStatus', 'disputedBy'],
    ['status'],
  ),
  ...(r.quantities.length ? { quantities: r.quantities.map((x) => pick(x, ['value', 'unit', 'label'])) } : {}),
  ...pick(r, ['note']),
  evidence: r.evidence.map((ev) => ({ article: ev.article, quote: ev.quote })),
});

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const sortKey = (r: RelationshipRecord): string[] => [
  r.source,
  r.type,
  r.target,
  r.id ?? relationshipId({ ...r, type: r.type as RelationType }),
];

/** The snapshot's files, name → content, in name order. */
export function snapshotFiles(content: SnapshotContent): Map<string, string> {
  const byArticle = new Map<string, RelationshipRecord[]>(content.articles.map((a) => [a.id, []]));
  for (const r of content.relationships) byArticle.get(r.evidence[0]!.article)?.push(r);
  const files = new Map<string, string>();
  files.set(ENTITIES_FILE, toYaml({ entities: [...content.entities].sort((a, b) => compare(a.id, b.id)).map(entityDoc) }));
  for (const a of [...content.articles].sort((x, y) => compare(x.id, y.id))) {
    const rels = (byArticle.get(a.id) ?? []).sort((x, y) => {
      const kx = sortKey(x);
      const ky = sortKey(y);
      for (let i = 0; i < kx.length; i++) if (kx[i] !== ky[i]) return compare(kx[i]!, ky[i]!);
      return 0;
    });
    files.set(`${a.id}.yaml`, toYaml({ articles: [articleDoc(a)], ...(rels.length ? { relationships: rels.map(relationshipDoc) } : {}) }));
  }
  return new Map([...files].sort(([x], [y]) => compare(x, y)));
}

/**
 * The content version of a snapshot: the version (src/domain/content-hash.ts) of the articles,
 * entities and relationships its files hold, the one Query.stats.dataVersion gives for the graph
 * it was exported from. Files that do not read as article files count for nothing.
 */
export function snapshotVersion(files: ReadonlyMap<string, string>): string {
  return bundlesVersion(checkArticleTexts(files).valid.map((f) => f.bundle));
}

/** The content version (src/domain/content-hash.ts) of the records of these bundles together. */
export function bundlesVersion(bundles: readonly Bundle[]): string {
  const content: { articles: ArticleRecord[]; entities: EntityContent[]; relationships: RelationshipContent[] } = {
    articles: [],
    entities: [],
    relationships: [],
  };
  for (const bundle of bundles) {
    content.articles.push(...bundle.articles);
    content.entities.push(...bundle.entities.map(entityContent));
    content.relationships.push(...bundle.relationships.map((r) => relationshipContent(r)));
  }
  return contentVersion(content);
}

/** An entity record's content: its identifiers as the graph stores them (keys in scheme order). */
const entityContent = (e: EntityRecord): EntityContent => ({
  ...e,
  identifiers: sortedIdentifierKeys((e.identifiers ?? []).map(identifierKey)),
});

/** A relationship record's content, under its id (given, or derived from its fields). */
const relationshipContent = (r: RelationshipRecord): RelationshipContent => ({
  ...r,
  id: r.id ?? relationshipId({ ...r, type: r.type as RelationType }),
  reportedStatus: r.reportedStatus ?? null,
  disputedBy: r.disputedBy ?? [],
});
