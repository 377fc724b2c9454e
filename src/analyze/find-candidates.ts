/**
 * Candidate new entities: people, organisations and places that the catalog does not know.
 * Proper names are runs of capitalised words (with connectors such as "of" inside them), split at
 * punctuation and at coordinations ("X and Y" are two), and the NLP library's people,
 * organisations and places. A type comes from clues (a head word such as "Ministry", a word such as
 * "the regulator X" or "X copper mine") or, for a name with no clue, from the sentence it is in.
 * The longest proper name wins: a known name inside a longer one ("China" in "China Three Gorges")
 * is no mention, and the longer name is the candidate. An acronym in brackets after a name, and a
 * later short form of a name, are the same candidate under another surface.
 */
import { foldForMatch, wordsPattern } from '../domain/text.js';
import { HEAD_WORDS, NAME_TAGS, TITLES, clue, isCapitalised, word } from './candidate-clues.js';
import { candidateType, contextType, describedAfter, headType } from './candidate-type.js';
import { CHINESE_SURNAMES, gazetteerType } from './gazetteer.js';
import {
  OPENERS,
  POSSESSIVE,
  beforeListedName,
  capitalisedRuns,
  splitAtOfPlace,
  cutAtTitle,
  splitAtBreaks,
  splitAtParentBody,
  trim,
} from './name-spans.js';
import type { NamedSpan, Parsed, Term } from './nlp.js';
import type { CandidateEntity, Mention } from './types.js';

/** Right after a name, its seat: ", con sede en", ", based in", ", headquartered in". */
const SEATED_AFTER = /^\s*,\s*(?:con sede(?: central)? en|based in|headquartered in|with headquarters in)\s/iu;
/** A currency's sign or symbol ("US$", "HK$", "S/", "€"). */
const CURRENCY = /[$€¥£]|^S\/?$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
/** Before a minister's portfolio, which is no actor: "la ministra de Comercio Exterior y Turismo". */
const PORTFOLIO = new RegExp(
  '(?<!\\p{L})(?:[Mm]inistr[oa]|[Ss]ecretari[oa]|[Vv]iceministr[oa]|(?:[Vv]ice-)?[Mm]inister|[Ss]ecretary)' +
    // "el viceministro chino de Seguridad Pública".
    '(?:\\s+(?:chin[oa]|peruan[oa]))?\\s+(?:de|del|of|for)\\s+(?:la\\s+|el\\s+|the\\s+)?' +
    '((?:\\p{Lu}\\p{L}*(?:\\s+(?:y|and|e)\\s+|\\s+)?)+)' +
    // "Transport minister Rafael Ordóñez", "Energy and Mines Minister Jorge Montero": an English portfolio before the title.
    "|(?<![\\p{L}’'])((?:\\p{Lu}\\p{Ll}+\\s+(?:and\\s+)?){1,3})(?=(?:[Vv]ice[- ]|[Dd]eputy\\s+)?[Mm]inister(?!\\p{L}))",
  'gu',
);
/** Capitalised words that name no one alone ("la visita de Estado", "the State"). */
const NO_NAME_ALONE = /^(estado|state|ejecutivo|executive|nacion|nation|republica|republic|gobierno|government)$/;
/** Entity types of a body whose name may follow "of" at the end of another body's name. */
const BODIES = new Set(['GOVERNMENT', 'ORGANIZATION', 'COMPANY', 'GROUP', 'MEDIA']);

/** Makes a slug id from a surface text: "Rómulo Mucho" → "romulo-mucho" (CJK kept). */
export function slugify(text: string): string {
  return foldForMatch(text).replace(/ /g, '-');
}

/** What `findCandidates` gives: the candidates, and the mentions left once longer names have won. */
export interface CandidatesFound {
  candidates: CandidateEntity[];
  mentions: Mention[];
}

interface Span {
  first: number;
  last: number;
  named?: NamedSpan['kind'];
  /** A run of capitalised words: only such a run may win over a known name inside it. */
  run?: boolean;
}

/**
 * Candidate new entities in a parsed text, in text order, none overlapping another or a kept
 * mention; a mention inside a longer proper name that has a capitalised word of its own is dropped.
 */
