/**
 * Relations a reader takes from a noun phrase rather than a verb: a demonym in an apposition or
 * predicate ("Motored Andina, a Peruvian distributor," "CCB will be the third Chinese bank", "MMG, la
 * minera de capitales chinos") gives AFFILIATED_WITH; a seat ("the Shenzhen-based Huawei", "X, a state
 * lender based in Beijing", "X, con sede en Y") gives HEADQUARTERED_IN; an office ("Huawei's Lima
 * office", "la oficina de Huawei en Lima", "Huawei has an office in Lima") gives LOCATED_IN; a
 * subsidiary ("Entel Perú, the Peruvian arm of the Chilean operator Entel", "Chinalco's Peruvian unit,
 * X", "la filial peruana de Y, X", "Chinalco subsidiary X") gives PART_OF.
 */
import { proposal, WORD, type Proposal } from './proposal.js';
import { countryNamedAt, isNounPhraseWord } from './title-relations.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

const BODY = new Set(['COMPANY', 'ORGANIZATION', 'GROUP', 'MEDIA', 'GOVERNMENT']);
const WHERE = new Set(['PLACE', 'COUNTRY']);

/** After a body: its acronym in brackets, then a comma or a copula, then an article ("X (ACR), a", "X will be the"). */
const APPOSITION_OR_PREDICATE = new RegExp(
  '^\\s*(?:\\([^()]{1,60}\\)\\s*)?(?:,\\s*|\\s+(?:is|was|will be|would be|became|remains|es|era|fue|será|sería|sigue siendo)\\s+)' +
    // "X, one of the largest Peruvian growers", "X, una de las mayores agroexportadoras peruanas".
    '((?:one|uno|una)\\s+(?:of|de)\\s+)?(a|an|the|un|una|el|la|los|las)\\s+([^,;:.()"“”]{1,80})',
  'u',
);
/**
 * After a country apposed to a body: its possessive and a lower-case noun phrase that closes ("’s
 * largest state oil group,"), not a title before a name ("’s ambassador, Zhao Minghui").
 */
