/**
 * FollowTheMoney (FtM): one entity a line, `{"id", "schema", "properties"}` with every value a list of
 * strings, as `ftm` and Aleph read them. Entities map by type (FTM_ENTITY_SCHEMATA), articles become
 * Article documents, and each relationship becomes the link schema of FTM_RELATION_MAPPINGS when its
 * ends fit that schema's ranges, else an UnknownLink. The quotes are the link's `summary`, and each
 * quote also becomes a Documentation of each end by the article it comes from: the article as the
 * document, the quote as the proof.
 *
 * Held across records: each entity's type, FtM schema, name and country (relationships name their
 * ends by id only, and the link schema depends on the ends), and the ids of the positions written.
 */
import { createHash } from 'node:crypto';
import type { ExportArticle, ExportEntity, ExportItem, ExportRelationship, StreamFormat } from './records.js';
import type { EntityType, RelationType } from '../domain/vocabulary.js';
import { quantitiesText } from './field-text.js';
import { typeWords } from './rdf-terms.js';

/** An FtM entity as a line of the stream. */
export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** The FtM schema of each entity type (README "Using the data elsewhere" pins this table). */
export const FTM_ENTITY_SCHEMATA: Record<EntityType, string> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  COMPANY: 'Company',
  GOVERNMENT: 'PublicBody',
  // The state as an actor: it leads, signs, owns and is led; FtM has no country entity.
  COUNTRY: 'PublicBody',
  PLACE: 'Address',
  INFRASTRUCTURE: 'RealEstate',
  INITIATIVE: 'Project',
  PROGRAM: 'Project',
  AGREEMENT: 'Contract',
  PLAN: 'Project',
  EVENT: 'Event',
  MEDIA: 'Organization',
  GROUP: 'LegalEntity',
  TOPIC: 'Note',
};

/** The FtM schemata of the ends' kinds the link schemata need (their ranges in the FtM model). */
const LEGAL_ENTITY = new Set(['Person', 'Organization', 'Company', 'PublicBody', 'LegalEntity']);
const ORGANIZATION = new Set(['Organization', 'Company', 'PublicBody']);
const ASSET = new Set(['Company', 'RealEstate', 'Contract']);

/** What the writer knows of an entity when it writes a link to it. */
interface End {
  type: string;
  schema: string;
  name: string;
  /** ISO 3166 alpha-2 in FtM's lower case, when the entity has one. */
  country: string | null;
}

const legal = (e: End) => LEGAL_ENTITY.has(e.schema);
/** An organisation that is not a country (a company is not a member of China, but may be of a body). */
const body = (e: End) => ORGANIZATION.has(e.schema) && e.type !== 'COUNTRY';
const person = (e: End) => e.schema === 'Person';
const publicBody = (e: End) => e.schema === 'PublicBody';

/** One way a relation type maps: the link schema, and when its ends fit it. */
export interface FtmLinkRule {
  schema: 'Ownership' | 'Occupancy' | 'Directorship' | 'Employment' | 'Membership' | 'ProjectParticipant' | 'Payment';
  /** The ends this rule needs, in words (the README table prints it). */
  when: string;
  fits(source: End, target: End): boolean;
}

/**
 * The link schemata of the relation types, tried in order; a relation type absent here, or whose
 * ends fit no rule, is an UnknownLink (subject = source, object = target).
 */
