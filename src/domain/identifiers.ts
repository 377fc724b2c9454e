/**
 * External identifiers of entities: ids that other datasets give the same actor (Wikidata, the
 * registries of Peru and China, GLEIF, OpenSanctions, ISO 3166). The list of schemes is closed;
 * each scheme has its own form, checked with its check digit where it has one, so that a mistyped
 * number is refused instead of linking the entity to someone else.
 *
 * An entity holds at most one value per scheme, and a scheme and value belong to at most one
 * entity. The graph stores them on the entity as `scheme:value` strings (`identifierKey`).
 */
import isoCountries from 'i18n-iso-countries';

/** The schemes, in the order the SDL's `IdentifierScheme` lists them. */
export const IDENTIFIER_SCHEMES = ['WIKIDATA', 'PE_RUC', 'CN_USCC', 'LEI', 'OPENSANCTIONS', 'ISO3166'] as const;
export type IdentifierScheme = (typeof IDENTIFIER_SCHEMES)[number];

/** An identifier as the API serves it. */
export interface IdentifierModel {
  scheme: IdentifierScheme;
  value: string;
  /** Where a person can look the value up, or null when the scheme has no stable public page. */
  url: string | null;
}

interface SchemeRule {
  /** What the value looks like, for messages. */
  readonly form: string;
  /** The value in its one written form (case, spaces), before it is checked. */
  readonly normalize: (raw: string) => string;
  /** Why the normalized value is not one of the scheme's, or undefined when it is. */
  readonly problem: (value: string) => string | undefined;
  readonly url: (value: string) => string | null;
}

const upper = (raw: string): string => raw.trim().toUpperCase();

/** Peru's RUC (SUNAT): 11 digits, a type prefix, and a modulo-11 check digit over the first ten with weights 5,4,3,2,7,6,5,4,3,2. */
function rucProblem(v: string): string | undefined {
  if (!/^(?:10|15|16|17|20)\d{9}$/.test(v)) return 'must be 11 digits starting with 10, 15, 16, 17 or 20';
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(v[i]), 0);
  const check = (11 - (sum % 11)) % 10;
  return check === Number(v[10]) ? undefined : 'has a wrong check digit (the last digit)';
}

/** The 31 characters of China's unified social credit code (GB 32100-2015): no I, O, S, V or Z. */
const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** China's USCC: 18 characters of USCC_CHARS, the last a modulo-31 check character. */
function usccProblem(v: string): string | undefined {
  if (!/^[0-9A-HJ-NP-RTUWXY]{18}$/.test(v)) return 'must be 18 characters of 0-9 and the capitals other than I, O, S, V and Z';
  const sum = USCC_WEIGHTS.reduce((s, w, i) => s + w * USCC_CHARS.indexOf(v[i]!), 0);
  const check = USCC_CHARS[(31 - (sum % 31)) % 31];
  return check === v[17] ? undefined : 'has a wrong check character (the last one)';
}

