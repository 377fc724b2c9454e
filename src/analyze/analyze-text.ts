/**
 * Read-only help for curators: what a text says about the graph's entities, before anything is
 * ingested. Pure: it reads only its arguments and writes nothing.
 */
import './regexp-tiering.js';
import { foldForMatch } from '../domain/text.js';
import { capitalsAsStates } from './capitals.js';
import { findCandidates } from './find-candidates.js';
import { findMentions } from './find-mentions.js';
import { parse } from './nlp.js';
import { descriptionEndpoints } from './coreference.js';
import { titledPersonEndpoints } from './titled-people.js';
import { pronounEndpoints } from './pronouns.js';
import { proposeRelationships } from './propose-relationships.js';
import { measuresAsWords } from './proposal.js';
import { DEMONYMS } from '../domain/demonyms.js';
import { draft } from './draft.js';
import type { ArticleMeta, CatalogEntity, Endpoint, TextAnalysis } from './types.js';

export type { ArticleMeta, CandidateEntity, CandidateRelationship, CatalogEntity, Mention, TextAnalysis } from './types.js';
export { slugify } from './find-candidates.js';

/**
 * Analyses a text against a catalog of known entities:
 * - `mentions`: every occurrence of a known entity's name or alias in any language, with UTF-16
 *   offsets into `text` (case-, accent- and width-insensitive; whole words in spaced scripts, so a
 *   demonym such as "Peruvian" is not a mention of Peru; substrings in CJK; the longest match wins
 *   where matches overlap; a person is also found by the surname of their name when no other
 *   entity has it);
 * - `candidateEntities`: people, organisations and places the catalog does not know, with a
 *   suggested type and slug id (none overlaps a mention);
 * - `candidateRelationships`: for each sentence naming two entities (known or candidate) and a
 *   relation trigger, a relation of the vocabulary from the nearest entity before the trigger to
 *   the nearest after it whose types fit it, with the sentence verbatim as its quote; titles
 *   ("Peruvian President X") give LEADS, HOLDS_OFFICE_IN and AFFILIATED_WITH.
 * Every list is in text order.
 */
export function analyzeText({
  text,
  catalog,
  article = {},
}: {
  text: string;
  catalog: readonly CatalogEntity[];
  article?: ArticleMeta;
}): TextAnalysis {
  const { parsed, mentions, candidateEntities, endpoints, typeOf, countryOfDemonym, legislature } = analysisEndpoints({
    text,
    catalog,
    article,
  });
  const candidateRelationships = proposeRelationships({
    text,
    sentences: parsed.sentences,
    endpoints,
    countryOf: countryOfDemonym,
    publishedAt: article.publishedAt ?? undefined,
    legislature,
  });
  const knownIds = new Set(typeOf.keys());
  const ingestDraft = draft({ text, article, candidateEntities, candidateRelationships, knownIds });
  return { mentions, candidateEntities, candidateRelationships, draft: ingestDraft };
}

/**
 * What relations are read between: the text's sentences, its known-entity mentions, its candidate
 * entities, and every endpoint (names, the descriptions and pronouns that stand for them), in text
 * order. `analyzeText` proposes relationships over these; bench/pair-model reads them too.
 */
