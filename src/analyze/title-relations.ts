/**
 * Relations that titles state: "<demonym or country's> <title> <person>" and "<person>, <country's>
 * <title>," give LEADS (president) or HOLDS_OFFICE_IN (minister …); "<demonym> <company noun>
 * <company>" gives AFFILIATED_WITH.
 */
import type { RelationType } from '../domain/vocabulary.js';
import { DEMONYMS } from '../domain/demonyms.js';
import { proposal, WORD, type Proposal } from './proposal.js';
import { BODY_NOUNS, LEADER_TITLES, OFFICE_TITLES } from './relation-ends.js';
import type { Endpoint } from './types.js';

/** Entity types a country's title or possessive may affiliate. */
const BODY_TYPES = ['COMPANY', 'ORGANIZATION', 'GROUP', 'MEDIA', 'GOVERNMENT'];

/**
 * The relations the titles around the entities `inside` one sentence give: to a country named
 * there, or to the catalog's country of a demonym (`countryOf`).
 */
export function titleRelations({
  text,
  inside,
  countryOf,
}: {
  text: string;
  inside: readonly Endpoint[];
  countryOf: (demonym: string) => string | undefined;
}): Proposal[] {
  const out: Proposal[] = [];
  const countryAt = (start: number, end: number): Endpoint | undefined => countryNamedAt({ text, inside, countryOf, start, end });
  for (const p of inside) {
    const body = p.type === 'PERSON' || BODY_TYPES.includes(p.type);
    if (!body) continue;
    // Words before the entity, nearest first, up to a punctuation mark; one comma may stand right
    // before it ("China’s commerce minister, Wang Wentao").
    const pre = text.slice(Math.max(0, p.start - 80), p.start);
    const offset = p.start - pre.length;
    const tokens = [...pre.matchAll(WORD)].map((m) => ({
      w: m[0].replace(/['’]s$/u, ''),
      possessive: /['’]s$/u.test(m[0]),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    }));
    const titleWords: string[] = [];
    let found: { country: Endpoint; from: number; demonym: boolean; nounFirst: boolean } | undefined;
    for (let k = tokens.length - 1, n = 0; k >= 0 && n < 8; k--, n++) {
      const t = tokens[k]!;
      const next = k + 1 < tokens.length ? tokens[k + 1]!.start : p.start;
      const gap = text.slice(t.end, next);
      if (/[;:.()"“”]/u.test(gap) || (/,/u.test(gap) && (next !== p.start || !/^\s*,\s*$/u.test(gap)))) break;
      const country = found ? undefined : countryAt(t.start, t.start + t.w.length);
      if (country && titleWords.length > 0 && !/^(?:de|del|of)$/iu.test(titleWords[0]!)) {
        found = { country, from: t.start, demonym: !inside.includes(country), nounFirst: false };
        break;
      }
      // "China’s Ministry of Commerce", "Peru’s Council of Ministers": a country's own body.
      if (country && t.possessive && next === p.start && p.type !== 'PERSON') {
        out.push(
          proposal({ text, type: 'AFFILIATED_WITH', source: p, target: country, hit: { start: t.start, end: t.end }, strength: 0.7 }),
        );
        break;
      }
      // "la china Zijin Mining": an article, a demonym, the company. A capitalised demonym there is the
      // name's own first word ("the Peruvian Banking Association"), which names no country of the body.
      const article = tokens[k - 1];
      if (country && titleWords.length === 0 && p.type !== 'PERSON' && article && ARTICLE.test(article.w) && next === p.start) {
        if (found === undefined && /^\p{Lu}/u.test(t.w) && !inside.includes(country)) break;
        out.push(
          proposal({ text, type: 'AFFILIATED_WITH', source: p, target: country, hit: { start: t.start, end: t.end }, strength: 0.65 }),
        );
        break;
      }
      // "el presidente de China, Xi Jinping", "su homólogo chino, Wang Yi": the title before the country.
      if (country && titleWords.length === 0) {
        found = { country, from: t.start, demonym: !inside.includes(country), nounFirst: true };
        continue;
      }
      if (found && /^(?:de|del|of)$/iu.test(t.w) && titleWords.length === 0) continue;
      // "la importadora china X", "del fondo peruano X": the article opens the body's noun phrase.
      if (found?.nounFirst && p.type !== 'PERSON' && ARTICLE.test(t.w)) break;
      // "el embajador de Perú en China, X", "Peru’s ambassador to China, X": the office is not the country it is held in.
      if (found?.nounFirst && titleWords.every((w) => ARTICLE.test(w)) && /^(?:to|in|at|en|a|ante)$/iu.test(t.w)) found = undefined;
      // "The Chinese minister also met X": a verb ends a title; X holds no office by it.
      if (/^\p{Ll}+[^e]ed$/u.test(t.w) || NOT_TITLE.test(t.w)) break;
      titleWords.unshift(t.w);
      if (found && relationOfTitle(p.type, titleWords)) break;
      // "the Chinese importer X", "a Peruvian distributor X": an article, a demonym and nouns before a body.
      const before = tokens[k - 2];
      const demonymFirst =
        k > 0 && p.type !== 'PERSON' ? countryAt(tokens[k - 1]!.start, tokens[k - 1]!.start + tokens[k - 1]!.w.length) : undefined;
      if (
        demonymFirst &&
        !found &&
        // "Chinese carmaker BYD" opening the sentence, "sold it to Chinese carmaker BYD": no article needed there.
        (before && !/[.;:!?—–]\s*$/u.test(text.slice(before.end, tokens[k - 1]!.start))
          ? ARTICLE.test(before.w) || ARTICLE_LESS_BEFORE.test(before.w)
          : /^\p{Lu}/u.test(tokens[k - 1]!.w)) &&
        !inside.includes(demonymFirst) &&
        !relationOfTitle(p.type, titleWords) &&
        affiliatedByDemonym(p.type, titleWords) &&
        BODY_HEAD.test(titleWords[titleWords.length - 1]!) &&
        !/[,;:.()"“”]/u.test(text.slice(tokens[k - 1]!.end, p.start))
      ) {
        out.push(
          proposal({
            text,
            type: 'AFFILIATED_WITH',
            source: p,
            target: demonymFirst,
            hit: { start: tokens[k - 1]!.start, end: tokens[tokens.length - 1]!.end },
            strength: 0.7,
          }),
        );
        break;
      }
    }
    // "the Chinese bank's governor, X", "el viceministro de la aduana china, X": the office is the body's, not the country's.
    const bodysOffice =
      tokens.some((t) => t.possessive && found !== undefined && t.start >= found.from && t.start !== found.country.start) ||
      titleWords.some((w, i) => /^(?:of|de|del)$/iu.test(w) && titleWords.slice(i + 1).some((x) => OFFICE_BODY.test(x)));
    if (found && titleWords.length > 0 && !bodysOffice) {
      const nouns = titleWords.filter((w) => !/^(?:la|el|los|las|the|a|an|un|una|su|sus)$/iu.test(w));
      const rel =
        relationOfTitle(p.type, titleWords) ??
        (found.demonym && found.nounFirst && affiliatedByDemonym(p.type, nouns) ? 'AFFILIATED_WITH' : undefined);
      const last = tokens[tokens.length - 1]!;
      const from = Math.min(found.from, ...tokens.filter((t) => titleWords.includes(t.w) && t.start >= p.start - 80).map((t) => t.start));
      if (rel)
        out.push(proposal({ text, type: rel, source: p, target: found.country, hit: { start: from, end: last.end }, strength: 0.75 }));
    }
    // "el Ministerio de Cultura peruano": a demonym right after a body's name.
    const trailing = /^\s+(\p{Ll}+)(?=[\s,.;])/u.exec(text.slice(p.end, p.end + 30));
    const trailingCountry =
      trailing && p.type !== 'PERSON' ? countryAt(p.end + trailing[0].indexOf(trailing[1]!), p.end + trailing[0].length) : undefined;
    if (trailingCountry) {
      out.push(
        proposal({
          text,
          type: 'AFFILIATED_WITH',
          source: p,
          target: trailingCountry,
          hit: { start: p.end, end: p.end + trailing![0].length },
          strength: 0.65,
        }),
      );
    }
    // "el embajador peruano en China, X", "el viceministro chino de Cultura y Turismo, X": a Spanish title,
    // then its demonym, perhaps where it is held or its portfolio, then the person.
    const spanish = p.type === 'PERSON' ? TITLE_THEN_DEMONYM.exec(pre) : null;
    const spanishRel = spanish && relationOfTitle('PERSON', [spanish[1]!]);
    if (spanish && spanishRel) {
      const at = offset + spanish.index + spanish[0].indexOf(spanish[2]!, spanish[0].indexOf(spanish[1]!) + spanish[1]!.length);
      const country = countryAt(at, at + spanish[2]!.length);
      if (country && !out.some((r) => r.sourceStart === p.start && r.targetId === country.id))
        out.push(
          proposal({ text, type: spanishRel, source: p, target: country, hit: { start: at, end: at + spanish[2]!.length }, strength: 0.7 }),
        );
    }
    // "Rómulo Mucho, Peru's energy and mines minister,"
    const appo =
      /^\s*,\s*(?:the\s+)?([\p{L}]+)(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s*(?:[,.;]|\s(?:that|which|of|que|de)\s)/u.exec(
        text.slice(p.end, p.end + 100),
      );
    if (appo) {
      const cStart = p.end + appo[0].indexOf(appo[1]!);
      const country = countryAt(cStart, cStart + appo[1]!.length);
      // "Rómulo Mucho, Peru's mining minister,"; "COSCO Shipping, the Chinese carrier that …".
      const rel = country && relationOfTitle(p.type, appo[2]!.split(/\s+/u).slice(0, p.type === 'PERSON' ? 5 : 1));
      if (country && rel)
        out.push(
          proposal({ text, type: rel, source: p, target: country, hit: { start: cStart, end: p.end + appo[0].length - 1 }, strength: 0.7 }),
        );
    }
  }
  return [...out, ...placeHeadRelations(text, inside), ...lawmakerRelations(text, inside)];
}

/**
 * The country the word at `start`–`end` names: a COUNTRY entity of `inside` that starts there, or the
 * catalog's country of a demonym (`countryOf`); undefined for any other word.
 */
export function countryNamedAt({
  text,
  inside,
  countryOf,
  start,
  end,
}: {
  text: string;
  inside: readonly Endpoint[];
  countryOf: (demonym: string) => string | undefined;
  start: number;
  end: number;
}): Endpoint | undefined {
  const e = inside.find((x) => x.type === 'COUNTRY' && x.start === start && x.end <= end);
  if (e) return e;
  const w = text.slice(start, end);
  // Spanish "china" in lower case is the adjective ("la siderúrgica china Shougang").
  const demonym = DEMONYMS.some(([re]) => re.test(w)) || /^chinas?$/u.test(w);
  const id = demonym ? countryOf(/^chinas?$/u.test(w) ? 'chino' : w) : undefined;
  return id ? { kind: 'known', id, type: 'COUNTRY', start, end } : undefined;
}

/**
 * LEADS, HOLDS_OFFICE_IN or AFFILIATED_WITH for the words between a country and an entity of type
 * `entityType`, if they name an office (a person) or a kind of company (up to four words, for
 * anything else); undefined otherwise.
 */
export function relationOfTitle(entityType: string, titleWords: readonly string[]): RelationType | undefined {
  const phrases = titleWords.flatMap((w, i) => [w, i + 1 < titleWords.length ? `${w} ${titleWords[i + 1]}` : '']).filter(Boolean);
  if (entityType === 'PERSON') {
    if (phrases.some((p) => LEADER_TITLES.test(p))) return 'LEADS';
    if (phrases.some((p) => OFFICE_TITLES.test(p))) return 'HOLDS_OFFICE_IN';
    return undefined;
  }
  return titleWords.some((w) => BODY_NOUNS.test(w)) && titleWords.length <= 4 ? 'AFFILIATED_WITH' : undefined;
}

/**
 * An article, a Spanish title, its demonym, perhaps "en <Place>" or "de <Portfolio>", a comma right before
 * a person: "el embajador peruano en China, ", "el viceministro chino de Cultura y Turismo, ".
 */
const TITLE_THEN_DEMONYM = new RegExp(
  '(?:^|\\s)(?:[Ee]l|[Ll]a|del|al)\\s+(?:nuev[oa]\\s+)?(\\p{Ll}+)\\s+(\\p{Ll}+)' +
    '(?:\\s+(?:en|ante)\\s+(?:el\\s+|la\\s+)?\\p{Lu}[\\p{L}-]*|\\s+de\\s+(?:\\p{Lu}[\\p{L}-]*\\s*(?:y\\s+)?){1,4})?\\s*,\\s*$',
  'u',
);
/** Lower-case words no title holds: adverbs and verbs of what a person did ("also met", "then said"). */
const NOT_TITLE = /^(?:also|then|later|met|meets|said|says|told|will|would|has|have|had)$/u;
/** Bodies an office may belong to inside a title ("vice-governor of the bank", "viceministro de la aduana"). */
const OFFICE_BODY =
  /^(?:bank|banco|aduana|customs|agency|agencia|ministry|ministerio|commission|comisión|committee|comité|council|consejo)$/iu;

/** Words that end or join a noun phrase rather than describe its head. */
const NOT_NOUN =
  /^(?:and|or|of|for|in|to|with|by|from|on|at|as|than|that|which|who|y|e|o|de|del|en|con|por|para|a|al|que|se|ha|han|es|fue)$/iu;
/** An English verb form ("said", "thanks") rather than a noun; "state-owned" is an adjective. */
const VERB_LIKE = /^(?!news$)[\p{L}]+(?:[^su]s|ed)$/u;
/** The head of a noun phrase naming a body: an agent noun ("importer", "distributor") or a kind of body. */
const BODY_HEAD = new RegExp(
  '^(?:[\\p{L}-]+(?:er|or)|platform|brand|fund|airline|bank|firm|chain|consortium|startup|agency|university|broadcaster|' +
    'giant|group|company)$',
  'iu',
);
/** Prepositions an English noun phrase may follow without an article ("to Chinese carmaker BYD"). */
const ARTICLE_LESS_BEFORE = /^(?:to|from|by|with|for|and)$/u;
/** An article or determiner that opens a noun phrase. */
const ARTICLE = /^(?:the|a|an|la|el|las|los|un|una|del|al)$/iu;

/**
 * "la eléctrica china Huadian", "la aseguradora estatal china PICC", "the Chinese importer Jiahe": one to
 * three lowercase words of a noun phrase (no joining word, no English verb form) between a demonym and a body.
 */
function affiliatedByDemonym(entityType: string, titleWords: readonly string[]): boolean {
  return entityType !== 'PERSON' && titleWords.length >= 1 && titleWords.length <= 3 && titleWords.every(isNounPhraseWord);
}

/** Whether `w` may be a lowercase word of a noun phrase: not a joining word nor an English verb form ("said"). */
export function isNounPhraseWord(w: string): boolean {
  return /^\p{Ll}/u.test(w) && !NOT_NOUN.test(w) && !(VERB_LIKE.test(w) && !/-/u.test(w));
}

/** A head of a city or region: mayor, governor, prefect. */
export const PLACE_HEAD =
  '(?:regional\\s+)?(?:mayor|governor|alcalde|alcaldesa|gobernador|gobernadora|prefect|prefecto|prefecta)(?:\\s+regional)?';
/** "the mayor of", "el gobernador regional de la región": the title before a place. */
const PLACE_KIND =
  '(?:(?:the|la|el)\\s+)?' +
  '(?:(?:region|province|city|district|department|región|provincia|ciudad|distrito|departamento)\\s+(?:of\\s+|de\\s+)?)?';
const HEAD_BEFORE_PLACE = new RegExp(
  `(?:^|[\\s,;:—–(])(?:the|el|la|al|del|its|su)\\s+${PLACE_HEAD}\\s+(?:of|de|del)\\s+${PLACE_KIND}$`,
  'iu',
);
/** "X, mayor of", "X, gobernador regional de": the title between a person and a place. */
const HEAD_AFTER_PERSON = new RegExp(`^\\s*,\\s*(?:the\\s+|el\\s+|la\\s+)?${PLACE_HEAD}\\s+(?:of|de|del)\\s+${PLACE_KIND}$`, 'iu');
/** "Lima's mayor, X", "Cusco Governor X": the place, then the title. */
const PLACE_THEN_HEAD = new RegExp(`^(?:['’]s)?\\s+${PLACE_HEAD}\\s*,?\\s*$`, 'iu');

/**
 * LEADS from a person to the city or region a mayor's or governor's title names: "el alcalde de
 * Lima, X", "the governor of Cusco, X", "X, gobernador regional de Áncash,", "Lima's mayor, X".
 */
function placeHeadRelations(text: string, inside: readonly Endpoint[]): Proposal[] {
  const out: Proposal[] = [];
  for (const [i, a] of inside.entries()) {
    const b = inside[i + 1];
    if (!b || a.id === b.id) continue;
    const gap = text.slice(a.end, b.start);
    const hit = { start: a.end, end: b.start };
    const lead = (person: Endpoint, place: Endpoint, start: number, end: number): void => {
      out.push(proposal({ text, type: 'LEADS', source: person, target: place, hit: { start, end }, strength: 0.7 }));
    };
    if (a.type === 'PLACE' && b.type === 'PERSON') {
      const title = HEAD_BEFORE_PLACE.exec(text.slice(Math.max(0, a.start - 60), a.start));
      if (title && /^\s*,\s*$/u.test(gap)) lead(b, a, a.start - title[0].length, a.start);
      else if (PLACE_THEN_HEAD.test(gap)) lead(b, a, hit.start, hit.end);
    }
    if (a.type === 'PERSON' && b.type === 'PLACE' && HEAD_AFTER_PERSON.test(gap)) lead(a, b, hit.start, hit.end);
  }
  return out;
}

/** A member of a congress or parliament. */
const LAWMAKER = '(?:congresista|congressman|congresswoman|lawmaker|legislator|legislador|legisladora|parlamentario|parlamentaria)';
/** The name of a congress or parliament ("Congress of the Republic", "el Congreso", "Peru’s Parliament"). */
const HOUSE = /^(?:(?:the|el)\s+)?(?:\p{Lu}\p{L}+\s+)?(?:Congress|Congreso|Parliament|Parlamento)(?!\p{L})/u;

/** A lawmaker's title right before a person ("el congresista "). */
const LAWMAKER_BEFORE = new RegExp(`(?<!\\p{L})${LAWMAKER}\\s*,?\\s*$`, 'iu');
/** A lawmaker's title in an apposition right after a person (", congresista por Ica"). */
const LAWMAKER_AFTER = new RegExp(`^\\s*,\\s*(?:(?:a|an|the|el|la|un|una)\\s+)?(?:[\\p{Ll}-]+\\s+)?${LAWMAKER}(?=[\\s,.;])`, 'iu');

/**
 * HOLDS_OFFICE_IN from a person a lawmaker's title names ("el congresista X", "X, congresista por
 * Ica,", "X, a lawmaker from Y,") to the one congress or parliament the sentence names.
 */
function lawmakerRelations(text: string, inside: readonly Endpoint[]): Proposal[] {
  const houses = inside.filter((e) => BODY_TYPES.includes(e.type) && HOUSE.test(text.slice(e.start, e.end)));
  const house = houses[0];
  if (!house || houses.some((h) => h.id !== house.id)) return [];
  const out: Proposal[] = [];
  for (const p of inside) {
    if (p.type !== 'PERSON') continue;
    const before = LAWMAKER_BEFORE.exec(text.slice(Math.max(0, p.start - 40), p.start));
    const after = LAWMAKER_AFTER.exec(text.slice(p.end, p.end + 60));
    const hit = before
      ? { start: p.start - before[0].length, end: p.start }
      : after
        ? { start: p.end, end: p.end + after[0].length }
        : undefined;
    if (hit) out.push(proposal({ text, type: 'HOLDS_OFFICE_IN', source: p, target: house, hit, strength: 0.65 }));
  }
  return out;
}