/** The LEI (ISO 17442): 18 letters or digits and two check digits, the whole ≡ 1 modulo 97 (ISO 7064 MOD 97-10). */
function leiProblem(v: string): string | undefined {
  if (!/^[0-9A-Z]{18}[0-9]{2}$/.test(v)) return 'must be 20 characters: 18 capitals or digits, then 2 check digits';
  let rest = 0;
  for (const c of v) {
    const digits = /\d/.test(c) ? c : String(c.charCodeAt(0) - 55);
    for (const d of digits) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1 ? undefined : 'has wrong check digits (the last two)';
}

const RULES: Record<IdentifierScheme, SchemeRule> = {
  WIKIDATA: {
    form: 'a Wikidata item id such as "Q42"',
    normalize: upper,
    problem: (v) => (/^Q[1-9]\d{0,11}$/.test(v) ? undefined : 'must be "Q" and a number, such as "Q42"'),
    url: (v) => `https://www.wikidata.org/wiki/${v}`,
  },
  PE_RUC: {
    form: "Peru's 11-digit taxpayer number (RUC)",
    normalize: (raw) => raw.replace(/[\s-]/g, ''),
    problem: rucProblem,
    url: () => null,
  },
  CN_USCC: {
    form: "China's 18-character unified social credit code",
    normalize: (raw) => upper(raw).replace(/\s/g, ''),
    problem: usccProblem,
    url: () => null,
  },
  LEI: {
    form: 'a 20-character Legal Entity Identifier',
    normalize: (raw) => upper(raw).replace(/\s/g, ''),
    problem: leiProblem,
    url: (v) => `https://search.gleif.org/#/record/${v}`,
  },
  OPENSANCTIONS: {
    form: 'an OpenSanctions entity id such as "NK-…" or "Q…"',
    normalize: (raw) => raw.trim(),
    problem: (v) => (/^[A-Za-z0-9][A-Za-z0-9._-]{0,199}$/.test(v) ? undefined : 'must be letters, digits, ".", "_" and "-" (at most 200)'),
    url: (v) => `https://www.opensanctions.org/entities/${encodeURIComponent(v)}/`,
  },
  ISO3166: {
    form: 'an ISO 3166-1 alpha-2 country code such as "PE"',
    normalize: upper,
    problem: (v) => (/^[A-Z]{2}$/.test(v) && isoCountries.isValid(v) ? undefined : 'must be an assigned ISO 3166-1 alpha-2 country code'),
    url: (v) => `https://www.iso.org/obp/ui/#iso:code:3166:${v}`,
  },
};

/** Whether `s` is one of the schemes. */
export function isIdentifierScheme(s: unknown): s is IdentifierScheme {
  return typeof s === 'string' && (IDENTIFIER_SCHEMES as readonly string[]).includes(s);
}

/** The value in its one written form for the scheme (trimmed; upper case where the scheme has no lower case). */
export function normalizeIdentifierValue(scheme: IdentifierScheme, raw: string): string {
  return RULES[scheme].normalize(raw);
}

/** Why `value` (normalized) is not a value of `scheme`, naming the scheme, or undefined when it is. */
export function identifierProblem(scheme: IdentifierScheme, value: string): string | undefined {
  const problem = RULES[scheme].problem(value);
  return problem ? `${scheme} ${JSON.stringify(value)} ${problem} (${RULES[scheme].form})` : undefined;
}

/** The identifier with its look-up address. */
export function identifierModel(scheme: IdentifierScheme, value: string): IdentifierModel {
  return { scheme, value, url: RULES[scheme].url(value) };
}

/** How the graph stores an identifier on its entity, and the key it is unique under: `scheme:value`. */
export function identifierKey({ scheme, value }: { scheme: IdentifierScheme; value: string }): string {
  return `${scheme}:${value}`;
}

/** The identifier an `identifierKey` stands for; throws on a key of no scheme (the graph holds only keys it wrote). */
export function parseIdentifierKey(key: string): IdentifierModel {
  const at = key.indexOf(':');
  const scheme = key.slice(0, at);
  if (at < 1 || !isIdentifierScheme(scheme)) throw new Error(`not an identifier key: ${JSON.stringify(key)}`);
  return identifierModel(scheme, key.slice(at + 1));
}

/** The entity's identifiers from its stored keys (absent: none), in scheme order. */
export function identifiersOfKeys(keys: readonly string[] | null | undefined): IdentifierModel[] {
  return (keys ?? [])
    .map(parseIdentifierKey)
    .sort((a, b) => IDENTIFIER_SCHEMES.indexOf(a.scheme) - IDENTIFIER_SCHEMES.indexOf(b.scheme) || a.value.localeCompare(b.value));
}

/** The scheme-ordered list of identifier keys, each once: the order an entity stores and a snapshot writes them in. */
export function sortedIdentifierKeys(keys: readonly string[]): string[] {
  return [...new Set(identifiersOfKeys(keys).map(identifierKey))];
}

/** The IRI of a Wikidata item, as RDF and JSON-LD `sameAs` name it (not the page `url` gives). */
export function wikidataEntityIri(qid: string): string {
  return `http://www.wikidata.org/entity/${qid}`;
}
