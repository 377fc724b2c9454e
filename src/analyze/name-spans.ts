/**
 * The term ranges that may be proper names: runs of capitalised words with connectors inside them,
 * the library's named spans split at punctuation and coordinations, and a span trimmed to its name
 * (no leading article, demonym or title, no trailing lower-case word).
 */
import { DEMONYMS } from '../domain/demonyms.js';
import { wordsPattern } from '../domain/text.js';
import { BREAK, CONNECTORS, EDGE_TAGS, HEAD_WORDS, LEADING_WORDS, TITLES, clue, isCapitalised, word } from './candidate-clues.js';
import { gazetteerType } from './gazetteer.js';
import type { Term } from './nlp.js';

/** Words that join two names: "X and Y" are two names unless an "of" before them makes them one ("Ministry of Energy and Mines"). */
const COORDINATORS = /^(and|y|e|&)$/;
/** Heads of a Spanish body's name that "al" cannot join to the name before it ("… al Congreso", "… al Ministerio de …"). */
const SPANISH_BODY_HEAD = wordsPattern(
  'congreso|ministerio|gobierno|consejo|poder|tribunal|municipio|municipalidad|banco|presidente|presidenta',
);
/** Connectors that open the rest of an institution's name, after which "and" and "in" stay inside it. */
export const OPENERS = /^(of|de|del|for|para)$/;
/** Prepositions that stay inside an institution's name after an opener ("Agency for Private Investment in Transport"). */
const INNER = /^(in|en|on|sobre|to|a)$/;
/** Words that open the title of an agreement, which may hold small words ("Protocol to Upgrade the …"). */
const AGREEMENT_HEADS =
  /^(protocol|memorandum|agreement|treaty|convention|accord|protocolo|memorando|convenio|tratado|acuerdo|convención)$/;
/** The small words such a title holds. */
const AGREEMENT_LINKS = /^(to|on|for|of|the|between|and|in|a|sobre|para|de|del|la|el|los|las|entre|y|en)$/;
/** Generic last words of a company's name, never a company of their own: "China Electric Power Equipment and Technology". */
const FIELD_ENDINGS = wordsPattern(
  'technology|technologies|resources|services|engineering|construction|development|trading|investment|investments|' +
    'industries|logistics|telecommunications|communications|administracion|administration|tecnologia|servicios|' +
    'construccion|desarrollo|inversiones|comercio',
);
/** Heads of names that end in a number ("Block 58", "Línea 2", "Lote 192"). */
const NUMBERED_HEADS = /^(block|lote|lot|line|linea|phase|fase|unit|unidad|terminal|pier|muelle|route|ruta|tower|torre|sector|well|pozo)$/;
/** A Roman numeral of a facility's or stage's name ("Marcona II", "San Gabán III"). */
const ROMAN = /^(?:II|III|IV|VI|VII|VIII)$/u;
/** What may follow the number of a name that ends in one: a phrase's end, a facility's noun, a coordination. */
const AFTER_NUMBER = /^(?:dam|plant|mine|farm|project|station|substation|field|and|y|represa|presa|central|proyecto)$/u;
/**
 * True when the term after `j` is the number that ends the name `j` is the last word of: any number
 * after a numbered unit's head ("Block 58", "Lote 192"), a Roman numeral after a capitalised word, or
 * one or two digits after a capitalised word that is no month or currency, at a phrase's end or before
 * a facility's noun ("Chadín 2, a dam", "Chadín 2 dam"); never an amount or a date ("US$ 25 millones", "March 9").
 */