export const FTM_RELATION_MAPPINGS: Partial<Record<RelationType, readonly FtmLinkRule[]>> = {
  OWNS: [
    {
      schema: 'Ownership',
      when: 'owner a legal entity, target an asset (company, infrastructure, agreement)',
      fits: (s, t) => legal(s) && ASSET.has(t.schema),
    },
  ],
  ACQUIRED: [
    { schema: 'Ownership', when: 'as OWNS; the acquisition date is the start date', fits: (s, t) => legal(s) && ASSET.has(t.schema) },
  ],
  LEADS: [
    {
      schema: 'Occupancy',
      when: 'a person leading a state or government body: Occupancy of a Position',
      fits: (s, t) => person(s) && publicBody(t),
    },
    { schema: 'Directorship', when: 'a legal entity leading another organisation', fits: (s, t) => legal(s) && ORGANIZATION.has(t.schema) },
  ],
  HOLDS_OFFICE_IN: [
    {
      schema: 'Occupancy',
      when: 'a person in a state or government body: Occupancy of a Position',
      fits: (s, t) => person(s) && publicBody(t),
    },
    { schema: 'Employment', when: 'a person in another organisation', fits: (s, t) => person(s) && ORGANIZATION.has(t.schema) },
  ],
  AFFILIATED_WITH: [
    { schema: 'Membership', when: 'a legal entity and an organisation that is not a country', fits: (s, t) => legal(s) && body(t) },
  ],
  PART_OF: [
    { schema: 'Membership', when: 'a legal entity and an organisation that is not a country', fits: (s, t) => legal(s) && body(t) },
  ],
  PARTICIPATES_IN: [
    {
      schema: 'ProjectParticipant',
      when: 'a legal entity and an initiative, programme or plan',
      fits: (s, t) => legal(s) && t.schema === 'Project',
    },
  ],
  PLANS: [
    {
      schema: 'ProjectParticipant',
      when: 'a legal entity and an initiative, programme or plan',
      fits: (s, t) => legal(s) && t.schema === 'Project',
    },
  ],
  INVESTED_IN: [{ schema: 'Payment', when: 'two legal entities: payer = source', fits: (s, t) => legal(s) && legal(t) }],
  RECEIVED_INVESTMENT: [{ schema: 'Payment', when: 'two legal entities: payer = target', fits: (s, t) => legal(s) && legal(t) }],
};

/** The FtM id of an entity, article, relationship or evidence Documentation: `cpkg-` and a kind. */
export const ftmId = {
  entity: (id: string) => `cpkg-entity-${id}`,
  article: (id: string) => `cpkg-article-${id}`,
  relationship: (id: string) => `cpkg-rel-${id}`,
  position: (targetId: string, role: string) =>
    `cpkg-position-${createHash('sha256').update(`${targetId}\n${role}`).digest('hex').slice(0, 20)}`,
  documentation: (evidenceId: string, end: 'source' | 'target') => `cpkg-doc-${evidenceId}-${end}`,
};

/** ISO 639-1 → the ISO 639-3 codes FtM's `language` type knows. */
const LANGUAGES: Record<string, string> = Object.fromEntries(
  (
    'af afr ar ara az aze be bel bn ben bs bos bg bul ca cat cs ces da dan de deu el ell en eng et est fa fas fi fin fr fra he heb ' +
    'hi hin hr hrv hu hun hy hye id ind is isl it ita ja jpn kn kan ka kat kk kaz km khm ky kir ko kor lv lav lt lit lb ltz mk mkd ' +
    'mt mlt mn mon ms msa my mya ne nep nl nld no nor pl pol pt por ro ron ru rus sk slk sl slv es spa sq sqi sr srp sw swa sv swe ' +
    'tg tgk tl tgl tk tuk tr tur uk ukr ur urd uz uzb zh zho'
  )
    .split(' ')
    .reduce<[string, string][]>((pairs, code, i, all) => (i % 2 === 0 ? [...pairs, [code, all[i + 1]!]] : pairs), []),
);

/** Properties with their non-empty values, distinct, in order; properties without values left out. */
function props(entries: Record<string, readonly (string | null | undefined)[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [name, values] of Object.entries(entries)) {
    const kept = [...new Set(values.filter((v): v is string => typeof v === 'string' && v !== ''))];
    if (kept.length > 0) out[name] = kept;
  }
  return out;
}