export function analysisEndpoints({
  text,
  catalog,
  article = {},
}: {
  text: string;
  catalog: readonly CatalogEntity[];
  article?: ArticleMeta;
}) {
  const { typeOf, countryByName, countryOfDemonym, legislature } = viewsOf(catalog);
  const parsed = parse(text);
  const found = findCandidates({
    text,
    parsed,
    mentions: findMentions({ text, catalog }),
    typeOf: (id) => typeOf.get(id),
  });
  const { mentions, candidates: candidateEntities } = capitalsAsStates({
    text,
    sentences: parsed.sentences,
    ...found,
    countryId: countryByName,
  });
  const named: Endpoint[] = [
    ...mentions.map((m): Endpoint => ({
      kind: 'known',
      id: m.entityId,
      type: typeOf.get(m.entityId) ?? 'TOPIC',
      start: m.start,
      end: m.end,
    })),
    ...candidateEntities.map((c): Endpoint => ({ kind: 'candidate', id: c.id, type: c.type, start: c.start, end: c.end })),
  ].sort((a, b) => a.start - b.start);
  // "the port", "la empresa": another endpoint of the one entity they can name.
  // "the minister", "el embajador chino": the person the text gave that office.
  const described = [
    ...named,
    // "The 262-kilometre line": a measure reads as a modifier word (same length, so every offset stays).
    ...descriptionEndpoints({ text: measuresAsWords(text), sentences: parsed.sentences, endpoints: named }),
    ...titledPersonEndpoints({ text, sentences: parsed.sentences, endpoints: named }),
  ].sort((a, b) => a.start - b.start);
  // "she", "its chairman", "Agregó que …": the entity a pronoun or a dropped subject stands for.
  const endpoints = [
    ...described,
    ...pronounEndpoints({ text, sentences: parsed.sentences, endpoints: described, language: article.language }),
  ].sort((a, b) => a.start - b.start);
  return { parsed, mentions, candidateEntities, endpoints, typeOf, countryOfDemonym, legislature };
}

/** What an analysis looks up in a catalog: each entity's type and its countries by name and by demonym. */
interface CatalogViews {
  typeOf: Map<string, string>;
  countryByName: (name: string) => string | undefined;
  countryOfDemonym: (demonym: string) => string | undefined;
  /** The catalog's Congress of Peru, if it has one. */
  legislature: string | undefined;
}

/** The catalog's views, built once per catalog array (the API passes one array per content version). */
const VIEWS = new WeakMap<readonly CatalogEntity[], CatalogViews>();
function viewsOf(catalog: readonly CatalogEntity[]): CatalogViews {
  let views = VIEWS.get(catalog);
  if (!views) {
    const byKey = countriesByKey(catalog);
    views = {
      typeOf: new Map(catalog.map((e) => [e.id, e.type])),
      countryByName: countryByName(byKey),
      countryOfDemonym: countryResolver(byKey),
      legislature: catalog.find((e) => e.type === 'GOVERNMENT' && [e.name, ...e.aliases].some((n) => LEGISLATURE.test(foldForMatch(n))))
        ?.id,
    };
    VIEWS.set(catalog, views);
  }
  return views;
}

/** Names of Peru's Congress, folded. */
const LEGISLATURE = /^(?:congress of (?:peru|the republic)|congreso (?:de la republica|del peru))$/u;

/** The catalog's countries by folded name and alias. */
function countriesByKey(catalog: readonly CatalogEntity[]): Map<string, Set<string>> {
  const byKey = new Map<string, Set<string>>();
  for (const e of catalog) {
    if (e.type !== 'COUNTRY') continue;
    for (const n of [e.name, ...e.aliases]) {
      const k = foldForMatch(n);
      byKey.set(k, (byKey.get(k) ?? new Set()).add(e.id));
    }
  }
  return byKey;
}

/** Resolves a country name to the catalog's country of that name or alias, when exactly one has it. */
function countryByName(byKey: ReadonlyMap<string, ReadonlySet<string>>): (name: string) => string | undefined {
  return (name) => {
    const ids = byKey.get(foldForMatch(name));
    return ids?.size === 1 ? [...ids][0] : undefined;
  };
}

/** Resolves a demonym to the catalog's country of that name, when exactly one has it. */
function countryResolver(byKey: ReadonlyMap<string, ReadonlySet<string>>): (demonym: string) => string | undefined {
  return (demonym) => {
    const names = DEMONYMS.find(([re]) => re.test(demonym))?.[1] ?? [];
    const ids = new Set(names.flatMap((n) => [...(byKey.get(n) ?? [])]));
    return ids.size === 1 ? [...ids][0] : undefined;
  };
}