export function findCandidates({
  text,
  parsed,
  mentions,
  typeOf = () => undefined,
}: {
  text: string;
  parsed: Parsed;
  mentions: readonly Mention[];
  /**
   * A known entity's type: a person's name inside a longer run is never part of another name
   * ("Estado de Xi"), and a body's name after "of" ends the name before it ("Comisión de Energía
   * y Minas del Congreso de la República" is the commission of the known Congress).
   */
  typeOf?: (entityId: string) => string | undefined;
}): CandidatesFound {
  const { terms } = parsed;
  const spans: Span[] = [];
  for (const n of parsed.named) for (const part of splitAtBreaks(terms, n.first, n.last)) spans.push({ ...part, named: n.kind });
  for (const run of capitalisedRuns(terms)) spans.push({ ...run, run: true });

  // A sentence's first word is capitalised whatever it is: alone, it is a name only if the text
  // also capitalises it elsewhere ("Odebrecht sold …" after "… from Odebrecht").
  // A minister's portfolio, coordinated fields included, is no actor: "la ministra de Comercio Exterior y Turismo".
  const portfolios = [...text.matchAll(PORTFOLIO)].map((m) => {
    const words = m[1] ?? m[2]!;
    const start = m[1] ? m.index + m[0].length - words.length : m.index;
    return { start, end: start + words.length };
  });
  // "LIMA, June 7 — Electricity customers …": the word after a dateline's dash opens the story's sentence.
  const opens = (t: Term | undefined): t is Term =>
    t !== undefined && (t.opensSentence || /[—–]\s*$/u.test(text.slice(Math.max(0, t.start - 3), t.start)));
  const midSentence = new Set(terms.filter((t) => !opens(t) && isCapitalised(t)).map(word));
  const found: (CandidateEntity & { covers: Mention[]; weak: boolean })[] = [];
  const parts = spans.flatMap((s) => {
    const listed = beforeListedName(terms, s, mentions);
    const trimmed = trim(terms, listed.first, listed.last);
    const named = trimmed ? splitAtParentBody(terms, trimmed) : [];
    return named
      .flatMap((n) => cutAtTitle(terms, n))
      .flatMap((n) => splitAtOfPlace(terms, n))
      .map((part) => ({ ...s, ...part }));
  });
  for (const s of parts) {
    const found0 = beforeKnownBody(terms, afterOffice(terms, s), mentions, typeOf);
    if (!found0) continue;
    // "Las Bambas Mining Company": an article trimmed off is kept when a known name opens with it.
    const article = terms[found0.first - 1];
    const opensKnown =
      article !== undefined &&
      /^(la|las|el|los)$/.test(word(article)) &&
      mentions.some((m) => m.start === article.start && m.end > terms[found0.first]!.start);
    const whole = opensKnown ? { ...found0, first: found0.first - 1 } : found0;
    // "Tacora Mining for US$400m", "Andes Bank prestó S/ 250 millones": a currency ends the name before it, and is none itself.
    const currency = terms.slice(whole.first, whole.last + 1).findIndex((t) => CURRENCY.test(t.text));
    let last = currency < 0 ? whole.last : whole.first + currency - 1;
    while (last > whole.first && /^\p{Ll}/u.test(terms[last]!.text)) last--;
    if (last < whole.first) continue;
    const span = { ...whole, last };
    if (portfolios.some((p) => p.start <= terms[span.first]!.start && terms[span.first]!.start < p.end)) continue;
    const start = terms[span.first]!.start;
    const end = terms[span.last]!.end - (POSSESSIVE.exec(terms[span.last]!.text)?.[0].length ?? 0);
    const surface = text.slice(start, end);
    if (CJK.test(surface) || !foldForMatch(surface)) continue; // the library reads English only
    if (/[$€¥£]/u.test(surface)) continue; // "US$", "HK$": a currency, not a name
    const inside = mentions.filter((m) => m.start < end && start < m.end);
    if (inside.some((m) => m.start < start || m.end > end)) continue; // crosses a known name
    // "Huawei Perú", "Bank of China Peru": a known body and the country it works in name its local subsidiary.
    const subsidiary = localUnit(text, inside, typeOf);
    if (
      inside.length > 0 &&
      !subsidiary &&
      (!s.run || inside.some((m) => typeOf(m.entityId) === 'PERSON') || !ownWord(terms, span, inside))
    )
      continue;
    const one = span.first === span.last ? terms[span.first]! : undefined;
    // "the port of Paita", "los puertos de Salaverry e Ilo": a Peruvian town named as its port is the port (news
    // writes "the port of Tianjin", "el puerto del Callao" of the city itself).
    const gazetteer = gazetteerType(surface);
    const portTown = PORT_TOWNS.test(foldForMatch(surface)) && PORT_OF.test(text.slice(Math.max(0, start - 40), start));
    const listed = portTown ? 'INFRASTRUCTURE' : gazetteer;
    if (one && (clue(HEAD_WORDS, word(one)) || NO_NAME_ALONE.test(word(one)))) continue; // "Gobierno", "Estado" alone
    // A sentence's first word alone: a name only if the library says so, or the text capitalises it elsewhere too.
    const named = s.named !== undefined || NAME_TAGS.some((t) => one?.tags.has(t));
    // "Camposol, one of the largest Peruvian growers, said …": an apposition that says what it is names it too.
    const described = (t: Term) =>
      !OPENING_ADVERBS.test(word(t)) &&
      /^,[^,;.]{3,100},/u.test(text.slice(t.end, t.end + 110)) &&
      BODY_DESCRIBED.has(describedAfter(terms, span.last) ?? '');
    // "Siderperú, con sede en Chimbote, …", "Northridge, based in Vancouver, …": a name a seat follows is a body's.
    const seated = SEATED_AFTER.test(text.slice(end, end + 40));
    if (
      opens(one) &&
      // "PowerChina built …": a capital inside a word makes a name, wherever the word stands.
      !/\p{Ll}\p{Lu}/u.test(one.text) &&
      !listed &&
      // The library takes a word after a dateline's dash for a proper noun ("— Electricity customers"); not so.
      !(named && one.tags.has('ProperNoun') && one.opensSentence) &&
      !midSentence.has(word(one)) &&
      !described(one) &&
      !seated
    )
      continue;
    let type = listed ?? (subsidiary ? 'COMPANY' : candidateType({ terms, ...span, named: s.named }));
    if (seated && opens(one) && !listed && (type === undefined || type === 'PLACE' || type === 'PERSON') && !headType(terms, span))
      type = 'COMPANY';
    const weak = type === undefined;
    type ??= isName(terms, span) || (opens(one) && midSentence.has(word(one))) ? contextType(terms, span) : undefined;
    // A country or a place inside a longer name makes the library call the name a place ("Enel Distribución Perú").
    if (inside.length > 0 && (type === 'PLACE' || type === 'COUNTRY') && !headType(terms, span)) type = contextType(terms, span);
    if (!type) continue;
    // "La Industria", "El Comercio": a medium's capitalised article is part of its name.
    const article0 = terms[span.first - 1];
    if (type === 'MEDIA' && article0 && /^(?:La|El|Los|Las)$/u.test(article0.text) && /^\s+$/u.test(article0.post)) {
      const named = text.slice(article0.start, end);
      found.push({ id: slugify(named), text: named, type, start: article0.start, end, covers: inside, weak });
      continue;
    }
    found.push({ id: slugify(surface), text: surface, type, start, end, covers: inside, weak });
  }
  coordinatedTypes(text, found, mentions, typeOf);
  const kept: (CandidateEntity & { covers: Mention[]; weak: boolean })[] = [];
  for (const c of found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (kept.some((x) => x.start < c.end && c.start < x.end)) continue;
    kept.push(c);
  }
  const dropped = new Set(kept.flatMap((c) => c.covers));
  const candidates = sameActors(
    text,
    kept.map(({ covers: _, ...c }) => c).sort((a, b) => a.start - b.start),
  );
  return { candidates, mentions: mentions.filter((m) => !dropped.has(m)) };
}

