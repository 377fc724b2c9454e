/**
 * The article-file format: the one file format of the project. Seeds, the ingest CLI and
 * snapshots all read and write it. A file is a bundle that may hold several articles, the entities
 * they mention and the relationships they support, each relationship with its evidence.
 */
import path from 'node:path';
import { z } from 'zod';
import { ENTITY_TYPES, RELATION_TYPE_NAMES, STATUSES } from '../domain/vocabulary.js';
import { isPartialDate } from '../domain/partial-date.js';
import { reservedIdProblem } from '../domain/node-ids.js';
import { IDENTIFIER_SCHEMES, identifierProblem, normalizeIdentifierValue } from '../domain/identifiers.js';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_QUOTE_WORDS = 40;

/** An entity's or article's id: a slug in none of the forms of the ids the service makes (node-ids.ts). */
const slug = z
  .string()
  .regex(SLUG, 'must be a lowercase slug such as "dina-boluarte"')
  .superRefine((id, ctx) => {
    const problem = reservedIdProblem(id);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });
/** A relationship id as the graph holds it: `<type in lower case>-<hash>`, maybe with a variant suffix. */
const relationshipIdSchema = z
  .string()
  .regex(/^[a-z_]+-[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a relationship id such as "signed-3f9a0c1d2e4b5a6f"');
const nonEmpty = z.string().trim().min(1, 'must not be empty');
/** A relative path that stays in its folder: not absolute (POSIX or Windows), no `..` segment. */
function isInsideFolder(p: string): boolean {
  return !path.posix.isAbsolute(p) && !path.win32.isAbsolute(p) && !p.split(/[\\/]/).includes('..');
}
const partialDate = z.string().refine(isPartialDate, 'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');

/** A source document. */
export const articleSchema = z
  .strictObject({
    id: slug,
    title: nonEmpty.nullable().default(null),
    /** The outlet that published or is cited as the origin of the text. */
    source: nonEmpty,
    url: z.url().nullable().default(null),
    publishedAt: partialDate.nullable().default(null),
    language: z
      .string()
      .regex(/^[a-z]{2}$/, 'must be a two-letter ISO 639-1 code')
      .default('en'),
    /** Free-text note on what is known of the article's origin. */
    note: nonEmpty.nullable().default(null),
    /**
     * The article's full text, optional: when given, every quote citing the article must occur in it
     * (seed, CLI and ingest refuse one that does not, as QUOTE_NOT_IN_TEXT). It is checked, never stored.
     */
    text: z.string().min(1).max(1_000_000).nullable().default(null),
    /**
     * In an article file only: the file holding the article's full text, relative to the article
     * file's folder and inside it (`huawei-peru-ai-training-deal.txt`). Reading the file sets `text`
     * (see read-article-files.ts). Absolute paths and `..` are refused.
     */
    textFile: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .refine(isInsideFolder, 'must be a relative path inside the article file\'s folder (no absolute path, no "..")')
      .optional(),
  })
  .refine((a) => !(a.text && a.textFile), { message: 'give the text or a textFile, not both', path: ['textFile'] });

/**
 * An external identifier of an entity (src/domain/identifiers.ts): its value normalized for the
 * scheme (`pe` → `PE`) and checked against the scheme's form and check digits (INVALID_IDENTIFIER).
 */
export const identifierSchema = z
  .strictObject({
    scheme: z.enum(IDENTIFIER_SCHEMES),
    value: z.string(),
  })
  .transform((i) => ({ scheme: i.scheme, value: normalizeIdentifierValue(i.scheme, i.value) }))
  .superRefine((i, ctx) => {
    const problem = identifierProblem(i.scheme, i.value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['value'], params: { code: 'INVALID_IDENTIFIER' } });
  });

/** An entity's identifiers: at most one value per scheme (REPEATED_SCHEME names the second). */
const identifiersSchema = z
  .array(identifierSchema)
  .default([])
  .superRefine((list, ctx) => {
    list.forEach((i, k) => {
      const first = list.findIndex((j) => j.scheme === i.scheme);
      if (first < k)
        ctx.addIssue({
          code: 'custom',
          message: `a second ${i.scheme} identifier (identifiers[${first}] gives one): an entity has at most one value per scheme`,
          path: [k, 'scheme'],
          params: { code: 'REPEATED_SCHEME' },
        });
    });
  });

/** An actor, place, programme, plan, event … */
export const entitySchema = z.strictObject({
  id: slug,
  name: nonEmpty,
  type: z.enum(ENTITY_TYPES),
  aliases: z.array(nonEmpty).default([]),
  description: nonEmpty.nullable().default(null),
  /** Ids of entities that were merged into this one; they resolve to it. */
  mergedIds: z.array(slug).default([]),
  /**
   * External identifiers (Wikidata, RUC, USCC, LEI, OpenSanctions, ISO 3166), one per scheme;
   * entity resolution tries them before names. Default none (snapshots leave an empty list out).
   */
  identifiers: identifiersSchema,
});

/** A number a source gives for a relationship (20,000 trainees; USD 2.9 billion). */
export const quantitySchema = z.strictObject({
  value: z.number().finite(),
  unit: nonEmpty,
  label: nonEmpty.nullable().default(null),
});

/** One verbatim quote from one article that supports a relationship. */
export const evidenceSchema = z.strictObject({
  article: slug,
  quote: nonEmpty.refine(
    (q) => q.split(/\s+/).filter(Boolean).length <= MAX_QUOTE_WORDS,
    `must be a short quote of at most ${MAX_QUOTE_WORDS} words`,
  ),
});

/** A typed, dated, sourced relationship between two entities. */
export const relationshipSchema = z
  .strictObject({
    /**
     * The id, when it is not the one derived from type, endpoints, valid time and topic: snapshots
     * give it for a contradicting variant (`…-a1b2c3`) or a relationship a merge moved. Given, it wins.
     */
    id: relationshipIdSchema.optional(),
    type: z.enum(RELATION_TYPE_NAMES as [string, ...string[]]),
    source: slug,
    target: slug,
    /** Tells apart two relationships of the same type between the same entities at the same time. */
    topic: nonEmpty.nullable().default(null),
    role: nonEmpty.nullable().default(null),
    validFrom: partialDate.nullable().default(null),
    validTo: partialDate.nullable().default(null),
    status: z.enum(STATUSES).default('REPORTED'),
    quantities: z.array(quantitySchema).default([]),
    evidence: z.array(evidenceSchema).min(1, 'a relationship needs at least one evidence item'),
    note: nonEmpty.nullable().default(null),
    /** The status its own sources reported, which ingest keeps when a contradiction makes `status` DISPUTED. */
    reportedStatus: z.enum(STATUSES).optional(),
    /** Ids of the relationships that contradict it (ingest records them; snapshots carry them). */
    disputedBy: z.array(relationshipIdSchema).optional(),
  })
  .refine((r) => !r.id || r.id.startsWith(`${r.type.toLowerCase()}-`), {
    message: 'id must start with the type in lower case and a hyphen',
    path: ['id'],
  })
  .refine((r) => r.source !== r.target, { message: 'source and target must differ', path: ['target'] })
  .refine((r) => !r.validFrom || !r.validTo || r.validFrom.slice(0, 4) <= r.validTo.slice(0, 4), {
    message: 'validTo must not precede validFrom',
    path: ['validTo'],
  });

/** A whole article file. */
export const bundleSchema = z.strictObject({
  articles: z.array(articleSchema).default([]),
  entities: z.array(entitySchema).default([]),
  relationships: z.array(relationshipSchema).default([]),
});

export type ArticleRecord = z.infer<typeof articleSchema>;
/**
 * An entity record. Parsing always gives `identifiers` (default []); a record made in code may
 * leave it out, which means none.
 */
export type EntityRecord = Omit<z.infer<typeof entitySchema>, 'identifiers'> & {
  identifiers?: z.infer<typeof entitySchema>['identifiers'];
};
export type IdentifierRecord = z.infer<typeof identifierSchema>;
export type EvidenceRecord = z.infer<typeof evidenceSchema>;
export type RelationshipRecord = z.infer<typeof relationshipSchema>;
/** A bundle, its entities as EntityRecord (identifiers may be left out in code). */
export type Bundle = Omit<z.infer<typeof bundleSchema>, 'entities'> & { entities: EntityRecord[] };

/** What shape validation kept of a record: its valid fields; an invalid or missing field is absent. */
export type Salvaged<T> = { [K in keyof T]?: T[K] };

/** A relationship as salvaged: its valid fields, and each evidence item salvaged on its own. */
export type SalvagedRelationship = Salvaged<Omit<RelationshipRecord, 'evidence'>> & { evidence?: Salvaged<EvidenceRecord>[] };

/**
 * A bundle as far as it is valid: every record of the input at its own index, with its valid
 * fields (see salvage-bundle.ts). A valid Bundle is one too, so checks written for it take both.
 */
export interface SalvagedBundle {
  articles: Salvaged<ArticleRecord>[];
  entities: Salvaged<EntityRecord>[];
  relationships: SalvagedRelationship[];
}