/** The identifier properties of an entity of `schema` (README table): those its schema has. */
function identifierProps(e: ExportEntity, schema: string): Record<string, string[]> {
  const of = (scheme: string) => e.identifiers.find((i) => i.scheme === scheme)?.value ?? null;
  const isLegal = LEGAL_ENTITY.has(schema);
  const registrable = isLegal || schema === 'RealEstate';
  const country = of('ISO3166')?.toLowerCase() ?? null;
  return props({
    wikidataId: [of('WIKIDATA')],
    country: [country],
    jurisdiction: [schema === 'PublicBody' && e.type === 'COUNTRY' ? country : null],
    taxNumber: [isLegal ? of('PE_RUC') : null],
    registrationNumber: [registrable ? of('CN_USCC') : null, !isLegal && registrable ? of('PE_RUC') : null],
    leiCode: [isLegal ? of('LEI') : null],
  });
}

/** An entity as FtM: name, aliases, description, identifiers; Contract's title and Address's full form are its name. */
export function ftmEntity(e: ExportEntity): FtmEntity {
  const schema = FTM_ENTITY_SCHEMATA[e.type as EntityType] ?? 'LegalEntity';
  return {
    id: ftmId.entity(e.id),
    schema,
    properties: {
      ...props({
        name: [e.name],
        alias: e.aliases,
        description: [e.description],
        ...(schema === 'Contract' ? { title: [e.name] } : {}),
        ...(schema === 'Address' ? { full: [e.name] } : {}),
      }),
      ...identifierProps(e, schema),
    },
  };
}

/** An ISO 8601 instant as FtM's date form (UTC, to the second, no zone). */
function ftmInstant(at: string): string | null {
  const t = Date.parse(at);
  return Number.isNaN(t) ? null : new Date(t).toISOString().slice(0, 19);
}

/**
 * An article as an FtM Article (a Document): title, publisher, sourceUrl, publishedAt, language; the
 * file name is the article's id (FtM documents require one); an ingest gives processedAt and the key as processingAgent.
 */
export function ftmArticle(a: ExportArticle): FtmEntity {
  return {
    id: ftmId.article(a.id),
    schema: 'Article',
    properties: props({
      title: [a.title],
      name: [a.title ?? a.id],
      fileName: [a.id],
      publisher: [a.source],
      sourceUrl: [a.url],
      publishedAt: [a.publishedAt],
      language: [LANGUAGES[a.language.slice(0, 2).toLowerCase()]],
      notes: [a.note],
      processedAt: [a.ingest ? ftmInstant(a.ingest.at) : null],
      processingAgent: [a.ingest?.keyId],
    }),
  };
}

/** The first quantity in per cent (unit `%` or `percent`), and the first in a currency (a unit of three capitals: USD, PEN …). */
function shares(r: ExportRelationship): { percentage: string | null; amount: string | null; currency: string | null } {
  const pct = r.quantities.find((q) => q.unit === '%' || q.unit.toLowerCase() === 'percent');
  const money = r.quantities.find((q) => /^[A-Z]{3}$/.test(q.unit));
  return { percentage: pct ? String(pct.value) : null, amount: money ? String(money.value) : null, currency: money?.unit ?? null };
}

/** The link schema of a relationship between two ends: the first rule that fits, else UnknownLink. */
export function ftmLinkSchema(type: string, source: End, target: End): string {
  const rule = FTM_RELATION_MAPPINGS[type as RelationType]?.find((r) => r.fits(source, target));
  return rule?.schema ?? 'UnknownLink';
}