function numberEnds(terms: readonly Term[], j: number): boolean {
  const [t, n] = [terms[j]!, terms[j + 1]];
  if (!n || /\s[—–-]|[—–]/u.test(t.post)) return false;
  if (NUMBERED_HEADS.test(word(t)) && /^\d{1,3}[A-Z]?$/u.test(n.text)) return true;
  if (!isCapitalised(t) || /[$/€¥£]/u.test(t.text) || ['Month', 'WeekDay', 'Date', 'Value'].some((tag) => t.tags.has(tag))) return false;
  if (/[,;:(]/u.test(t.post)) return false;
  if (ROMAN.test(n.text)) return true;
  const after = terms[j + 2];
  return /^\d{1,2}$/u.test(n.text) && (BREAK.test(n.post) || !after || AFTER_NUMBER.test(word(after)));
}
/** Punctuation before a word that starts a new name ("(Ositrán"). */
const PRE_BREAK = /[([{"“«]/u;
/** A possessive "’s" at a word's end, which ends a name. */
export const POSSESSIVE = /['’]s$/u;
/** Plural common nouns whose possessive opens a name ("People’s Daily", "Children’s Hospital", "Women’s League"). */
const PLURAL_POSSESSORS = /^(people|peoples|children|women|men|workers|farmers|citizens|veterans|teachers|students)['’]s$/iu;

/**
 * True when a term's possessive "’s" ends a name: not a plural common noun's or a title's before a
 * capitalised word ("People’s Daily", "Comptroller General’s Office").
 */
function possessiveEnds(t: Term, next: Term | undefined): boolean {
  const inside = PLURAL_POSSESSORS.test(t.text) || TITLES.test(word(t));
  return POSSESSIVE.test(t.text) && !(inside && next !== undefined && isCapitalised(next));
}

/** Heads of a mission abroad, whose name holds the country it is in. */
const EMBASSIES = /^(embassy|embajada|consulate|consulado)$/;
/** The index of a one-word country the gazetteer knows at `k` (past an article), if any. */
function countryAfter(terms: readonly Term[], k: number): number | undefined {
  const at = terms[k] && /^(the|el|la)$/.test(word(terms[k]!)) ? k + 1 : k;
  const t = terms[at];
  return t && isCapitalised(t) && gazetteerType(t.text) === 'COUNTRY' ? at : undefined;
}

/** True when the words at `k` (past an article) name a place or country the gazetteer knows, in one to three words. */
function regionAt(terms: readonly Term[], k: number): boolean {
  const from = terms[k] && /^(the|el|la)$/.test(word(terms[k]!)) ? k + 1 : k;
  for (let n = 1; n <= 3 && terms[from + n - 1]; n++) {
    const words = terms.slice(from, from + n);
    if (!words.every(isCapitalised)) return false;
    const type = gazetteerType(words.map((t) => t.text).join(' '));
    if (type === 'PLACE' || type === 'COUNTRY') return true;
    if (BREAK.test(words[n - 1]!.post)) return false;
  }
  return false;
}

/** Whether the capitalised words from `k` hold a body's head word ("Peking University", "Universidad de Lima"). */
function headedName(terms: readonly Term[], k: number): boolean {
  for (let n = k; terms[n] && isCapitalised(terms[n]!); n++) {
    if (['ORGANIZATION', 'GOVERNMENT', 'COMPANY'].includes(clue(HEAD_WORDS, word(terms[n]!)) ?? '')) return true;
    if (BREAK.test(terms[n]!.post)) break;
  }
  return false;
}

/**
 * True when the conjunction at `and` joins the one word at `first` to one more capitalised word as a firm's name, after a
 * firm's singular noun: "the contractor Graña y Montero".
 */
function firmPair(terms: readonly Term[], first: number, and: number): boolean {
  const before = terms[first - 1];
  const after = terms[and + 1];
  const partner = terms[and + 2];
  return (
    and === first + 1 &&
    before !== undefined &&
    FIRM_NOUNS.test(word(before)) &&
    !BREAK.test(before.post) &&
    after !== undefined &&
    isCapitalised(after) &&
    !clue(HEAD_WORDS, word(after)) &&
    (partner === undefined || BREAK.test(after.post) || !isCapitalised(partner))
  );
}
/** Singular nouns of a firm before its name ("the contractor Graña y Montero", "la constructora Cosapi"). */
const FIRM_NOUNS = /^(contractor|company|firm|builder|constructora|contratista|empresa|firma|compania|estudio|bufete)$/;
/** English head nouns two coordinated fields before them share ("the Energy and Mines Committee"). */
const SHARED_HEADS = /^(committee|commission|ministry)$/;
/** A lower-case kind of place between a place and the larger one it lies in ("the La Joya district of Arequipa"). */
const PLACE_KIND_OF = /^(district|province|region|department|distrito|provincia|departamento)$/;
/** Splits a term range where punctuation ends a name ("Lima, Perú" → "Lima", "Perú") or a coordination joins two. */
export function splitAtBreaks(terms: readonly Term[], first: number, last: number): { first: number; last: number }[] {
  const out: { first: number; last: number }[] = [];
  let from = first;
  let opened = false;
  for (let i = first; i <= last; i++) {
    const t = terms[i]!;
    if (OPENERS.test(word(t))) opened = true;
    const next = terms[i + 1];
    const ends = BREAK.test(t.post) || possessiveEnds(t, next) || (next !== undefined && PRE_BREAK.test(next.pre));
    if (i === last || ends) {
      out.push({ first: from, last: i });
      from = i + 1;
      opened = false;
    } else if (COORDINATORS.test(word(t)) && !opened && !firmPair(terms, from, i)) {
      if (i > from) out.push({ first: from, last: i - 1 });
      from = i + 1;
    } else if (!isCapitalised(t) && PLACE_KIND_OF.test(word(t)) && next !== undefined && /^(of|de|del)$/.test(word(next))) {
      // "the La Joya district of Arequipa": a district and the region it lies in are two names.
      if (i > from) out.push({ first: from, last: i - 1 });
      from = i + 2;
      i++;
    }
  }
  return out.filter((s) => s.first <= s.last);
}

/**
 * Maximal runs of capitalised words, with connectors inside, not crossing punctuation, a
 * possessive, a coordination ("Pluz and Luz del Sur") or a sentence's end.
 */
export function capitalisedRuns(terms: readonly Term[]): { first: number; last: number }[] {
  const runs: { first: number; last: number }[] = [];
  let i = 0;
  while (i < terms.length) {
    if (!isCapitalised(terms[i]!) || pluralOpener(terms, i)) {
      i++;
      continue;
    }
    let last = i;
    let j = i;
    let opened = false;
    // An institution's name may list its fields: "Instituto … de la Competencia y de la Protección de …",
    // "Superintendency of Banking, Insurance and Pension Funds" (its head after a leading "El", "The").
    // "the Peruvian Association of Graduates in China": past a leading word or a demonym.
    const head = LEADING_WORDS.test(word(terms[i]!)) || DEMONYMS.some(([re]) => re.test(word(terms[i]!))) ? terms[i + 1] : terms[i];
    const institution = head !== undefined && ['GOVERNMENT', 'ORGANIZATION'].includes(clue(HEAD_WORDS, word(head)) ?? '');
    const agreement = head !== undefined && AGREEMENT_HEADS.test(word(head));
    const embassy = head !== undefined && EMBASSIES.test(word(head));
    while (
      (!BREAK.test(terms[j]!.post) || (institution && j > i && (opened = fieldList(terms, j)))) &&
      !possessiveEnds(terms[j]!, terms[j + 1]) &&
      j + 1 < terms.length &&
      !terms[j + 1]!.opensSentence
    ) {
      const next = terms[j + 1]!;
      if (PRE_BREAK.test(next.pre)) break;
      // "Block 58", "Line 2", "Lote 192", "Chadín 2", "San Gabán III": a numbered unit's number ends its name.
      if (numberEnds(terms, j)) {
        last = j + 1;
        break;
      }
      const w = word(next);
      // "Protocol to Upgrade the China–Peru Free Trade Agreement", "Agreement on the Protection of …":
      // an agreement's title goes on through small words while a capitalised word follows them.
      const where = /^(in|en)$/.test(w) && terms[j + 2] !== undefined && gazetteerType(terms[j + 2]!.text) !== undefined;
      if (agreement && !where && !isCapitalised(next) && AGREEMENT_LINKS.test(w) && terms.slice(j + 2, j + 4).some(isCapitalised)) {
        j++;
        continue;
      }
      // "SPIC para América Latina", "Huawei Cloud for Latin America": a region a body serves is no part of its
      // name, but for a name with a head ("Urban Transport Authority for Lima and Callao", "Programa Luz para la Amazonía").
      // "el gerente para América Latina de China Gas": a known place's name takes no "de" complement.
      const placeSoFar = gazetteerType(
        terms
          .slice(i, j + 1)
          .map((t) => t.text)
          .join(' '),
      );
      if (/^(of|de|del)$/.test(w) && (placeSoFar === 'PLACE' || placeSoFar === 'COUNTRY') && j > i) break;
      const headed = head !== undefined && clue(HEAD_WORDS, word(head)) !== undefined;
      if (/^(for|para)$/.test(w) && !headed && !clue(HEAD_WORDS, word(terms[j]!)) && regionAt(terms, j + 2)) break;
      if (isCapitalised(next)) last = j + 1;
      else if (OPENERS.test(w)) opened = true;
      // "Commission on Dumping, Subsidies and …", "Comisión sobre …": an institution's head opens its name with "on".
      else if (institution && terms[j] === head && /^(on|sobre)$/.test(w)) opened = true;
      else if (COORDINATORS.test(w) || INNER.test(w)) {
        // "y de Pluz": a coordination of two names, not a name going on.
        const after = terms[j + 2];
        const listed = institution && after && OPENERS.test(word(after)) && terms.slice(j + 3, j + 5).some(isCapitalised);
        // "… para la Exportación y el Turismo": an article, then the name's last field.
        // One word, no body's head, and the name ends there ("el Ministerio de X y el Gobierno Regional de Y" are two).
        const fieldWord = terms[j + 3];
        const closing = terms[j + 4];
        const field =
          opened &&
          after &&
          /^(el|la|los|las|the)$/.test(word(after)) &&
          fieldWord !== undefined &&
          isCapitalised(fieldWord) &&
          !clue(HEAD_WORDS, word(fieldWord)) &&
          (closing === undefined ||
            BREAK.test(fieldWord.post) ||
            PRE_BREAK.test(closing.pre) ||
            !(isCapitalised(closing) || OPENERS.test(word(closing))));
        if (COORDINATORS.test(w) && field) {
          last = j + 3;
          j += 3;
          continue;
        }
        // "the Peruvian contractor Graña y Montero": after a company's singular noun, two surnames joined are one firm's name.
        if (COORDINATORS.test(w) && j === i && firmPair(terms, i, j + 1)) {
          last = j + 2;
          j += 2;
          continue;
        }
        // "the Energy and Mines Committee": two fields, then the English head noun of both.
        const headAfter = terms[j + 3];
        const sharedHead =
          COORDINATORS.test(w) &&
          !opened &&
          after !== undefined &&
          isCapitalised(after) &&
          !BREAK.test(after.post) &&
          !clue(HEAD_WORDS, word(after)) &&
          j === i &&
          !(i > 0 && /,\s*$/u.test(terms[i - 1]!.post)) &&
          headAfter !== undefined &&
          SHARED_HEADS.test(word(headAfter));
        if (sharedHead) {
          last = j + 3;
          j += 3;
          continue;
        }
        // "… Equipment and Technology": a generic word ends the company's name, unless a name of its own follows it.
        const ending = COORDINATORS.test(w) && after && isCapitalised(after) && FIELD_ENDINGS.test(word(after)) && j > i;
        if (ending && !(terms[j + 3] && isCapitalised(terms[j + 3]!))) {
          last = j + 2;
          j += 2;
          continue;
        }
        // An embassy's or an institution's country is part of its name ("Embassy of China in Peru", "Embajada de China en el Perú").
        const country = (embassy || institution) && opened && /^(in|en)$/.test(w) ? countryAfter(terms, j + 2) : undefined;
        if (country !== undefined) {
          last = country;
          j = country;
          continue;
        }
        if (!opened || !after || !(isCapitalised(after) || listed)) break;
        // "Universidad Nacional Mayor de San Marcos and Peking University": a name with a body's head of its own after "and".
        if (COORDINATORS.test(w) && institution && headedName(terms, j + 2)) break;
        // "Bank of China and Peru’s ministry": a possessor after "and" opens another name.
        if (POSSESSIVE.test(after.text)) break;
        // "the Great Hall of the People in Beijing": a known place after "in" is where the name is, not part of it.
        if (INNER.test(w) && gazetteerType(after.text)) break;
      } else if (!CONNECTORS.test(w)) break;
      // "la tercera donación del EPL al Perú": "al" before a known place or country is a preposition, not a name's word.
      else if (w === 'al' && terms[j + 2] !== undefined && ['PLACE', 'COUNTRY'].includes(gazetteerType(terms[j + 2]!.text) ?? '')) break;
      // "la delegación de la Asamblea Popular Nacional al Congreso de la República": nor before a body's head.
      else if (w === 'al' && terms[j + 2] !== undefined && SPANISH_BODY_HEAD.test(word(terms[j + 2]!))) break;
      // An article inside a name follows "of"/"de" ("Universidad de la República"), never a name's word ("Shanghái el Foro").
      else if (/^(el|la|los|las|the)$/.test(w) && !OPENERS.test(word(terms[j]!))) break;
      j++;
    }
    runs.push({ first: i, last });
    i = last + 1;
  }
  return runs;
}

/**
 * True when term `i` is a plural common noun capitalised only because it opens the sentence, before
 * "of"/"de": "Residents of Huarmey …", "Vecinos de Camaná …" name Huarmey and Camaná.
 */
function pluralOpener(terms: readonly Term[], i: number): boolean {
  const t = terms[i]!;
  const next = terms[i + 1];
  return (
    t.opensSentence &&
    t.tags.has('Plural') &&
    !t.tags.has('ProperNoun') &&
    !clue(HEAD_WORDS, word(t)) &&
    next !== undefined &&
    /^(of|de|del)$/.test(word(next)) &&
    !BREAK.test(t.post)
  );
}

/**
 * True when the comma after term `j` goes on with a list of fields closed by "and"/"y" ("Banking,
 * Insurance and Pension Funds", "Geológico, Minero y Metalúrgico"): capitalised words that are no
 * known place, with nothing else before the name's end.
 */
function fieldList(terms: readonly Term[], j: number): boolean {
  if (!/^,\s*$/u.test(terms[j]!.post)) return false;
  let k = j + 1;
  for (let items = 0; items < 5; items++) {
    const from = k;
    while (terms[k] && isCapitalised(terms[k]!) && !gazetteerType(terms[k]!.text) && !BREAK.test(terms[k]!.post)) k++;
    if (k === from || !terms[k]) return false;
    if (/^,\s*$/u.test(terms[k - 1]!.post)) continue;
    const next = terms[k + 1];
    // A listed name may close the list when the body's acronym follows in brackets ("… de Banca, Seguros y AFP (SBS)").
    const bracketed = terms[k + 2] !== undefined && /\(/u.test(terms[k + 2]!.pre);
    return COORDINATORS.test(word(terms[k]!)) && next !== undefined && isCapitalised(next) && (!gazetteerType(next.text) || bracketed);
  }
  return false;
}

/** Bodies whose units are named "X of the Y" ("Instituto Confucio de la Universidad …", "Office of the Ministry …"). */
const PARENT_BODIES = /^(university|universidad|ministry|ministerio|municipality|municipalidad|embassy|embajada)$/;

/**
 * Splits a unit's name from its parent body's: "Instituto Confucio de la Pontificia Universidad
 * Católica" is the institute and the university, when the unit has a head word of its own before
 * "of"/"de" and a parent body's word opens the rest (its first two words).
 */
export function splitAtParentBody(terms: readonly Term[], span: { first: number; last: number }): { first: number; last: number }[] {
  for (let k = span.first + 1; k < span.last; k++) {
    if (!OPENERS.test(word(terms[k]!))) continue;
    let b = k + 1;
    if (/^(the|la|el|los|las)$/.test(word(terms[b]!))) b++;
    const parent = terms.slice(b, b + 2).some((t) => PARENT_BODIES.test(word(t)));
    const unit = terms.slice(span.first, k).some((t) => ['ORGANIZATION', 'GOVERNMENT'].includes(clue(HEAD_WORDS, word(t)) ?? ''));
    if (parent && unit && b <= span.last)
      return [
        { first: span.first, last: k - 1 },
        { first: b, last: span.last },
      ];
    return [span];
  }
  return [span];
}

/**
 * Ends a span at its first comma when a known name follows it: "Ministerio de Energía, Sinohydro y
 * Cosco" lists three actors, not an institution's fields. A known name after "de"/"of" closes the last
 * field ("Museo Nacional de Arqueología, Antropología e Historia del Perú").
 */
export function beforeListedName(
  terms: readonly Term[],
  span: { first: number; last: number },
  known: readonly { start: number }[],
): { first: number; last: number } {
  const ofBefore = (start: number): boolean => {
    const i = terms.findIndex((t) => t.start === start);
    const before = terms[i - 1] && /^(the|el|la)$/.test(word(terms[i - 1]!)) ? terms[i - 2] : terms[i - 1];
    return i > 0 && before !== undefined && /^(of|de|del)$/.test(word(before));
  };
  for (let k = span.first; k < span.last; k++) {
    const listed = known.some((m) => terms[k + 1]!.start <= m.start && m.start < terms[span.last]!.end && !ofBefore(m.start));
    if (/^,/.test(terms[k]!.post) && listed) return { first: span.first, last: k };
  }
  return span;
}

/** True when a capitalised "He" inside a sentence, before another capitalised word, is a Chinese surname ("Vice Premier He Lifeng"). */
function surnameHe(terms: readonly Term[], t: Term): boolean {
  if (t.text !== 'He' || t.opensSentence || BREAK.test(t.post)) return false;
  const next = terms[terms.indexOf(t) + 1];
  return next !== undefined && isCapitalised(next);
}

/** True when a month's abbreviation with no number beside it is a name's word ("Wang Jun", not "3 Jun"). */
function namedAbbreviation(terms: readonly Term[], t: Term): boolean {
  if (!t.tags.has('Abbreviation') || !t.tags.has('Month')) return false;
  const i = terms.indexOf(t);
  return ![terms[i - 1], terms[i + 1]].some((n) => n !== undefined && /\d/u.test(n.text));
}

/**
 * Trims a span to its name: leading determiners, demonyms and (unless a head word makes it an
 * institution) titles go; so do trailing lower-case words. Undefined when nothing is left.
 */
export function trim(terms: readonly Term[], first: number, last: number): { first: number; last: number } | undefined {
  const edge = (t: Term) =>
    !isCapitalised(t) ||
    LEADING_WORDS.test(word(t)) ||
    PEOPLE_OF.test(word(t)) ||
    DEMONYMS.some(([re]) => re.test(word(t))) ||
    (EDGE_TAGS.some((tag) => t.tags.has(tag) && !t.tags.has('Person') && !t.tags.has('Place')) &&
      !namedAbbreviation(terms, t) &&
      !surnameHe(terms, t)) ||
    // "Visitó Yangshan", "Firmaron el acuerdo": a Spanish verb's ending on a sentence's first word.
    (t.opensSentence && SPANISH_VERB.test(t.text));
  let institution = false;
  for (let i = first; i <= last; i++) if (clue(HEAD_WORDS, word(terms[i]!))) institution = true;
  // "the Peruvian Navy", "the Chinese Embassy", "American Lithium": a demonym before one word that is
  // no title, person or place is part of the name.
  const demonymName = (k: number) => {
    const next = terms[last]!;
    if (k + 1 !== last || !DEMONYMS.some(([re]) => re.test(word(terms[k]!))) || !isCapitalised(next)) return false;
    return Boolean(clue(HEAD_WORDS, word(next))) || !(TITLES.test(word(next)) || next.tags.has('Person') || next.tags.has('Place'));
  };
  // "La Libertad", "El Callao", "El Comercio": an article that a known place's or medium's name holds is no edge.
  const articlePlace = (k: number) =>
    /^(la|el|los|las)$/.test(word(terms[k]!)) &&
    isCapitalised(terms[k]!) &&
    k < last &&
    // "the La Joya district": after an English article, a capitalised Spanish one is the name's own.
    ((k > 0 && word(terms[k - 1]!) === 'the' && !BREAK.test(terms[k - 1]!.post)) ||
      ['PLACE', 'MEDIA'].includes(
        gazetteerType(
          terms
            .slice(k, last + 1)
            .map((t) => t.text)
            .join(' '),
        ) ?? '',
      ));
  while (
    first <= last &&
    !demonymName(first) &&
    !articlePlace(first) &&
    (edge(terms[first]!) || (!institution && TITLES.test(word(terms[first]!))))
  )
    first++;
  const numbered = (k: number) => k > first && numberEnds(terms, k - 1);
  // "Anglo American", "Banco Americano": a capitalised demonym after a name's own capitalised word ends that name.
  const demonymLast = (k: number) =>
    k > first &&
    isCapitalised(terms[k]!) &&
    DEMONYMS.some(([re]) => re.test(word(terms[k]!))) &&
    !edge(terms[k - 1]!) &&
    !/^(latin|south|north|central|east|west|southeast|northeast)$/.test(word(terms[k - 1]!));
  while (last >= first && edge(terms[last]!) && !numbered(last) && !demonymLast(last)) last--;
  // "the Andean region", "the Asian market": a region's adjective alone is no name.
  if (first === last && REGION_ADJECTIVE.test(word(terms[first]!))) return undefined;
  return first > last ? undefined : { first, last };
}

/** Adjectives of a world region, which stand before a noun and name nothing alone. */
const REGION_ADJECTIVE = wordsPattern('andean|asian|amazonian|european|african|caribbean|oceanian|eurasian');

/** Endings of Spanish verbs in the past or future tense ("Visitó", "Firmaron", "Recibieron", "Invertirá"). */
const SPANISH_VERB = /^\p{Lu}\p{Ll}+(?:ó|aron|ieron|ará|erá|irá|arán|erán|irán)$/u;
/** People a sentence may open with before the body they belong to ("Representatives of Río Blanco Copper"). */
const PEOPLE_OF = wordsPattern(
  'representatives|executives|officials|residents|members|workers|employees|shareholders|delegates|leaders|communities|' +
    'directivos|representantes|ejecutivos|funcionarios|trabajadores|comuneros|pobladores|dirigentes|miembros|accionistas|' +
    'delegations|delegaciones',
);
/** Title words that qualify an office and end no title ("Foreign" of "Foreign Minister", "Trade" of "World Trade Organization"). */
const TITLE_MODIFIERS = /^(foreign|trade|vice|prime|deputy|chief)$/;
/** Small words a person's name may hold between its capitalised words ("Mario de las Casas"). */
const PERSON_PARTICLES = /^(de|la|las|los|del|da|van|von|bin)$/;

/**
 * "Trina Solar of Changzhou", "ISA of Colombia": a name without a head word, "of", and the town or
 * country it is from (its last word) are two names ("Bank of China", "Municipality of Lima" keep theirs,
 * their head word asks for the complement). A span of another shape is returned whole.
 */
export function splitAtOfPlace(terms: readonly Term[], span: { first: number; last: number }): { first: number; last: number }[] {
  const of = span.last - 1;
  if (of <= span.first || word(terms[of]!) !== 'of') return [span];
  const place = terms[span.last]!;
  if (!['PLACE', 'COUNTRY'].includes(gazetteerType(place.text) ?? '')) return [span];
  const words = terms.slice(span.first, of);
  if (!words.every(isCapitalised) || words.some((t) => clue(HEAD_WORDS, word(t)) || TITLES.test(word(t)))) return [span];
  return [
    { first: span.first, last: of - 1 },
    { first: span.last, last: span.last },
  ];
}

/**
 * Splits a title off a person's name inside a span: "Foreign Minister Wang Yi", "General Manager Li
 * Wei", "Bank of China Chairman Ge Haijiao" keep the name after the last title word when one to four
 * capitalised words that are neither titles nor head words follow it. What stands before the title is
 * kept as a name of its own only when a head word makes it a body's ("Bank of China"); a portfolio
 * ("Trade", "Energy and Mines") goes. A span with no such title is returned whole.
 */
export function cutAtTitle(terms: readonly Term[], span: { first: number; last: number }): { first: number; last: number }[] {
  // "el congresista por Junín Wilson Rojas": a lawmaker's constituency, then the lawmaker.
  const by = terms[span.first - 1];
  const title = terms[span.first - 2];
  if (by && title && /^(por|for)$/.test(word(by)) && TITLES.test(word(title)) && span.last > span.first) {
    for (let n = 1; n <= 2 && span.first + n <= span.last; n++) {
      const place = terms.slice(span.first, span.first + n).map((t) => t.text);
      if (gazetteerType(place.join(' ')) === 'PLACE')
        return [
          { first: span.first, last: span.first + n - 1 },
          { first: span.first + n, last: span.last },
        ];
    }
  }
  let k = span.last - 1;
  while (k >= span.first && !TITLES.test(word(terms[k]!))) k--;
  if (k < span.first || TITLE_MODIFIERS.test(word(terms[k]!))) return [span];
  const name = terms.slice(k + 1, span.last + 1);
  const caps = name.filter(isCapitalised);
  const nameLike =
    caps.length >= 1 &&
    caps.length <= 4 &&
    isCapitalised(name[0]!) &&
    name.every((t) => (isCapitalised(t) ? !TITLES.test(word(t)) && !clue(HEAD_WORDS, word(t)) : PERSON_PARTICLES.test(word(t)))) &&
    !name.some((t) => t.tags.has('Organization')) &&
    (caps.length > 1 || caps[0]!.tags.has('ProperNoun') || caps[0]!.tags.has('Person'));
  if (!nameLike) return [span];
  let titleStart = k;
  while (titleStart > span.first && TITLES.test(word(terms[titleStart - 1]!))) titleStart--;
  const before = titleStart > span.first ? trim(terms, span.first, titleStart - 1) : undefined;
  const body = before && before.last > before.first && terms.slice(before.first, before.last + 1).some((t) => clue(HEAD_WORDS, word(t)));
  return [...(body ? [before] : []), { first: k + 1, last: span.last }];
}