/** Peruvian towns whose name, after "the port of", names the terminal itself. */
const PORT_TOWNS = /^(?:paita|ilo|salaverry|matarani|san juan de marcona|marcona|pisco|chimbote|talara|bayovar|mollendo|huarmey|supe)$/u;
/** Before a town's name: the port named for it ("the port of", "el puerto de", "los puertos de Salaverry e"). */
const PORT_OF = /(?:port|ports|puerto|puertos)\s+(?:of|de|del)\s+(?:(?:the|el)\s+)?(?:\p{Lu}\p{L}+\s+(?:and|y|e)\s+)?$/u;

/**
 * A span that opens with an office and "of" ("Minister of Energy and Mines", "President of China
 * Railway"): the office is no part of a name, so the span starts after it, and a minister's portfolio
 * is then dropped with the others.
 */
function afterOffice<T extends { first: number; last: number }>(terms: readonly Term[], span: T): T {
  const [office, of] = [terms[span.first]!, terms[span.first + 1]];
  if (!of || span.first + 2 > span.last || !TITLES.test(word(office)) || !/^(of|de|del|for)$/.test(word(of))) return span;
  const first = /^(the|la|el)$/.test(word(terms[span.first + 2]!)) ? span.first + 3 : span.first + 2;
  return first <= span.last ? { ...span, first } : span;
}

