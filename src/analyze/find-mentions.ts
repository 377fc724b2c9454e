/**
 * Finds every occurrence of a known entity's name or alias in a text: case-, accent- and
 * width-insensitive, on word boundaries in spaced scripts, as plain substrings in CJK.
 */
import { foldForMatch } from '../domain/text.js';
import { CHINESE_SURNAMES } from './gazetteer.js';
import { foldText, isUnspaced } from './folded-text.js';
import type { CatalogEntity, Mention } from './types.js';

/** How a key was derived: the entity's name, an alias, or a person's surname taken from the name. */
const NAME = 0;
const ALIAS = 1;
const SURNAME = 2;

/** Countries whose names are also common words ("china" is Spanish for Chinese, "chile" a pepper). */
const COMMON_WORDS = /^(china|chile|turkey|jordan|chad|guinea|georgia|niger|japon)$/;

interface Key {
  readonly key: string;
  readonly entityId: string;
  readonly matched: string;
  readonly rank: number;
  /** A short all-capitals alias ("BRI", "U.S.") matches only in capitals, so "US" is not "us". */
  readonly capitalsOnly: boolean;
  /** A surname must start with a capital letter, so a surname that is also a word ("Rose") is not that word. */
  readonly capitalised: boolean;
  /** A short form no capitalised word may follow: "Belt and Road", not in "the Belt and Road Forum". */
  readonly ends?: boolean;
}

const firstChar = (s: string, at = 0): string => String.fromCodePoint(s.codePointAt(at) ?? 0);
/** The code point that ends just before `at` (a whole surrogate pair, not half of one). */
const charBefore = (s: string, at: number): string => {
  if (at <= 0) return ' ';
  const low = s.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff ? s.slice(at - 2, at) : s.slice(at - 1, at);
};

/** The first token of a folded string from `at`: one CJK character, or a run of spaced-script characters. */
function tokenAt(s: string, at: number): string {
  const c = firstChar(s, at);
  if (isUnspaced(c)) return c;
  let e = at;
  while (e < s.length && s[e] !== ' ' && !isUnspaced(firstChar(s, e))) e += firstChar(s, e).length;
  return s.slice(at, e);
}

const isShortCapitals = (alias: string): boolean => {
  const n = alias.normalize('NFKC');
  const letters = n.replace(/[^\p{L}]/gu, '');
  return letters.length > 0 && letters.length <= 4 && !/\p{Ll}/u.test(n) && /\p{Lu}/u.test(n);
};

