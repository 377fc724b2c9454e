/** The type a candidate entity is suggested: what its words, its neighbours and the NLP library say it is. */
import { DEMONYMS } from '../domain/demonyms.js';
import { wordsPattern } from '../domain/text.js';
import type { EntityType } from '../domain/vocabulary.js';
import { CHINESE_SURNAMES, gazetteerType } from './gazetteer.js';
import { AFTER_WORDS, BEFORE_WORDS, BREAK, HEAD_WORDS, TITLES, clue, isCapitalised, word } from './candidate-clues.js';
import type { NamedSpan, Term } from './nlp.js';

/**
 * The suggested type of the name at terms `first`..`last`: a head word, then a word just before or
 * after it, then an apposition naming an office, then the library's kind and tags; undefined when
 * unclear.
 */
export function candidateType({
  terms,
  first,
  last,
  named,
}: {
  terms: readonly Term[];
  first: number;
  last: number;
  named?: NamedSpan['kind'];
}): EntityType | undefined {
  const head = headType(terms, { first, last });
  // "Instituto Nacional de …", "Banco Central de Reserva": a national institute or a central bank is
  // a state body; a national university or society is not.
  const names = terms.slice(first, last + 1).map(word);
  if (names.some((w) => /^(nacional|national|central)$/.test(w)) && names.some((w) => STATE_HEADS.test(w))) return 'GOVERNMENT';
  // "Inter-American Development Bank", "Banco Mundial": a bank of many states is an international organisation.
  if (names.some((w) => /^(bank|banco)$/.test(w)) && MULTILATERAL_BANK.test(` ${names.join(' ')} `)) return 'ORGANIZATION';
  // "el consorcio Vías Andinas del Centro": a head word only after "de" ("del Centro") yields to a kind noun before the name.
  const kindBefore = terms[first - 1] && !isCapitalised(terms[first - 1]!) ? clue(BEFORE_WORDS, word(terms[first - 1]!)) : undefined;
  if (head && kindBefore && kindBefore !== 'PERSON' && kindBefore !== 'PLACE' && !headType(terms, { first, last }, { early: true }))
    return kindBefore;
  // "a hospital ship of the People’s Liberation Army Navy": a body's own head word wins over a facility noun before it.
  if (head === 'GOVERNMENT' || head === 'ORGANIZATION' || head === 'COMPANY' || head === 'MEDIA') return head;
  // "the Mantaro River", "the Urubamba Valley": an English name ending in a place's kind is that place, whatever facility stands before it.
  if (head === 'PLACE' && last > first && NATURAL_PLACES.test(word(terms[last]!))) return 'PLACE';
  const before = (k: number) => terms[first - k];
  // "la mina de hierro Marcona", "el puerto de Matarani": a facility's noun a few words back (before
  // the head: "Río" in a mine's name is no river), not across a place's preposition ("the hospital in X").
  // "el distrito limeño de La Victoria", "the port city of X": a place's kind a few words back makes a place.
  let place = false;
  const from = before(1) && /^(la|el|los|las)$/.test(word(before(1)!)) ? 2 : 1;
  for (let k = from; k <= from + 3 && before(k) && !isCapitalised(before(k)!) && !BREAK.test(before(k)!.post); k++) {
    // "El tramo unirá Chosica": a verb between the facility's noun and the name makes the name its object.
    if (FINITE_VERB.test(before(k)!.text)) break;
    if (FACILITY.test(word(before(k)!))) return 'INFRASTRUCTURE';
    place = PLACE_KINDS.test(word(before(k)!));
    if (place || ACROSS.test(word(before(k)!))) break;
  }
  // "Jorge Seminario Abad", "Julio del Valle Ferreyros": a first name, then a head word inside the name
  // (neither the Spanish head first nor the English head last) is a surname.
  if (head && givenNameFirst(terms, first, last)) return 'PERSON';
  // "la concesionaria Salaverry Terminal Internacional", "operado por el consorcio Metro de Lima Línea 2",
  // "Hanhai Port Investment": a company named for its facility.
  if (head === 'INFRASTRUCTURE' && (OPERATOR_BEFORE.test(before3(terms, first)) || CORPORATE_LAST.test(word(terms[last]!))))
    return 'COMPANY';
  // "Ferrocarril Central Andino, the company that operates the Central Railway": an apposition naming a company.
  if (head === 'INFRASTRUCTURE' && BREAK.test(terms[last]!.post) && COMPANY_APPOSED.test(after5(terms, last))) return 'COMPANY';
  // "Lima Cargo City, a US$ 280 million freight terminal", "the Río Blanco deposit": a facility named like a place.
  const facilityAfter =
    terms[last + 1] && !isCapitalised(terms[last + 1]!) && clue(AFTER_WORDS, word(terms[last + 1]!)) === 'INFRASTRUCTURE';
  if (head === 'PLACE' && (describedAfter(terms, last) === 'INFRASTRUCTURE' || facilityAfter)) return 'INFRASTRUCTURE';
  if (head) return head;
  if (place) return 'PLACE';
  // "San Ignacio (Cajamarca)": a name with its region in brackets is a town.
  const bracket = terms[last + 1];
  if (bracket && /\($/u.test(bracket.pre) && /^\)/u.test(bracket.post) && gazetteerType(bracket.text) === 'PLACE') return 'PLACE';
  const after = (k: number) => terms[last + k];
  const b1 = before(1);
  const a1 = after(1);
  const b1Ends = !b1 || BREAK.test(b1.post);
  // "the newspaper El Comercio": past the article a name holds.
  const b2 = before(2);
  const article = b1 && /^(el|la)$/.test(word(b1)) && isCapitalised(b1) && b2 && !isCapitalised(b2) && !BREAK.test(b2.post);
  const strongBefore =
    b1 && !b1Ends && !isCapitalised(b1)
      ? (clue(BEFORE_WORDS, word(b1)) ?? kindPastAdjective(terms, first))
      : article
        ? mediaOrBody(clue(BEFORE_WORDS, word(b2!)))
        : undefined;
  // "said Ana Ruiz": a person only for a name that can be one, of two words or more, not a possessor ("said Yutong's buses").
  const saidBefore = strongBefore === 'PERSON' && /^(said|says|told)$/.test(word(b1!));
  const personAfterSaid = last > first && personLike(terms.slice(first, last + 1)) && !/['’]s$/u.test(terms[last]!.text);
  if (strongBefore && !['of', 'in', 'from', 'near', 'at'].includes(word(b1!)) && (!saidBefore || personAfterSaid)) return strongBefore;
  // "mines such as Cerro Verde", "mineras como Cerro Verde": the kind of the plural noun before "such as"/"como".
  const such = b1 && word(b1) === 'as' && b2 && word(b2) === 'such' ? before(3) : b1 && word(b1) === 'como' ? b2 : undefined;
  const kind = such && !isCapitalised(such) ? clue(BEFORE_WORDS, singular(word(such))) : undefined;
  if (kind && kind !== 'PERSON' && kind !== 'PLACE' && /s$/u.test(word(such!))) return kind;
  // "told Exitosa that", "dijo a RPP que", "en declaraciones a Gestión": whom a speaker tells is a medium, unless a person's name.
  const lead = before3(terms, first);
  if (TOLD_BEFORE.test(lead) && !personAfterSaid && !terms.slice(first, last + 1).some(isPersonWord)) return 'MEDIA';
  if (ACCOUNT_AROUND.test(lead) && /^accounts?$/.test(word(terms[last + 1] ?? terms[last]!))) return 'MEDIA';
  // "la comunidad campesina de Fuerabamba", "los comuneros de Huaylla Huaylla", "the community of X": a community.
  // "Communities of Chumbivilcas province" name the province.
  const placeAfter = a1 !== undefined && clue(AFTER_WORDS, word(a1)) === 'PLACE';
  if (
    b1 &&
    /^(de|of)$/.test(word(b1)) &&
    !b1Ends &&
    !placeAfter &&
    COMMUNITY_OF.test(
      terms
        .slice(Math.max(0, first - 4), first - 1)
        .map(word)
        .join(' '),
    )
  )
    return 'GROUP';
  const lastEnds = BREAK.test(terms[last]!.post);
  for (const a of [a1, a1 && !lastEnds && !isCapitalised(a1) ? after(2) : undefined]) {
    if (a && !lastEnds && !isCapitalised(a)) {
      const t = clue(AFTER_WORDS, word(a));
      // "X said": a person only when X can be a person's name, of two words or more (a body says things too).
      if (t && (t !== 'PERSON' || (last > first && personLike(terms.slice(first, last + 1))))) return t;
    }
  }
  const words = terms.slice(first, last + 1);
  // "Siderperú, con sede en Chimbote, …", "X, based in Y": what has a seat is a body.
  const seat = terms
    .slice(last + 1, last + 4)
    .map(word)
    .join(' ');
  if (BREAK.test(terms[last]!.post) && /^(con sede en|based in|headquartered in)$/.test(seat)) return 'COMPANY';
  // "Rómulo Mucho, who heads the ministry": "who" follows a person ("which" a body).
  if (
    /^,\s*$/u.test(terms[last]!.post) &&
    /^(who|whom|whose|quien|quienes)$/.test(word(terms[last + 1] ?? terms[last]!)) &&
    last > first &&
    personLike(words)
  )
    return 'PERSON';
  const described = describedAfter(terms, last);
  if (described && (described !== 'PERSON' || personLike(words))) return described;
  const apposition = appositionType(terms, first, last);
  if (apposition) return apposition;
  const titled = b1 !== undefined && !b1Ends && TITLES.test(word(b1));
  // "Liang Hui": a Chinese surname and a given name.
  const chinese =
    words.length === 2 && CHINESE_SURNAMES.test(word(words[0]!)) && words.every(isCapitalised) && !clue(HEAD_WORDS, word(words[1]!));
  // One word alone is a person's only with a title before it: the library takes many one-word names for first names.
  const guessed = words.length > 1 && (named === 'person' || words.some(isPersonWord));
  // "Torres Andinas, which runs 3,100 towers": "which" follows a body, never a person.
  const which =
    /^,\s*$/u.test(terms[last]!.post) && word(terms[last + 1] ?? terms[last]!) === 'which' && !terms[first]!.tags.has('FirstName');
  if (personLike(words) && (titled || chinese || (guessed && !which))) return 'PERSON';
  if (words.every((t) => t.tags.has('Country'))) return 'COUNTRY';
  const caps = words.filter(isCapitalised);
  if (named === 'place' || (caps.length > 0 && caps.every((t) => t.tags.has('Place')))) return 'PLACE';
  // "in X", "near X": most often a place ("of X" and "from X" say nothing); the library's guess of
  // an organisation is weaker than that for one word.
  const locative = strongBefore === 'PLACE' && ['in', 'near', 'at', 'en'].includes(word(b1!));
  if (locative && words.length === 1) return 'PLACE';
  if (named === 'organization' || words.some((t) => t.tags.has('Organization'))) return contextType(terms, { first, last });
  return locative ? 'PLACE' : undefined;
}

/** A kind a noun before an article-led name gives it, for a medium or a body only ("the daily El Comercio"). */
const mediaOrBody = (t: EntityType | undefined): EntityType | undefined =>
  t === 'MEDIA' || t === 'COMPANY' || t === 'GOVERNMENT' || t === 'ORGANIZATION' ? t : undefined;
/** Words of a bank owned by many states (folded, spaced): "Inter-American", "World", "Asian Infrastructure", "New Development". */
const MULTILATERAL_BANK = new RegExp(
  ' (?:inter-american|inter american|interamericano|world|mundial|asian|asiatico|african|africano|european|europeo|' +
    'multilateral|new development|latin america|america latina) ',
  'u',
);
/** Words before whom a speaker tells something: "told", "dijo a", "in an interview with", "en declaraciones a". */
const TOLD_BEFORE = new RegExp(
  '(?:^|\\s)(?:told|(?:dijo|declaro|indico|senalo|afirmo|explico|aseguro|preciso|comento|confirmo) a|interview with|' +
    'entrevista con|declaraciones a|sus? cuentas? (?:de|en))(?: la| el| the)?$',
  'u',
);
/** "on its WeChat account": a medium's account. */
const ACCOUNT_AROUND = /(?:^|\s)(?:its|his|her|their|official)$/u;
/** Lower-case adjectives a Spanish noun takes after it, before a name: "la automotriz china Chery", "el grupo arequipeño X". */
const POSTPOSED_ADJECTIVE =
  /^(?:china|chinas|chino|chinos|estatal|estatales|privada|privado|local|pública|público|\p{Ll}+(?:eño|eña|ense))$/u;
/** The kind a noun before a postposed adjective says a name is: a body or a facility, never a person or a place. */
function kindPastAdjective(terms: readonly Term[], first: number): EntityType | undefined {
  const [adjective, noun] = [terms[first - 1], terms[first - 2]];
  if (!adjective || !noun || isCapitalised(noun) || BREAK.test(noun.post)) return undefined;
  const w = word(adjective);
  if (!POSTPOSED_ADJECTIVE.test(adjective.text) && !DEMONYMS.some(([re]) => re.test(w))) return undefined;
  const type = clue(BEFORE_WORDS, word(noun));
  return type === 'PERSON' || type === 'PLACE' ? undefined : type;
}

/**
 * The type an apposition after a name gives it, from the first word of the apposition's noun phrase
 * that says what it is: "Rómulo Mucho, Peru's energy and mines minister", "Alto Piura, a dam and
 * tunnel project", "Tisur, filial del conglomerado …". A possessor ("the company's CEO") is no head;
 * the phrase ends at a preposition or a relative clause ("X, which operates the mine").
 */
export function describedAfter(terms: readonly Term[], end: number): EntityType | undefined {
  // "Tecnológica de Alimentos (TASA), Peru's largest fishmeal producer,": past the acronym in brackets.
  const acronym = terms[end + 1];
  const bracketed = acronym && (/\(\s*$/u.test(terms[end]!.post) || /\(/u.test(acronym.pre)) && /^\)\s*,/u.test(acronym.post);
  const last = bracketed ? end + 1 : end;
  if (!/^\)?\s*,/u.test(terms[last]!.post)) return undefined;
  // "X, one of the country's largest copper mines": one of a plural kind.
  const oneOf = /^(one|una|uno)$/.test(word(terms[last + 1] ?? terms[last]!)) && /^(of|de)$/.test(word(terms[last + 2] ?? terms[last]!));
  const from = oneOf ? last + 3 : last + 1;
  for (let k = from; k <= from + 7 && terms[k]; k++) {
    const t = terms[k]!;
    const w = word(t);
    if (PHRASE_END.test(w)) return undefined;
    // "the state-owned distributor": the first half of a hyphenated modifier is no noun.
    const hyphenated = /^-\S*$/u.test(t.post) && terms[k + 1] !== undefined;
    const noun = (n: string) =>
      isCapitalised(t) || /['’]s$/u.test(t.text) || NOT_NOUNS.test(n) || hyphenated ? undefined : clue(BEFORE_WORDS, n);
    // "la mayor productora": Spanish "mayor" after an article is "largest", no mayor.
    const adjective = /^(mayor|mayores)$/.test(w) && /^(la|el|los|las|una|un)$/.test(word(terms[k - 1]!));
    const type = adjective ? undefined : (noun(w) ?? (oneOf ? noun(singular(w)) : undefined));
    // A noun phrase opens with an article, a possessor or its noun: "X, said the lender" is no apposition.
    if (k === from && !DETERMINERS.test(w) && !/['’]s$/u.test(t.text) && !type) return undefined;
    if (type) return type;
    if (BREAK.test(t.post)) return undefined;
  }
  return undefined;
}
/** A plural noun's singular, folded: "mines" → "mine", "refinerías" → "refineria", "companies" → "company", "fundiciones" → "fundicion". */
export function singular(w: string): string {
  if (/ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/[^aeiou]es$/.test(w) && !/(mines|plantes)$/.test(w)) return w.replace(/es$/, '');
  return w.replace(/s$/, '');
}
/** Clue words that are no noun of an apposition: prepositions and verbs of saying. */
const NOT_NOUNS = /^(of|in|from|near|at|said|says|told)$/;
/** Articles and possessives that open a noun phrase. */
const DETERMINERS = wordsPattern('a|an|the|its|his|her|their|un|una|el|la|los|las|su|sus');
/** Words that end an apposition's noun phrase: prepositions and relative words. */
const PHRASE_END = wordsPattern('of|de|del|in|en|for|para|with|con|at|by|por|which|that|who|whose|que|quien|cuyo|cuya|donde|where');

/**
 * The type an apposition before a name gives it: "the energy regulator, Osinergmin" is a government;
 * "Peru's mining minister, X Y", "the regulator's head, X Y", "the mayor of Lima, X Y" are people
 * (a possessor, "regulator's", says nothing of the name).
 */
function appositionType(terms: readonly Term[], first: number, last: number): EntityType | undefined {
  const b1 = terms[first - 1];
  if (!b1 || !/^,\s*$/u.test(b1.post)) return undefined;
  const person = personLike(terms.slice(first, last + 1));
  if (isCapitalised(b1)) return person ? officeBefore(terms, first - 1) : undefined;
  // The nearest noun with a type, unless "of" makes it a complement of an earlier noun: "the secretary
  // general of the union, X Y" is no union.
  let found: EntityType | undefined;
  for (let k = first - 1; k >= Math.max(0, first - 7); k--) {
    const t = terms[k]!;
    // "the secretary general of the union, X", "his counterpart at the smelter, X": a noun's complement says nothing of the name.
    // (A person's office after "with" is the verb's: "opened the plant with the ambassador, X".)
    if (/^(of|de|del)$/.test(word(t)) || (/^(at|in|from|with|en|con)$/.test(word(t)) && found !== 'PERSON')) found = undefined;
    const type = /['’]s$/u.test(t.text) ? undefined : /^(head|chief|boss)$/.test(word(t)) ? 'PERSON' : clue(BEFORE_WORDS, word(t));
    if (!found && (type === 'GOVERNMENT' || type === 'COMPANY' || type === 'ORGANIZATION' || type === 'INFRASTRUCTURE')) found = type;
    if (!found && type === 'PERSON' && person && !/^(said|says|told)$/.test(word(t))) found = type;
    if (k < first - 1 && BREAK.test(t.post)) break;
  }
  return found;
}

/**
 * PERSON when an office of a place or body ends just before a name's comma: "el gobernador regional
 * de Áncash, X", "the mayor of Lima, X". `end` is the term before the comma.
 */
function officeBefore(terms: readonly Term[], end: number): EntityType | undefined {
  // Back over the body's name, its inner connectors included ("Ministerio de Energía y Minas"): a small
  // word belongs to the name when a capitalised word stands on either side of it.
  const small = (i: number) => /^(and|y|e|of|de|del|la|las|los|the)$/.test(word(terms[i]!));
  const inName = (i: number) =>
    isCapitalised(terms[i]!) && !TITLES.test(word(terms[i]!))
      ? true
      : small(i) && i > 0 && isCapitalised(terms[i - 1]!) && !TITLES.test(word(terms[i - 1]!));
  let k = end;
  while (k >= 0 && inName(k) && (k === end || !BREAK.test(terms[k]!.post))) k--;
  if (k >= 0 && k < end && /^(the|el|la|los|las)$/.test(word(terms[k]!))) k--;
  if (k < 0 || k === end || !/^(of|de|del)$/.test(word(terms[k]!))) return undefined;
  // "the mayor of Lima", "Peru's Minister of Energy and Mines": the office, capitalised or not.
  for (
    let i = k - 1;
    i >= Math.max(0, k - 3) && (!isCapitalised(terms[i]!) || TITLES.test(word(terms[i]!))) && !BREAK.test(terms[i]!.post);
    i--
  ) {
    if (clue(BEFORE_WORDS, word(terms[i]!)) === 'PERSON') return 'PERSON';
  }
  return undefined;
}

/**
 * The type a name's head word gives it: the head of "Government Palace" is its last word; of
 * "Ministry of Energy and Mines", the word before "of"; else any word of the name with a type.
 */
export function headType(
  terms: readonly Term[],
  { first, last }: { first: number; last: number },
  { early = false }: { early?: boolean } = {},
): EntityType | undefined {
  const names = terms.slice(first, last + 1).map(word);
  const compound = compoundHead(names);
  if (compound) return compound;
  // "Federación Minera del Sur", "Cámara Minera": a Spanish name opens with its head noun.
  const opening = SPANISH_HEADS.test(names[0]!) ? clue(HEAD_WORDS, names[0]) : undefined;
  if (opening) return opening;
  let headEnd = first;
  while (headEnd < last && !/^(of|de|del|for|para)$/.test(word(terms[headEnd + 1]!))) headEnd++;
  for (let i = headEnd; i >= first; i--) {
    const t = clue(HEAD_WORDS, word(terms[i]!));
    if (t) return t;
  }
  if (early) return undefined;
  for (let i = headEnd + 1; i <= last; i++) {
    const t = clue(HEAD_WORDS, word(terms[i]!));
    if (t) return t;
  }
  return undefined;
}

/**
 * The type of a head noun whose sense the rest of the name decides: a park or zone is a facility when
 * industrial or economic ("Parque Industrial de Ancón", "Special Economic Zone"), else a place; a
 * congress is an event when international or annual ("Congreso Internacional de Minería"), else a state body.
 */
function compoundHead(names: readonly string[]): EntityType | undefined {
  if (names.some((w) => /^(park|parque|zone|zona)$/.test(w))) return names.some((w) => ZONE_USES.test(w)) ? 'INFRASTRUCTURE' : 'PLACE';
  if (names.some((w) => /^(congress|congreso)$/.test(w)) && names.some((w) => EVENT_SCOPES.test(w))) return 'EVENT';
  // "Centro de Datos Río Seco", "Centro Logístico Cainiao", "Lima Data Centre": a centre that stores or sells is a facility.
  if (names.some((w) => /^(centro|centre|center)$/.test(w)) && names.some((w) => CENTRE_USES.test(w))) return 'INFRASTRUCTURE';
  return undefined;
}
/** Words that make a park or zone a facility. */
const ZONE_USES = wordsPattern(
  'industrial|economic|economica|especial|special|free|franca|tecnologico|technology|logistics|logistico|eolico|wind|solar|' +
    'science|cientifico',
);
/** Words that make a centre a facility. */
const CENTRE_USES = wordsPattern('datos|data|logistico|logistics|comercial|shopping|distribucion|distribution|almacenamiento|storage');
/** Words that make a congress a gathering rather than a parliament. */
const EVENT_SCOPES = wordsPattern('international|internacional|world|mundial|annual|anual|latinoamericano|iberoamericano');
/** The words before a community's "de"/"of": "comunidad campesina", "comuneros", "the peasant community". */
const COMMUNITY_OF = /(?:^|\s)(?:comunidad(?:es)?(?: campesinas?| nativas?| indigenas?)?|comuneros|community|communities)$/u;
/** Spanish head nouns that open a name whatever the words after them ("Cámara Minera", "Presa Limón"). */
const SPANISH_HEADS = wordsPattern(
  'ministerio|municipalidad|gobierno|superintendencia|autoridad|comision|camara|federacion|confederacion|asociacion|' +
    'sindicato|fundacion|universidad|instituto|colegio|escuela|centro|museo|embajada|consulado|defensoria|fiscalia|' +
    'contraloria|mina|planta|presa|represa|refineria|fundicion|puerto|aeropuerto|estadio|puente|carretera|linea|muelle|' +
    'ferrocarril|tren|via|subestacion|' +
    'gasoducto|oleoducto|tunel|feria|foro|cumbre|encuentro|acuerdo|convenio|tratado|protocolo|memorando|programa|' +
    'estrategia|iniciativa|valle|lago|isla|bahia|laguna|consorcio|' +
    // "Inversiones Cordillera", "Compañía Minera Ares": a company's name opens with its kind.
    'inversiones|corporacion|compania|empresa|grupo|banco|naviera|constructora|pesquera|transportadora|distribuidora|' +
    'generadora|inmobiliaria|agroindustrial',
);

/** A Spanish future or preterite, an English past: a verb, never a noun of a name's phrase ("unirá", "conectó", "linked"). */
const FINITE_VERB = /^\p{Ll}+(?:ó|aron|ieron|ará|erá|irá|arán|erán|irán|ed)$/u;
/** Nouns of a facility that may stand a few words before its name. */
const FACILITY = wordsPattern(
  'mine|mina|project|proyecto|deposit|yacimiento|plant|planta|central|dam|represa|refinery|refineria|smelter|fundicion|' +
    'port|puerto|airport|aeropuerto|terminal|hospital|railway|ferrocarril|hidroelectrica|hydropower|substation|subestacion|' +
    'highway|carretera|road|autopista|tunnel|tunel|bridge|puente|pipeline|gasoducto|oleoducto|stadium|estadio|muelle|pier|' +
    'wharf|presa|reservoir|embalse|hydroelectric|megaport|megapuerto|shipyard|astillero|' +
    // "el parque eólico Wayra Sur", "la línea de transmisión X", "la estación Desamparados", "a third pit, X".
    'parque|park|farm|estacion|station|pit|tajo|campus|warehouse|almacen|complex|complejo|field|lote|block|' +
    'corridor|corredor|canal|tramo|transmision|transmission|policlinico|clinica|clinic|cuprifero|aurifero',
);
/** The last word of an English name of a river, a valley, a lake. */
const NATURAL_PLACES = wordsPattern('river|valley|lake|bay|island|desert|basin|plateau|mountains|range');
/** Kinds of place whose name follows them ("the district of X", "la provincia de X"). */
const PLACE_KINDS = wordsPattern(
  'district|distrito|province|provincia|region|department|departamento|city|ciudad|town|pueblo|village|localidad|caserio|' +
    // "el río Rumichaca", "los ríos Marañón, Huallaga y Ucayali", "el valle de Supe".
    'river|rivers|rio|rios|valley|valle|lake|lago|bay|bahia|island|isla',
);
/**
 * Words between a facility's noun and a name that make the name something else: a place ("the port
 * in X") or a place's kind ("the port city of X").
 */
const ACROSS = wordsPattern(
  'in|en|near|cerca|at|on|from|desde|to|a|hacia|between|entre|by|por|city|ciudad|town|region|district|province|provincia|distrito',
);

/** Heads of state bodies when "national" or "central" qualifies them. */
const STATE_HEADS = wordsPattern(
  'institute|instituto|council|consejo|service|servicio|office|oficina|superintendencia|superintendency|agency|agencia|' +
    'administration|administracion|authority|autoridad|' +
    'bank|banco|commission|comision|registry|registro',
);

/** Up to three words before a name, in its phrase. */
/** The words of the five terms after `last`, folded. */
function after5(terms: readonly Term[], last: number): string {
  return terms
    .slice(last + 1, last + 6)
    .map(word)
    .join(' ');
}
/** An apposition naming a company, then what it does or whose it is: "the company that operates", "operator of". */
const COMPANY_APPOSED = new RegExp(
  '^(?:the|a|an|la|el|una|un) (?:[a-z-]+ ){0,2}?(?:company|firm|empresa|compania|operator|operadora|consortium|consorcio) ' +
    '(?:that|which|que|owned|controlled|based|propiedad|controlada|con)(?: |$)|' +
    // "Callao Bulk Terminal, the operator of the North Bulk Pier", "X, concesionaria del puerto".
    '^(?:(?:the|a|an|la|el|una|un) (?:[a-z-]+ ){0,2}?)?(?:operator|operadora|concessionaire|concesionaria) (?:of|de|del|for)(?: |$)',
);
function before3(terms: readonly Term[], first: number): string {
  const words: string[] = [];
  for (let k = first - 1; k >= Math.max(0, first - 4) && !BREAK.test(terms[k]!.post); k--) words.unshift(word(terms[k]!));
  return words.join(' ');
}
/** Words before a company that is named for the facility it runs: its kind, or the agent phrase of an operation. */
const OPERATOR_BEFORE = new RegExp(
  '(?:^|\\s)(?:consorcio|concesionaria|concessionaire|operadora|operator|naviera|empresa|compania|company|firm|container line|' +
    '(?:operad[oa]|operated|run|gestionad[oa]|managed)(?:\\s+\\S+){0,3}?\\s+(?:por|by))(?:\\s+(?:la|el|the))?$',
  'u',
);
/** Last words of a company's name: "… Internacional", "… Investment", "… Holdings". */
const CORPORATE_LAST =
  /^(?:internacional|international|investment|investments|holdings|holding|corporation|corporacion|sac|saa|ltd|limited|inc)$/u;

/** A first name opens a name of three words or more whose head words (see headType) stand only inside it. */
function givenNameFirst(terms: readonly Term[], first: number, last: number): boolean {
  if (last - first < 2 || !terms[first]!.tags.has('FirstName')) return false;
  const heads = (i: number) => clue(HEAD_WORDS, word(terms[i]!)) !== undefined;
  // "Carmen Olivares Puente": a Spanish head noun ends no name, it opens one.
  return (
    !heads(first) &&
    !(heads(last) && !SPANISH_HEADS.test(word(terms[last]!))) &&
    terms.slice(first, last + 1).every((t) => isCapitalised(t) || NAME_PARTICLES.test(word(t)))
  );
}

const isPersonWord = (t: Term): boolean => t.tags.has('Person') && !t.tags.has('Honorific');
/** Particles a person's name may hold ("Juan de la Cruz"); any other small word makes it no person's name ("Luz del Sur"). */
const NAME_PARTICLES = /^(de|la|las|los|da|van|von|bin)$/;

/** True when words can be a person's name: two to four words, capitalised but for particles, none a head word. */
function personLike(words: readonly Term[]): boolean {
  const caps = words.filter(isCapitalised);
  if (caps.length === 0 || caps.length > 4) return false;
  // "San Marcos", "CRTG Perú": a saint's or a place's name is no person's.
  const place = (t: Term) => ['PLACE', 'COUNTRY'].includes(gazetteerType(t.text) ?? '');
  if (/^(san|santa|santo|sao|saint|st)$/.test(word(caps[0]!)) || caps.some(place)) return false;
  return words.every((t) => (isCapitalised(t) ? !clue(HEAD_WORDS, word(t)) : NAME_PARTICLES.test(word(t))));
}

/** Verbs whose object and its "con"/"to" are the two places a road or a line joins. */
const LINKS = wordsPattern('unira|une|unen|uniran|unio|conectara|conecta|conectaran|conecto|link|links|linked|connect|connects|connected');
/** Kinds of place a locative phrase may name before its place ("en el distrito de X", "in the Cajamarca region"). */
const WHERE_KINDS = wordsPattern('district|distrito|province|provincia|region|region|department|departamento|valley|valle');

/**
 * True when a name no clue types stands where places stand: "between Chota and Cutervo", "entre X y
 * Y", or before ", in the Cajamarca region", ", en el distrito de Jesús María", ", en Huaura".
 */
function placeAround(terms: readonly Term[], first: number, last: number): boolean {
  const w = (i: number) => (terms[i] ? word(terms[i]!) : '');
  if (/^(between|entre)$/.test(w(first - 1))) return true;
  // "unirá Chosica con La Oroya", "will link Chota to Cutervo": a road's ends.
  const end = terms[last + 2];
  if (LINKS.test(w(first - 1)) && /^(con|with|to|and|y|a)$/.test(w(last + 1)) && end && isCapitalised(end)) return true;
  const pairedBefore = terms[first - 2];
  if (/^(and|y)$/.test(w(first - 1)) && /^(between|entre)$/.test(w(first - 3)) && pairedBefore && isCapitalised(pairedBefore)) return true;
  if (!/^,/u.test(terms[last]!.post) || !/^(in|en)$/.test(w(last + 1))) return false;
  let k = last + 2;
  if (/^(the|el|la)$/.test(w(k))) k++;
  if (WHERE_KINDS.test(w(k))) return true;
  const next = terms[k];
  return next !== undefined && isCapitalised(next) && ['PLACE', 'COUNTRY'].includes(gazetteerType(next.text) ?? '');
}

/** Words of a sentence about a non-profit: a name in it with no other clue is then an organisation, not a company. */
const NON_PROFIT = wordsPattern(
  'university|universities|universidad|universidades|students?|estudiantes|scholarships?|becas?|ngo|ong|union|sindicato|' +
    'association|asociacion|federation|federacion|society|sociedad|gremio|guild|researchers?|investigadores|foundation|fundacion|' +
    'charity|church|iglesia|party|partido|academia|academy|gremios|unions|sindicatos|associations|asociaciones|federations|' +
    'federaciones|societies|foundations|fundaciones|ngos|ongs|charities|nonprofit|non-profit',
);

/**
 * The type of a proper name no clue types, from the sentence it is in: an organisation in a sentence
 * about universities, unions or associations, else a company; a government after an apposition
 * naming an authority ("the energy regulator, Osinergmin").
 */
export function contextType(terms: readonly Term[], { first, last }: { first: number; last: number }): EntityType {
  let from = first;
  while (from > 0 && !terms[from]!.opensSentence) from--;
  let to = last + 1;
  while (to < terms.length && !terms[to]!.opensSentence) to++;
  const apposition = appositionType(terms, first, last);
  if (apposition) return apposition;
  if (placeAround(terms, first, last)) return 'PLACE';
  // Most organisations news name without saying what they are are companies.
  return terms.slice(from, to).some((t) => NON_PROFIT.test(word(t))) ? 'ORGANIZATION' : 'COMPANY';
}