/** Whether the known names of a span are a company or group and, right after it, Peru ("Huawei Perú", "Huawei del Perú"). */
function localUnit(text: string, inside: readonly Mention[], typeOf: (id: string) => string | undefined): boolean {
  if (inside.length !== 2) return false;
  const [body, country] = inside as [Mention, Mention];
  return (
    ['COMPANY', 'GROUP'].includes(typeOf(body.entityId) ?? '') &&
    typeOf(country.entityId) === 'COUNTRY' &&
    /^(?:Per[uú]|PERU|PERÚ)$/u.test(text.slice(country.start, country.end)) &&
    // "Huawei Perú", "Huawei del Perú".
    /^\s+(?:del\s+)?$/u.test(text.slice(body.end, country.start))
  );
}

/** True when a span has a capitalised word outside the known names inside it that is no title ("Ports" in "COSCO Shipping Ports"). */
function ownWord(terms: readonly Term[], span: { first: number; last: number }, inside: readonly Mention[]): boolean {
  for (let i = span.first; i <= span.last; i++) {
    const t = terms[i]!;
    if (!isCapitalised(t) || TITLES.test(word(t))) continue;
    const end = t.end - (POSSESSIVE.exec(t.text)?.[0].length ?? 0);
    if (!inside.some((m) => m.start <= t.start && end <= m.end)) return true;
  }
  return false;
}

/**
 * True when a span is a proper name even without a clue to its type: two capitalised words or
 * more, or one word the library knows as no common word (not a sentence's first word, which is
 * capitalised whatever it is, unless the library calls it a proper noun).
 */
function isName(terms: readonly Term[], span: { first: number; last: number }): boolean {
  const caps = terms.slice(span.first, span.last + 1).filter(isCapitalised);
  if (caps.length >= 2) return true;
  const t = terms[span.first]!;
  if (t.tags.has('Acronym') || /^\p{Lu}{2,}$/u.test(t.text)) return true;
  // "PowerChina", "WeChat": a capital inside a word.
  if (/^\p{Lu}[\p{L}\d]*\p{Ll}\p{Lu}/u.test(t.text)) return true;
  // "JD.com", "Trip.com": a company named by its web address.
  if (/^\p{Lu}[\p{L}\d-]*\.(?:com|pe|cn|net)$/u.test(t.text)) return true;
  // "(Asbanc)": a capitalised word alone in brackets is a short name.
  if (/\($/u.test(t.pre) && /^\)/u.test(t.post)) return true;
  return t.tags.has('ProperNoun') && !['Verb', 'Adjective', 'Adverb', 'Month', 'WeekDay', 'Date'].some((k) => t.tags.has(k));
}

/**
 * Gives one id and one type to the surfaces of one actor: an acronym in brackets right after a name
 * ("China Three Gorges (CTG)"), and a later surface that is that acronym, the same name, or its first
 * word alone ("Pluz" after "Pluz Energía Perú"), take the first surface's id. The actor's type is the
 * gazetteer's for a body it lists under any surface, else the first a clue gave any of its surfaces;
 * with none, a company if any sentence read it as one.
 */