/** Every matching key of the catalog, names before aliases before surnames. */
function catalogKeys(catalog: readonly CatalogEntity[]): Key[] {
  const keys: Key[] = [];
  const exact = new Set<string>();
  for (const e of catalog) {
    for (const [i, matched] of [e.name, ...e.aliases].entries()) {
      const key = foldForMatch(matched);
      if (!key) continue;
      exact.add(key);
      // A country whose name is also a word only capitalised: Spanish "la flota china" is Chinese, not China.
      const capitalised = e.type === 'COUNTRY' && COMMON_WORDS.test(key);
      keys.push({ key, entityId: e.id, matched, rank: i === 0 ? NAME : ALIAS, capitalsOnly: isShortCapitals(matched), capitalised });
      // "APEC summit" is "la cumbre de APEC" in Spanish news.
      const summit = /^(.+?)\s+summit$/iu.exec(matched)?.[1];
      for (const spanish of summit ? [`cumbre de ${summit}`, `cumbre del ${summit}`, `cumbre ${summit}`] : []) {
        keys.push({ key: foldForMatch(spanish), entityId: e.id, matched, rank: ALIAS, capitalsOnly: false, capitalised: false });
      }
      // "la República Popular China": the Spanish form of "People's Republic of China".
      const republic = /^people['’]s republic of (.+)$/iu.exec(matched)?.[1];
      for (const spanish of republic ? [`República Popular ${republic}`, `República Popular de ${republic}`] : []) {
        keys.push({ key: foldForMatch(spanish), entityId: e.id, matched, rank: ALIAS, capitalsOnly: false, capitalised: true });
      }
      // "the Belt and Road", "la Iniciativa de la Franja y la Ruta": an initiative named without its kind word, or
      // with the Spanish one before its Spanish name.
      for (const form of e.type === 'INITIATIVE' ? initiativeForms(matched) : []) {
        keys.push({ key: foldForMatch(form), entityId: e.id, matched, rank: ALIAS, capitalsOnly: false, capitalised: true, ends: true });
      }
    }
  }
  // "Boluarte" for "Dina Boluarte", "Xi" for "Xi Jinping": news name a person by surname after the
  // first mention (the first word of a Chinese name, else the last). Only when exactly one person
  // has that surname and no entity has it as a name or alias.
  const surnames = new Map<string, Key[]>();
  for (const e of catalog) {
    if (e.type !== 'PERSON') continue;
    const words = e.name.trim().split(/\s+/);
    const chinese = words.length === 2 && CHINESE_SURNAMES.test(foldForMatch(words[0]!));
    const surname = (chinese ? words[0] : words[words.length - 1]) ?? '';
    const key = foldForMatch(surname);
    if (words.length < 2 || key.length < (chinese ? 2 : 3) || key.includes(' ') || isUnspaced(firstChar(key)) || exact.has(key)) continue;
    const list = surnames.get(key) ?? [];
    list.push({ key, entityId: e.id, matched: surname, rank: SURNAME, capitalsOnly: false, capitalised: true });
    surnames.set(key, list);
  }
  for (const list of surnames.values()) if (list.length === 1) keys.push(list[0]!);
  // Short names news use for the one entity of a kind: "the Congress", "el Congreso" for the only
  // congress; "the FTA", "el TLC", "el Tratado de Libre Comercio" for the only free trade agreement.
  const short = new Map<string, Key[]>();
  for (const e of catalog) {
    for (const [re, forms] of SHORT_NAMES) {
      if (![e.name, ...e.aliases].some((n) => re.test(foldForMatch(n)))) continue;
      for (const form of forms) {
        const key = foldForMatch(form);
        if (exact.has(key)) continue;
        const list = short.get(key) ?? [];
        if (!list.some((k) => k.entityId === e.id))
          list.push({ key, entityId: e.id, matched: form, rank: SURNAME, capitalsOnly: isShortCapitals(form), capitalised: true });
        short.set(key, list);
      }
    }
  }
  for (const list of short.values()) if (list.length === 1) keys.push(list[0]!);
  return keys;
}

/**
 * Other forms of an initiative's name: "Belt and Road" for "Belt and Road Initiative", "Iniciativa de la
 * Franja y la Ruta" for "la Franja y la Ruta".
 */
function initiativeForms(name: string): string[] {
  const english = /^(.+?)\s+initiative$/iu.exec(name)?.[1];
  if (english) return english.includes(' ') ? [english] : [];
  const spanish = /^(la|el)\s+(.+)$/iu.exec(name);
  return spanish ? [`Iniciativa de ${name}`, `Iniciativa ${spanish[2]}`, spanish[2]!] : [];
}

/** Kinds of entity and the short names news give the only one of its kind, in English and Spanish. */
const SHORT_NAMES: readonly [RegExp, readonly string[]][] = [
  [/(?:^| )(?:congress|congreso)(?: |$)/u, ['Congress', 'Congreso']],
  [/free trade agreement|tratado de libre comercio/u, ['FTA', 'TLC', 'Tratado de Libre Comercio', 'Free Trade Agreement']],
];

interface Hit {
  start: number;
  end: number;
  length: number;
  key: Key;
}

/**
 * Mentions of catalog entities in `text`, in text order. Where matches overlap the longest wins
 * ("China Daily" over "China"); a surface form several entities share gives one mention each.
 * Latin-script names match whole words only, so "Peru" is not found in "Peruvian" (a demonym is
 * not a mention of the country); CJK names match anywhere ("秘鲁" in "秘鲁政府").
 */
export function findMentions({ text, catalog }: { text: string; catalog: readonly CatalogEntity[] }): Mention[] {
  const buckets = indexOf(catalog);
  const { folded, start, end } = foldText(text);
  const hits: Hit[] = [];
  for (let p = 0; p < folded.length; p += firstChar(folded, p).length) {
    const c = firstChar(folded, p);
    if (c === ' ') continue;
    const prev = charBefore(folded, p);
    if (!isUnspaced(c) && prev !== ' ' && !isUnspaced(prev)) continue; // inside a word
    for (const k of buckets.get(tokenAt(folded, p)) ?? []) {
      if (!folded.startsWith(k.key, p)) continue;
      const e = p + k.key.length;
      const lastOfKey = charBefore(k.key, k.key.length);
      const next = e < folded.length ? firstChar(folded, e) : ' ';
      if (!isUnspaced(lastOfKey) && next !== ' ' && !isUnspaced(next)) continue;
      const s0 = start[p]!;
      let e0 = end[e - 1]!;
      // "U.S." ends with a full stop that folding drops: take it along when the text has it.
      const tail = /[^\p{L}\p{N}]+$/u.exec(k.matched)?.[0] ?? '';
      if (tail && text.slice(e0, e0 + tail.length).normalize('NFKC') === tail.normalize('NFKC')) e0 += tail.length;
      const surface = text.slice(s0, e0).normalize('NFKC');
      // "Xi’an", "O’Brien": an apostrophe and letters after a match carry the word on (a possessive "’s" does not).
      if (/^['’](?!s(?!\p{L}))\p{L}/u.test(text.slice(e0, e0 + 3))) continue;
      // "US$ 3.590 millones": a dollar sign after a name makes it a currency's, not the country.
      if (/^\s?\$/u.test(text.slice(e0, e0 + 2))) continue;
      if (k.capitalsOnly && /\p{Ll}/u.test(surface)) continue;
      if (k.capitalised && !/^\p{Lu}/u.test(surface)) continue;
      if (k.ends && /^\s+\p{Lu}/u.test(text.slice(e0, e0 + 3))) continue;
      hits.push({ start: s0, end: e0, length: k.key.length, key: k });
    }
  }
  return withCountryPairs(text, selectLongest({ text, hits }), catalog);
}

/** After an agreement's name, the two countries it is between: " Perú-China", " entre el Perú y China", " China and Peru". */
const COUNTRY_PAIR = /^\s+(?:(?:entre|between)\s+(?:el\s+|la\s+)?)?\S+?(?:\s*[-–]\s*|\s+(?:y|and)\s+(?:el\s+|la\s+)?)\S+?(?=[\s,.;:)]|$)/u;

/** Each catalog's entity types by id, built once per catalog array (as its index is). */
const TYPES = new WeakMap<readonly CatalogEntity[], Map<string, string>>();

/**
 * "Tratado de Libre Comercio Perú-China", "Tratado de Libre Comercio entre el Perú y China": a known
 * agreement's name goes on through the two countries it is between, which are then no mentions of their
 * own (the longest name is the entity).
 */
function withCountryPairs(text: string, mentions: Mention[], catalog: readonly CatalogEntity[]): Mention[] {
  let types = TYPES.get(catalog);
  if (!types) TYPES.set(catalog, (types = new Map(catalog.map((e) => [e.id, e.type]))));
  const typeOf = (id: string) => types.get(id);
  const dropped = new Set<Mention>();
  const twoCountries = (start: number, end: number): Mention[] | undefined => {
    const inside = mentions.filter((x) => x.start >= start && x.end <= end && !dropped.has(x));
    return inside.length === 2 && inside.every((x) => typeOf(x.entityId) === 'COUNTRY') ? inside : undefined;
  };
  for (const m of mentions) {
    if (dropped.has(m)) continue;
    if (typeOf(m.entityId) === 'COMPANY') {
      // "MMG Ltd", "Huawei Technologies Co., Ltd.": a legal form after a known company's name is part of it.
      m.end += LEGAL_FORM.exec(text.slice(m.end, m.end + 30))?.[0].length ?? 0;
    }
    if (typeOf(m.entityId) !== 'AGREEMENT') continue;
    // "the China–Peru FTA": the two countries before the agreement's short name.
    const head = COUNTRY_PAIR_BEFORE.exec(text.slice(Math.max(0, m.start - 40), m.start));
    const before = head && twoCountries(m.start - head[0].length, m.start);
    if (before && before[0]!.start === m.start - head[0].length) {
      for (const x of before) dropped.add(x);
      m.start = before[0]!.start;
    }
    const pair = COUNTRY_PAIR.exec(text.slice(m.end, m.end + 60));
    const after = pair && twoCountries(m.end, m.end + pair[0].length);
    if (after && after[1]!.end === m.end + pair[0].length) {
      for (const x of after) dropped.add(x);
      m.end = after[1]!.end;
    }
  }
  for (const m of mentions) m.text = text.slice(m.start, m.end);
  return mentions.filter((m) => !dropped.has(m));
}

/** Before an agreement's short name, the two countries it is between: "China–Peru ", "Perú-China ". */
const COUNTRY_PAIR_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}\p{L}+\s*[-–]\s*\p{Lu}\p{L}+\s+$/u;
/** Legal forms after a company's name: " Ltd", " Co., Ltd.", ", Inc.", " S.A.A.". */
const LEGAL_FORM = /^(?:,?\s+(?:Co\.|Co(?=,)|Ltd\.?|Limited|Inc\.?|Corp\.|S\.A\.(?:A\.|C\.)?|SAA|SAC|PLC|plc|LLC)(?![\p{L}\p{N}]))+/u;

/**
 * The catalog's keys by their first token. Built once per catalog array: the service reads its
 * catalog once per data version and passes the same array to every analysis, and indexing 10,000
 * entities costs tens of milliseconds.
 */
const INDEXES = new WeakMap<readonly CatalogEntity[], Map<string, Key[]>>();
function indexOf(catalog: readonly CatalogEntity[]): Map<string, Key[]> {
  let buckets = INDEXES.get(catalog);
  if (buckets) return buckets;
  buckets = new Map<string, Key[]>();
  for (const k of catalogKeys(catalog)) {
    const t = tokenAt(k.key, 0);
    const bucket = buckets.get(t);
    if (bucket) bucket.push(k);
    else buckets.set(t, [k]);
  }
  INDEXES.set(catalog, buckets);
  return buckets;
}

const asWritten = (matched: string, surface: string): boolean =>
  matched.normalize('NFKC').toLowerCase() === surface.normalize('NFKC').toLowerCase();

/** Keeps the longest non-overlapping hits; equal spans keep every entity of the best rank. */
function selectLongest({ text, hits }: { text: string; hits: Hit[] }): Mention[] {
  // "the port of Chancay": an English name written in lower case but for a shorter name of the same entity inside it is
  // that shorter name ("Chancay"), with the common noun outside (Spanish news writes "el puerto de Chancay" as one name).
  const lowered = (h: Hit) =>
    /^(?:port|city|province|region) of\s/u.test(text.slice(h.start, h.end)) &&
    /^\p{Lu}/u.test(h.key.matched) &&
    hits.some((o) => o !== h && o.key.entityId === h.key.entityId && o.start > h.start && o.end <= h.end);
  const order = hits
    .filter((h) => !lowered(h))
    .sort((a, b) => b.length - a.length || b.end - b.start - (a.end - a.start) || a.start - b.start || a.key.rank - b.key.rank);
  const taken: { start: number; end: number; rank: number; ids: Set<string> }[] = [];
  const out: Mention[] = [];
  for (const h of order) {
    const same = taken.find((t) => t.start === h.start && t.end === h.end);
    if (same) {
      if (same.ids.has(h.key.entityId)) {
        // "Perú" matched both "Peru" and "Perú": report the one written as in the text.
        const earlier = out.find((m) => m.start === h.start && m.end === h.end && m.entityId === h.key.entityId)!;
        if (!asWritten(earlier.matched, earlier.text) && asWritten(h.key.matched, earlier.text)) earlier.matched = h.key.matched;
        continue;
      }
      if (same.rank !== h.key.rank) continue;
    } else if (taken.some((t) => t.start < h.end && h.start < t.end)) continue;
    else taken.push({ start: h.start, end: h.end, rank: h.key.rank, ids: new Set() });
    const slot = same ?? taken[taken.length - 1]!;
    slot.ids.add(h.key.entityId);
    out.push({ entityId: h.key.entityId, matched: h.key.matched, start: h.start, end: h.end, text: text.slice(h.start, h.end) });
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end || a.entityId.localeCompare(b.entityId));
}