export const POSSESSIVE_APPOSITION = /^['’]s\s+(?:[\p{Ll}\d-]+\s+){0,4}[\p{Ll}-]+\s*(?:[.;]|,(?!\s*\p{Lu}))/u;
/** A place's kind with a demonym, then "of"/"de" right before the place ("the Chinese province of ", "la ciudad china de "). */
const PLACE_OF_DEMONYM = new RegExp(
  '(?:(?:the|la|el)\\s+(?:(?:port|coastal|southern|northern|eastern|western)\\s+)?' +
    '(?:(\\p{Lu}\\p{Ll}+)\\s+(?:province|city|region|port city|state)|' +
    '(?:provincia|ciudad|región|localidad|ciudad portuaria|región autónoma)\\s+(\\p{Ll}+))\\s+(?:of|de)\\s+)$',
  'u',
);
/** Words that join the items of a list. */
const LIST = /^(?:and|y|or|o|e)$/iu;
/** What may end an apposition's noun phrase: punctuation, a relative, a preposition, a participle. */
const PHRASE_END =
  /^(?:that|which|who|whose|que|cuyo|cuya|in|en|with|con|based|headquartered|owned|since|desde|for|para|to|a|of|de|del)$/iu;

/** Between a body and its seat: "(ACR), a state lender based in", ", con sede en el distrito limeño de". */
const BASED_IN = new RegExp(
  '^\\s*(?:\\([^()]{1,60}\\)\\s*)?,\\s*(?:(?:a|an|the|un|una|el|la)\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}?' +
    '(?:(?:which|that|que)\\s+(?:is|está)\\s+)?' +
    '(?:based|headquartered|con sede(?: central)?|(?:que\\s+)?tiene\\s+su\\s+sede|domiciliad[oa])\\s+(?:in|en)\\s+' +
    '(?:(?:the|la|el)\\s+)?(?:[\\p{Ll}]+\\s+){0,2}?(?:(?:of|de)\\s+)?$',
  'u',
);
/** "-based" after a place: "Shenzhen-based", "Lima‑headquartered". */
const SEATED = /^[-‑](?:based|headquartered)\s+(?=\p{Ll})/u;
/** Between a place and the body seated there: "-based ", "-based mining company ". */
const SEATED_BODY = /^[-‑](?:based|headquartered)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
/** Between a body and a place where it has an office: "'s office in", ", which …, has had an office in", "abrió una oficina en". */
const OFFICE_IN = new RegExp(
  "^(?:['’]s\\s+(?:[\\p{Ll}]+\\s+)?(?:office|offices|branch|plant|factory)|" +
    // ", which opened a branch in", ", que abrió una sucursal en": the relative's antecedent has the office.
    '\\s*(?:,[^,;]{1,60},\\s*)?(?:,\\s*(?:which|that|que)\\s+)?' +
    '(?:has|have|had|has had|opened|opens|will open|maintains|abrió|abrirá|tiene|mantiene|cuenta con)\\s+' +
    '(?:an?\\s+|its\\s+|una?\\s+|su\\s+|sus\\s+)?(?:new\\s+|nueva\\s+)?' +
    '(?:office|offices|branch|representative office|oficina|oficinas|sucursal))' +
    '\\s+(?:in|en)\\s+(?:(?:the|la|el)\\s+)?$',
  'u',
);
/** Before a body whose office is in a place: "the office of", "la oficina de". */
const OFFICE_OF = /(?:office|branch|oficina|sucursal|planta)\s+(?:(?:regional|comercial)\s+)?(?:of|de|del)\s+(?:(?:the|la|el)\s+)?$/iu;
/** A part of a company: subsidiary, unit, arm. */
const PART = '(?:subsidiary|unit|arm|branch|division|affiliate|filial|subsidiaria|sucursal|unidad|división)';
/** Between a part and its whole: ", the Peruvian arm of the Chilean operator", ", una filial de la". */
const PART_OF_AFTER = new RegExp(
  `^\\s*(?:\\([^()]{1,60}\\)\\s*)?,\\s*(?:(?:a|an|the|its|un|una|la|el|su)\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${PART}(?:\\s+[\\p{Ll}]+)?` +
    '\\s+(?:of|de|del)\\s+(?:(?:the|la|el)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?$',
  'u',
);
/** Before a whole whose part follows: "the Peruvian subsidiary of", "la filial peruana de". */
const PART_OF_BEFORE = new RegExp(
  `(?:^|[\\s,;:—–(])(?:the|its|a|an|la|el|su|una|un)\\s+(?:[\\p{L}-]+\\s+)?${PART}(?:\\s+[\\p{Ll}]+)?` +
    '\\s+(?:of|de|del)\\s+(?:(?:the|la|el)\\s+)?$',
  'iu',
);
/** Between a whole and its part: "'s Peruvian unit, ", " subsidiary ". */
const WHOLE_THEN_PART = new RegExp(`^(?:['’]s\\s+(?:[\\p{L}-]+\\s+){0,2}?${PART}\\s*,?\\s*|\\s+${PART}\\s+)$`, 'u');

/** Every relation the noun phrases of one sentence give among the entities `inside` it (sorted by start). */
export function nounPhraseRelations({
  text,
  inside,
  countryOf,
}: {
  text: string;
  inside: readonly Endpoint[];
  countryOf: (demonym: string) => string | undefined;
}): Proposal[] {
  const out: Proposal[] = [];
  for (const x of inside) if (BODY.has(x.type)) out.push(...demonymApposition(text, inside, countryOf, x));
  // "The Chinese company will install …" (a description of Huawei), "la naviera estatal china": the demonym of a description.
  for (const x of inside) {
    if (!BODY.has(x.type)) continue;
    const surface = text.slice(x.start, x.end);
    if (!/^(?:the|el|la|this|este|esta)\s/iu.test(surface)) continue;
    for (const w of surface.matchAll(WORD)) {
      const country = countryNamedAt({ text, inside, countryOf, start: x.start + w.index, end: x.start + w.index + w[0].length });
      if (!country || country.id === x.id) continue;
      out.push(proposal({ text, type: 'AFFILIATED_WITH', source: x, target: country, hit: { start: x.start, end: x.end }, strength: 0.6 }));
      break;
    }
  }
  // "la provincia china de Zhejiang", "the Chinese port city of Ningbo": a place of a demonym's country.
  for (const x of inside) {
    if (x.type !== 'PLACE') continue;
    const kind = PLACE_OF_DEMONYM.exec(text.slice(Math.max(0, x.start - 60), x.start));
    const demonym = kind?.[1] ?? kind?.[2];
    if (!kind || !demonym) continue;
    const start = x.start - kind[0].length + kind[0].indexOf(demonym);
    const country = countryNamedAt({ text, inside, countryOf, start, end: start + demonym.length });
    if (country && country.id !== x.id)
      out.push(proposal({ text, type: 'LOCATED_IN', source: x, target: country, hit: { start, end: x.start }, strength: 0.6 }));
  }
  // "CNPC, China’s largest state oil group, …", "X, one of China’s biggest feed makers": a country's possessive apposed to a body.
  for (const [i, x] of inside.entries()) {
    const c = inside[i + 1];
    // "X, one of China’s biggest feed makers".
    const apposed = /^\s*(?:\([^()]{1,60}\)\s*)?,\s*(?:(?:one|uno|una)\s+(?:of|de)\s+)?$/u;
    if (!c || c.type !== 'COUNTRY' || !BODY.has(x.type) || !apposed.test(text.slice(x.end, c.start))) continue;
    if (POSSESSIVE_APPOSITION.test(text.slice(c.end, c.end + 80)))
      out.push(proposal({ text, type: 'AFFILIATED_WITH', source: x, target: c, hit: { start: x.end, end: c.end }, strength: 0.6 }));
  }
  for (const [i, x] of inside.entries()) {
    for (const [j, y] of inside.entries()) {
      if (j <= i || j > i + 3 || x.id === y.id) continue;
      const gap = text.slice(x.end, y.start);
      // Only a bracketed acronym may stand between the two, but for a comma clause before "has an office".
      const clear = inside.slice(i + 1, j).every((e) => text[e.start - 1] === '(' && text[e.end] === ')');
      const hit = { start: x.end, end: y.start };
      const add = (type: 'HEADQUARTERED_IN' | 'LOCATED_IN' | 'PART_OF', source: Endpoint, target: Endpoint, strength: number): void => {
        if (fits(type, source.type, target.type)) out.push(proposal({ text, type, source, target, hit, strength }));
      };
      if (BODY.has(x.type) && WHERE.has(y.type)) {
        if (clear && BASED_IN.test(gap)) add('HEADQUARTERED_IN', x, y, 0.7);
        const officeOf = clear && /^\s+(?:in|en)\s+(?:(?:the|la|el)\s+)?$/u.test(gap) && OFFICE_OF.test(before(text, x));
        // "Huawei's Lima office"
        const officeAfter =
          clear && /^['’]s\s+$/u.test(gap) && /^\s+(?:office|offices|branch|plant|factory)\b/u.test(text.slice(y.end, y.end + 12));
        if (OFFICE_IN.test(gap) || officeOf || officeAfter) add('LOCATED_IN', x, y, 0.6);
        // "Huawei, a Shenzhen-based company,"
        if (clear && /^\s*(?:\([^()]{1,60}\)\s*)?,\s*(?:a|an|the)\s+$/u.test(gap) && SEATED.test(text.slice(y.end, y.end + 30)))
          add('HEADQUARTERED_IN', x, y, 0.7);
      }
      if (!clear) continue;
      // "the Shenzhen-based Huawei"
      if (WHERE.has(x.type) && BODY.has(y.type) && SEATED_BODY.test(gap)) add('HEADQUARTERED_IN', y, x, 0.7);
      if (BODY.has(x.type) && BODY.has(y.type)) {
        if (PART_OF_AFTER.test(gap)) add('PART_OF', x, y, 0.65);
        if (/^\s*(?:\([^()]{1,60}\)\s*)?,\s*$/u.test(gap) && PART_OF_BEFORE.test(before(text, x))) add('PART_OF', y, x, 0.65);
        if (WHOLE_THEN_PART.test(gap)) add('PART_OF', y, x, 0.65);
      }
    }
  }
  return out;
}

/** Up to 60 characters of `text` before `e`. */
const before = (text: string, e: Endpoint): string => text.slice(Math.max(0, e.start - 60), e.start);

/**
 * AFFILIATED_WITH the country of a demonym in the noun phrase apposed to a body or predicated of it:
 * "Motored Andina, a Peruvian distributor that", "CCB will be the third Chinese bank in Peru", "MMG,
 * la minera de capitales chinos que". The phrase is lowercase nouns around one demonym; an English
 * demonym needs a noun after it, a Spanish one a noun before it. A phrase that goes on with "and" is
 * a list, not an apposition.
 */
function demonymApposition(
  text: string,
  inside: readonly Endpoint[],
  countryOf: (demonym: string) => string | undefined,
  body: Endpoint,
): Proposal[] {
  const m = APPOSITION_OR_PREDICATE.exec(text.slice(body.end, body.end + 140));
  if (!m) return [];
  const phraseStart = body.end + m.index + m[0].length - m[3]!.length;
  const words = [...m[3]!.matchAll(WORD)].map((w) => ({ w: w[0], start: phraseStart + w.index, end: phraseStart + w.index + w[0].length }));
  // The phrase ends at a joining word, but for "de" in "de capitales chinos"; "and" makes it a list.
  const end = words.findIndex(
    (w, k) =>
      k > 0 && (PHRASE_END.test(w.w) || LIST.test(w.w)) && !(/^de$/iu.test(w.w) && /^capital(?:es)?$/iu.test(words[k + 1]?.w ?? '')),
  );
  const phrase = end < 0 ? words : words.slice(0, end);
  const after = text.slice(phrase[phrase.length - 1]?.end ?? body.end);
  if (phrase.length === 0 || phrase.length > 5 || (end >= 0 && LIST.test(words[end]!.w)) || (end < 0 && !/^\s*(?:[,.;]|$)/u.test(after)))
    return [];
  // "X, the Peruvian embassy, and Y" lists three; "X, a Peruvian importer, and Y" apposes an indefinite phrase.
  if (/^(?:the|el|la)$/iu.test(m[2]!) && /^\s*,\s*(?:and|y|or|o)\s/u.test(after)) return [];
  // After "one of", the nouns are plural ("growers", "agroexportadoras").
  const nounWord = (w: string) => isNounPhraseWord(m[1] ? w.replace(/(?<=\p{L}{3})e?s$/u, '') : w);
  for (const [k, w] of phrase.entries()) {
    const country = countryNamedAt({ text, inside, countryOf, start: w.start, end: w.end });
    if (!country || inside.includes(country)) continue;
    const others = phrase.filter((_, j) => j !== k && !/^(?:de|capital|capitales)$/u.test(phrase[j]!.w));
    const english = /^\p{Lu}/u.test(w.w);
    const ok = others.every((o) => nounWord(o.w)) && (english ? k < phrase.length - 1 : k > 0);
    if (!ok) return [];
    const last = phrase[phrase.length - 1]!;
    return [
      proposal({
        text,
        type: 'AFFILIATED_WITH',
        source: body,
        target: country,
        hit: { start: phrase[0]!.start, end: last.end },
        strength: 0.65,
      }),
    ];
  }
  return [];
}