function sameActors(text: string, candidates: readonly (CandidateEntity & { weak: boolean })[]): CandidateEntity[] {
  const known = new Map<string, string>();
  const shortOf = new Map<string, CandidateEntity>();
  const ids: string[] = [];
  for (const [i, c] of candidates.entries()) {
    const key = foldForMatch(c.text);
    // A short form a clue calls a place ("la provincia de Shandong") is not the body it shortens ("Shandong Port Group").
    const long = shortOf.get(key);
    // A person's surname the gazetteer knows as a town ("Mendoza" of "Álvaro Mendoza Ríos") is the person, but after "in"/"en".
    const surname =
      long?.type === 'PERSON' &&
      c.type === 'PLACE' &&
      !/(?:^|\s)(?:in|en|de|from|to|a|desde|hacia)\s+$/iu.test(text.slice(Math.max(0, c.start - 12), c.start));
    const place = !c.weak && (c.type === 'PLACE' || c.type === 'COUNTRY') && long?.type !== c.type && !surname;
    // "Engie Energía Perú, the local unit of the French group Engie": a short form in the long name's own sentence is another body.
    const sameSentence = long !== undefined && !/[.!?]\s/u.test(text.slice(long.end, c.start));
    const id = (long && (place || sameSentence) ? undefined : known.get(key)) ?? c.id;
    ids.push(id);
    // Once named apart from the long name, the short form is that other body wherever it recurs.
    if (!known.has(key) || (long && sameSentence)) known.set(key, id);
    const next = candidates[i + 1];
    // "San Ignacio (Cajamarca)": a place in brackets is where the name is, not another name of it.
    const bracketed = next && /^\s*\(\s*$/u.test(text.slice(c.end, next.start)) && /^\s*\)/u.test(text.slice(next.end));
    if (bracketed && gazetteerType(next.text) !== 'PLACE') known.set(foldForMatch(next.text), id);
    const words = c.text.split(/\s+/u);
    // A person is named again by surname ("Villacorta", "Prado" of "Jorge Prado Salinas"), anything
    // else by its first word ("Pluz").
    const person = c.type === 'PERSON' && !c.weak;
    // "Marco Antonio Zevallos Ruiz" by his first surname; "Chen Dexin" by the Chinese surname that comes first.
    const chinese = person && CHINESE_SURNAMES.test(foldForMatch(words[0]!)) ? foldForMatch(words[0]!) : undefined;
    const shorts = person
      ? [words[words.length - 1], words.length > 2 ? words[1] : undefined, words.length > 3 ? words[words.length - 2] : undefined, chinese]
      : [words[0], bodyTail(c)];
    for (const short of shorts.map((w) => foldForMatch(w ?? ''))) {
      if (words.length > 1 && (short.length >= 4 || (short !== '' && short === chinese)) && !known.has(short)) {
        known.set(short, id);
        shortOf.set(short, c);
      } else if (words.length > 1 && shortOf.get(short)?.text === c.text) {
        // The long name again: a short form in this sentence is measured from here ("Statkraft Perú es filial de … Statkraft").
        shortOf.set(short, c);
      }
    }
  }
  const typeOf = new Map<string, CandidateEntity['type']>();
  // A body the gazetteer knows by one of its surfaces ("(Ingemmet)") is of the gazetteer's type.
  for (const [i, c] of candidates.entries()) {
    const listed = gazetteerType(c.text);
    if (listed && listed !== 'PLACE' && listed !== 'COUNTRY' && !typeOf.has(ids[i]!)) typeOf.set(ids[i]!, listed);
  }
  for (const [i, c] of candidates.entries()) if (!c.weak && !typeOf.has(ids[i]!)) typeOf.set(ids[i]!, c.type);
  for (const [i, c] of candidates.entries()) {
    const id = ids[i]!;
    if (
      !typeOf.has(id) ||
      (typeOf.get(id) === 'ORGANIZATION' && c.weak && c.type === 'COMPANY' && candidates.every((x, k) => ids[k] !== id || x.weak))
    )
      typeOf.set(id, c.type);
  }
  return candidates.map(({ weak: _, ...c }, i) => ({ ...c, id: ids[i]!, type: typeOf.get(ids[i]!)! }));
}