/** A relationship as FtM entities: its link (and the Position it occupies), and one Documentation per quote and end. */
export function ftmRelationship(r: ExportRelationship, source: End, target: End): FtmEntity[] {
  const schema = ftmLinkSchema(r.type, source, target);
  const words = typeWords(r.type);
  const s = ftmId.entity(r.sourceId);
  const t = ftmId.entity(r.targetId);
  const common = {
    startDate: [r.validFrom],
    endDate: [r.validTo],
    summary: r.evidence.map((ev) => ev.quote),
    description: [r.note, quantitiesText(r.quantities)],
    publisher: r.evidence.map((ev) => ev.articleSource),
    sourceUrl: r.evidence.map((ev) => ev.articleUrl),
    recordId: [r.id],
  };
  const interest = { ...common, role: [r.role ?? words], status: [r.status] };
  const { percentage, amount, currency } = shares(r);
  const out: FtmEntity[] = [];
  const link = (properties: Record<string, readonly (string | null | undefined)[]>) =>
    out.push({ id: ftmId.relationship(r.id), schema, properties: props(properties) });
  switch (schema) {
    case 'Ownership':
      link({
        ...interest,
        owner: [s],
        asset: [t],
        percentage: [percentage],
        sharesValue: [amount],
        sharesCurrency: [currency],
        ownershipType: [words],
      });
      break;
    case 'Occupancy': {
      const role = r.role ?? words;
      const post = ftmId.position(r.targetId, role);
      out.push({
        id: post,
        schema: 'Position',
        properties: props({
          name: [`${role} (${target.name})`],
          organization: [t],
          country: [target.country],
          proof: r.evidence.map((ev) => ftmId.article(ev.articleId)),
        }),
      });
      link({ ...common, status: [r.status], holder: [s], post: [post] });
      break;
    }
    case 'Directorship':
      link({ ...interest, director: [s], organization: [t] });
      break;
    case 'Employment':
      link({ ...interest, employee: [s], employer: [t] });
      break;
    case 'Membership':
      link({ ...interest, member: [s], organization: [t] });
      break;
    case 'ProjectParticipant':
      link({ ...interest, participant: [s], project: [t] });
      break;
    case 'Payment': {
      const [payer, beneficiary] = r.type === 'RECEIVED_INVESTMENT' ? [t, s] : [s, t];
      link({
        ...common,
        payer: [payer],
        beneficiary: [beneficiary],
        amount: [amount],
        currency: [currency],
        purpose: [`${words} (${r.status})`],
      });
      break;
    }
    default:
      link({ ...interest, role: [r.role ? `${words}: ${r.role}` : words], subject: [s], object: [t] });
  }
  for (const ev of r.evidence) {
    for (const [end, id] of [
      ['source', s],
      ['target', t],
    ] as const) {
      if (end === 'target' && r.targetId === r.sourceId) continue;
      out.push({
        id: ftmId.documentation(ev.id, end),
        schema: 'Documentation',
        properties: props({ document: [ftmId.article(ev.articleId)], entity: [id], role: [words], summary: [ev.quote], recordId: [r.id] }),
      });
    }
  }
  return out;
}

/** Writes the records as FtM lines; a Position shared by several occupancies is written once. */
async function* writeFtm(items: AsyncIterable<ExportItem>): AsyncIterable<string> {
  const ends = new Map<string, End>();
  const positions = new Set<string>();
  const line = (e: FtmEntity) => `${JSON.stringify(e)}\n`;
  for await (const item of items) {
    switch (item.kind) {
      case 'entity': {
        const entity = ftmEntity(item.entity);
        ends.set(item.entity.id, {
          type: item.entity.type,
          schema: entity.schema,
          name: item.entity.name,
          country: entity.properties.country?.[0] ?? null,
        });
        yield line(entity);
        break;
      }
      case 'article':
        yield line(ftmArticle(item.article));
        break;
      case 'relationship': {
        const r = item.relationship;
        const unknown = (id: string): End => ({ type: 'UNKNOWN', schema: 'LegalEntity', name: id, country: null });
        const lines = ftmRelationship(r, ends.get(r.sourceId) ?? unknown(r.sourceId), ends.get(r.targetId) ?? unknown(r.targetId))
          .filter((e) => e.schema !== 'Position' || !positions.has(e.id))
          .map((e) => {
            if (e.schema === 'Position') positions.add(e.id);
            return line(e);
          });
        yield lines.join('');
        break;
      }
      default: {
        const unreachable: never = item;
        throw new Error(`unknown record ${JSON.stringify(unreachable)}`);
      }
    }
  }
}

/** FollowTheMoney entity stream (`application/x-ndjson`, one JSON entity a line, extension `ftm.json`). */
export const ftmFormat: StreamFormat = {
  contentType: 'application/x-ndjson; charset=utf-8',
  extension: 'ftm.json',
  write: (items) => writeFtm(items),
};