/**
 * The proper part of a school's or body's name after its last "of"/"de", by which news name it again
 * ("San Marcos" of "Universidad Nacional Mayor de San Marcos"); undefined for other names or a place.
 */
function bodyTail(c: CandidateEntity): string | undefined {
  if (c.type !== 'ORGANIZATION' && c.type !== 'GOVERNMENT') return undefined;
  const tail = /\s(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?([^\s].*)$/iu.exec(c.text)?.[1];
  if (!tail || /\s(?:of|de|del|y|and)\s/iu.test(` ${tail} `) || gazetteerType(tail)) return undefined;
  return tail;
}

/**
 * Gives a name no clue typed the type of a name it is listed with ("two mines, Las Bambas and
 * Toromocho"; "Claro, Movistar and Bitel" after a typed one): the neighbour must be a known entity
 * or a candidate a clue typed, joined by a comma or a conjunction alone.
 */
function coordinatedTypes(
  text: string,
  found: (CandidateEntity & { weak: boolean })[],
  mentions: readonly Mention[],
  typeOf: (entityId: string) => string | undefined,
): void {
  const typed = [
    ...mentions.flatMap((m) => {
      const t = typeOf(m.entityId);
      return t ? [{ start: m.start, end: m.end, type: t }] : [];
    }),
    ...found.filter((c) => !c.weak),
  ].sort((a, b) => a.start - b.start);
  for (const c of found.filter((x) => x.weak)) {
    const before = typed.filter((x) => x.end <= c.start).pop();
    const after = typed.find((x) => x.start >= c.end);
    const next = [before && /^\s*(?:,|and|y|e|&)\s*$/u.test(text.slice(before.end, c.start)) ? before : undefined, after]
      .filter((x) => x !== undefined)
      .find((x) => x === before || /^\s*(?:,|,?\s*and|y|e|&)\s*$/u.test(text.slice(c.end, x.start)));
    if (next && ENTITY_TYPE.has(next.type)) {
      c.type = next.type as CandidateEntity['type'];
      c.weak = false;
    }
  }
}
/** Words that open a sentence before a comma and are no name ("Además, la empresa …", "However, the firm …"). */
const OPENING_ADVERBS = wordsPattern(
  'ademas|asimismo|tambien|luego|despues|entonces|finalmente|ayer|hoy|mientras|sin|however|meanwhile|moreover|also|then|later|' +
    'now|today|yesterday|instead|still|so|yet|besides|furthermore|finally|separately|earlier|previously|anteriormente',
);
/** What an apposition may say a sentence's first word is for that word to be a name. */
const BODY_DESCRIBED = new Set<string>(['COMPANY', 'ORGANIZATION', 'GOVERNMENT', 'MEDIA', 'INFRASTRUCTURE']);
const ENTITY_TYPE = new Set<string>(['COMPANY', 'ORGANIZATION', 'GOVERNMENT', 'INFRASTRUCTURE', 'PLACE', 'MEDIA', 'EVENT']);

/**
 * A span ended before a known body's name that closes it after "of"/"de": "Comisión de Energía y
 * Minas del Congreso de la República" is the commission, and the Congress stays a mention.
 */
function beforeKnownBody(
  terms: readonly Term[],
  span: { first: number; last: number },
  mentions: readonly Mention[],
  typeOf: (entityId: string) => string | undefined,
): { first: number; last: number } | undefined {
  const end = terms[span.last]!.end;
  const body = mentions.find((m) => m.end === end && m.start > terms[span.first]!.start && BODIES.has(typeOf(m.entityId) ?? ''));
  if (!body) return span;
  let last = terms.findIndex((t) => t.start === body.start) - 1;
  while (last >= span.first && /^(la|el|los|las|the)$/.test(word(terms[last]!))) last--;
  if (last < span.first || !OPENERS.test(word(terms[last]!))) return span;
  last--;
  return last >= span.first ? { first: span.first, last } : undefined;
}
