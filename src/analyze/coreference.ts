/**
 * Definite descriptions that name an entity of the text again: "the port", "la empresa", "the
 * ministry", "el acuerdo". Each becomes another endpoint of that entity, so that relation rules read
 * "the port was built by CHEC" as they read "Chancay was built by CHEC". The description's head noun
 * says which types it can name; of the entities of those types named before it, it names the nearest
 * whose name holds the head noun, else the only one in its sentence and the two before, else the one
 * named most often by a lead of two, else (but for heads that name a thing of their own, "the
 * protocol") the first named, which is what news most often is about. A demonym in a description ("the
 * Chinese contractor", "la empresa china") keeps to the entities the text ties to that country. "Both
 * leaders", "ambos mandatarios" name the two entities of their kind just before. Pronouns are left
 * alone, and so are offices ("the minister": titled-people.ts).
 */
import { DEMONYMS } from '../domain/demonyms.js';
import { foldForMatch, wordsPattern } from '../domain/text.js';
import { endsInOffice, relationOfBodyTitle } from './body-title-relations.js';
import { countryOfPlaceIn, placeKind } from './gazetteer.js';
import type { Sentence } from './nlp.js';
import type { Endpoint, TextEndpoints } from './types.js';

/** Heads that name a region or a town: only a place introduced as one, or known to be one (`placeKind`), is theirs. */
const REGION_HEAD = wordsPattern('region|región|province|provincia|department|departamento', 'u');
/** "the capital", "la capital": the capital of a country the text named, not a regional one. */
const CAPITAL_HEAD = /^capital$/u;
const NATIONAL_CAPITALS = new Set(['lima', 'beijing', 'pekin', 'peking']);
const PLACE_HEAD = wordsPattern(
  'region|región|province|provincia|department|departamento|town|city|ciudad|district|distrito|localidad|pueblo|capital',
  'u',
);
/** Head nouns of descriptions, and the entity types each can name. */
const HEADS: readonly [RegExp, readonly string[]][] = [
  [
    wordsPattern(
      'port|puerto|terminal|mine|mina|plant|planta|dam|presa|represa|hospital|railway|ferrocarril|highway|carretera|smelter|' +
        'fundición|refinery|refinería|airport|aeropuerto|facility|project|proyecto|deposit|yacimiento|line|línea|farm|waterway|' +
        'hidrovía|substation|subestación|block|lote|field|yacimiento|concession|concesión|network|red|grid|works|obra|complex|' +
        'complejo|station|estación|warehouse|almacén|factory|fábrica|mill|site|park|parque|zone|zona|pier|muelle|wharf|' +
        'central|campus',
      'u',
    ),
    ['INFRASTRUCTURE'],
  ],
  [
    wordsPattern(
      'company|firm|carrier|operator|miner|lender|bank|banco|empresa|compañía|firma|operadora|minera|naviera|constructora|' +
        'utility|distributor|distribuidora|automaker|carmaker|manufacturer|insurer|aseguradora|buyer|compradora|' +
        'subsidiary|filial|consortium|consorcio|maker|fabricante|producer|productora|exporter|' +
        'exportadora|importer|importadora|contractor|contratista|builder|developer|airline|aerolínea|retailer|platform|' +
        'plataforma|agribusiness|brand|marca|shipper|supplier|proveedora|concessionaire|concesionaria|investor|holding|' +
        'automotriz|corporación|corporation|tecnológica|farmacéutica|petrolera|generadora|generator|siderúrgica|pesquera|' +
        'agroexportadora|cementera|smelter|trader|dealer|developer|drugmaker|miner',
      'u',
    ),
    // A community, a union or a family (GROUP) is no company.
    ['COMPANY'],
  ],
  [wordsPattern('group|grupo|conglomerate|conglomerado', 'u'), ['COMPANY', 'GROUP']],
  [wordsPattern('community|comunidad', 'u'), ['GROUP']],
  [
    wordsPattern(
      'ministry|ministerio|regulator|regulador|agency|agencia|authority|autoridad|municipality|municipalidad|superintendency|' +
        'superintendencia|organismo|embassy|embajada|congress|congreso|committee|comisión|government|gobierno',
      'u',
    ),
    ['GOVERNMENT'],
  ],
  [
    wordsPattern(
      'university|universidad|association|asociación|federation|federación|union|sindicato|institute|instituto|museum|museo|' +
        'society|sociedad|foundation|fundación|centre|center|centro|chamber|cámara|cooperative|cooperativa|guild|gremio|' +
        'confederation|confederación',
      'u',
    ),
    ['ORGANIZATION'],
  ],
  [
    wordsPattern(
      'agreement|accord|deal|memorandum|treaty|protocol|pact|document|contract|text|acuerdo|convenio|memorando|tratado|' +
        'protocolo|pacto|documento|contrato|texto',
      'u',
    ),
    ['AGREEMENT'],
  ],
  [/^(?:country|país|nation|nación)$/u, ['COUNTRY']],
  [PLACE_HEAD, ['PLACE']],
  [/^(?:summit|forum|fair|expo|exhibition|festival|cumbre|foro|feria|exposición|muestra|conference|conferencia)$/u, ['EVENT']],
  [/^(?:plan|programme|program|programa|initiative|iniciativa|strategy|estrategia)$/u, ['PLAN', 'PROGRAM', 'INITIATIVE']],
];
/** Translations of a head noun that a name may hold instead ("the port" names "Puerto de Chancay"). */
const SAME_HEAD: readonly (readonly string[])[] = [
  ['port', 'puerto', 'terminal'],
  ['mine', 'mina'],
  ['ministry', 'ministerio'],
  ['bank', 'banco'],
  // "the miner" is the mining company the text named ("Zijin Mining").
  ['miner', 'minera', 'mining'],
  ['airline', 'airlines', 'aerolínea', 'aerolíneas'],
  ['university', 'universidad'],
  ['agreement', 'acuerdo', 'convenio', 'accord'],
  ['memorandum', 'memorando'],
  ['summit', 'cumbre'],
  ['forum', 'foro'],
  ['fair', 'feria', 'expo', 'exposición'],
  ['museum', 'museo'],
  ['hospital'],
  ['plan'],
  ['programme', 'program', 'programa'],
  ['authority', 'autoridad'],
  ['embassy', 'embajada'],
  ['congress', 'congreso'],
  ['railway', 'ferrocarril'],
  ['consortium', 'consorcio'],
  ['region', 'región', 'department', 'departamento'],
  ['province', 'provincia'],
  ['town', 'city', 'ciudad', 'district', 'distrito', 'localidad', 'pueblo'],
];

/** The noun right before a name, past one lower-case adjective: "la importadora ", "la naviera china ", "the Chinese miner ". */
const KIND_RIGHT_BEFORE = /(?<!\p{L})(?:the|a|an|la|el|una|un)\s+(?:\p{Lu}\p{Ll}+\s+)?(\p{Ll}+)\s+(?:\p{Ll}+\s+)?$/u;
/** Heads any company takes, which say nothing of which one ("the company", "la empresa"). */
const GENERIC_COMPANY = /^(?:company|firm|empresa|compañía|firma|group|grupo)$/u;
/** A consortium's head noun, and that noun a word or two before a name ("al consorcio chino X", "the consortium X"). */
const CONSORTIUM = /^(?:consortium|consorcio)$/u;
const CONSORTIUM_BEFORE = /(?<!\p{L})(?:consortium|consorcio)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** Heads that name a thing of their own, never another of their type: only a name holding them is theirs. */
const STRICT = wordsPattern(
  'protocol|protocolo|memorandum|memorando|treaty|tratado|pact|pacto|contract|contrato|plan|programme|program|programa|' +
    'strategy|estrategia|railway|ferrocarril|highway|carretera|airport|aeropuerto|summit|cumbre|forum|foro|fair|feria|' +
    'region|región|province|provincia|department|departamento|town|city|ciudad|district|distrito|localidad|pueblo|capital',
  'u',
);
/**
 * "the port", "la nueva empresa", "the state-owned lender", "the Chinese company", "del puerto": an
 * article, then (looked ahead, so that "the port and the company" gives both) up to four words, of
 * which the first head noun after modifiers is the description's head (see `headAt`).
 */
const DESCRIPTION = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:[Tt]he|[Ee]l|[Ll]a|[Tt]his|[Ee]ste|[Ee]sta|[Ee]se|[Ee]sa|[Dd]icha|[Dd]icho|[Dd]el|[Aa]l)\\s+' +
    '(?=((?:[\\p{L}-]+\\s+){0,3}[\\p{L}-]+))',
  'gu',
);
/** A capitalised modifier a description may hold: "the Lima-based firm", "the Chinese-owned miner", "the Chinese company". */
const CAPITAL_MODIFIER = /^\p{Lu}[\p{L}]*-(?:based|owned|controlled|run)$/u;

/**
 * The head noun of the words after a description's article, where it ends in them and the entity
 * types it can name, if they hold one after modifiers only.
 */
function headAt(words: string): { head: string; length: number; types: readonly string[] } | undefined {
  for (const m of words.matchAll(/[\p{L}-]+/gu)) {
    const w = m[0];
    const lower = /^\p{Ll}/u.test(w);
    const types = lower ? HEADS.find(([re]) => re.test(w))?.[1] : undefined;
    if (types) return { head: w, length: m.index + w.length, types };
    const modifier =
      (lower && !/^(?:and|y|of|de|del|que|which|that|who|the|a|an|el|la|los|las|un|una|in|en|on|to|con|with|por|by|for|para)$/u.test(w)) ||
      CAPITAL_MODIFIER.test(w) ||
      isDemonym(w);
    if (!modifier) return undefined;
  }
  return undefined;
}
/** Whether a lower-case noun is the head of a description that can name an entity ("port", "empresa"). */
export const isDescriptionHead = (noun: string): boolean => HEADS.some(([re]) => re.test(noun));
const isDemonym = (w: string): boolean => /^\p{Lu}/u.test(w) && DEMONYMS.some(([re]) => re.test(w));
/** Lower-case words that end a description rather than lead to a name: prepositions and verbs of a past or of saying. */
const NO_NAME_WORD =
  '(?:in|on|at|to|with|by|from|for|into|en|a|al|con|por|para|desde|hacia|said|says|told|tells|dijo|informó|' +
  // "holds 55% of the consortium, while China Communications …": a conjunction opens another clause.
  'while|whereas|and|but|which|who|y|pero|mientras|que)\\s';
/**
 * After a description: a name, "of X", "de cobre X" that make it part of a longer name or an
 * apposition, or a possessive ("the company’s branch"), whose noun is what the sentence is about.
 */
const NAMED_AFTER = new RegExp(
  // "The company, based in Changsha, …": a participle's phrase after the comma names where, not the description.
  '^\\s*(?:,\\s*)?(?!(?:based|headquartered|located|situated|founded|owned|controlled|run|led|con sede|ubicad[oa]|situad[oa]|' +
    'fundad[oa]|controlad[oa]|liderad[oa])\\s)(?:(?:of|de|del)\\s+)?' +
    // "The lender opened in Peru", "the company told Reuters": a verb or a preposition before the capital is no name's word.
    `(?:(?!${NO_NAME_WORD})[\\p{Ll}-]+\\s+){0,2}(?!US\\$|S\\/)\\p{Lu}|` +
    '^\\s*(?:,\\s*)?[\\d"“(]|^[\'’]s\\s',
  'u',
);
/** A possessive and an office after a description ("’s general manager,"). */
const OFFICE_AFTER = /^['’]s\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+)\s*,/u;
/** Before a description: an entity's comma, making it an apposition of that entity ("Chancay, the port …"). */
const APPOSED_BEFORE = /,\s*$/u;
/** Sentences before a description's that may hold its entity. */
const WINDOW = 2;

const sameHead = (head: string, name: string): boolean => {
  const words = name.toLowerCase().split(/[^\p{L}]+/u);
  const group = SAME_HEAD.find((g) => g.includes(head)) ?? [head];
  return words.some((w) => group.includes(w));
};

/**
 * The kind nouns beside a mention: the noun right before it, or before its "de"/"of" ("the airport group X" is a group,
 * "la mina de cobre X" a mine, "the port of X" a port), and the one or two lower-case words right after it ("X copper mine").
 */
function besideWords(text: string, e: Endpoint): string {
  const before = /([\p{Ll}-]+)\s+(?:(?:de|del|of)\s+(?:[\p{Ll}-]+\s+)?)?$/u.exec(text.slice(Math.max(0, e.start - 50), e.start))?.[1] ?? '';
  const after = /^\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?/u.exec(text.slice(e.end, e.end + 30))?.[0] ?? '';
  return `${before} ${after}`;
}

/** Types whose entities a kind noun beside a mention introduces ("la mina X", "la feria X", "el programa X"). */
const KIND_BESIDE_TYPES = ['INFRASTRUCTURE', 'PLACE', 'EVENT', 'PLAN', 'PROGRAM', 'AGREEMENT'];
/** Kind nouns beside a place's name that make it no region or town ("el río Amazonas", "Lake Titicaca"). */
const OTHER_PLACE_KIND =
  /(?<!\p{L})(?:river|río|lake|lago|valley|valle|bay|bahía|mount|cerro|volcano|volcán|port|puerto|airport|aeropuerto)(?!\p{L})/iu;
/** Whether a place the gazetteer knows is of a place head's kind: "the region" a region, "the town" a city. */
function placeFits(head: string, name: string): boolean {
  if (CAPITAL_HEAD.test(head)) return NATIONAL_CAPITALS.has(foldForMatch(name));
  const kind = placeKind(name);
  return kind === 'either' || kind === (REGION_HEAD.test(head) ? 'region' : 'city');
}

/** "both leaders", "the two companies", "ambos mandatarios", "las dos empresas": two entities at once. */
const BOTH = /(?<![\p{L}\p{N}])(?:[Bb]oth|[Tt]he two|[Aa]mbos|[Aa]mbas|[Ll]os dos|[Ll]as dos)\s+(\p{Ll}+)(?![\p{L}\p{N}-])/gu;
/** The plural nouns such a phrase may use, and the entity types they name. */
const PLURALS: readonly [RegExp, readonly string[]][] = [
  [/^(?:leaders|presidents|ministers|heads|mandatarios|presidentes|ministros|ministras|cancilleres|líderes|jefes)$/u, ['PERSON']],
  [/^(?:companies|firms|groups|empresas|compañías|firmas)$/u, ['COMPANY', 'GROUP']],
  [/^(?:countries|nations|governments|países|naciones|gobiernos)$/u, ['COUNTRY', 'GOVERNMENT']],
];

/** Only as the subject of a meeting, where the pair is the fact: "ambos mandatarios se reunieron", "both leaders held talks". */
const MEETING_NEXT = new RegExp(
  '^\\s+(?:[\\p{Ll}]+\\s+){0,2}?' +
    '(?:met|meet|held talks|discussed|talked|se reunieron|se reunirán|conversaron|dialogaron|sostuvieron|discutieron)(?!\\p{L})',
  'u',
);

/**
 * The endpoints that plural descriptions add ("ambos mandatarios se reunieron"): when exactly two
 * entities of a fitting type stand in the description's sentence and the one before it, an endpoint
 * of each at the description's span, so that the rules read it as "X and Y". Only before a verb of
 * meeting: elsewhere ("the two companies said") the pair adds guesses, not facts.
 */
function bothEndpoints(text: string, sentences: readonly Sentence[], endpoints: readonly Endpoint[]): Endpoint[] {
  const out: Endpoint[] = [];
  for (const [k, sentence] of sentences.entries()) {
    const windowStart = sentences[Math.max(0, k - 1)]!.start;
    for (const m of text.slice(sentence.start, sentence.end).matchAll(BOTH)) {
      const types = PLURALS.find(([re]) => re.test(m[1]!))?.[1];
      if (!types) continue;
      const start = sentence.start + m.index;
      if (!MEETING_NEXT.test(text.slice(start + m[0].length, start + m[0].length + 40))) continue;
      const prior = endpoints.filter((e) => e.end <= start && e.start >= windowStart && types.includes(e.type));
      const ids = [...new Set(prior.map((e) => e.id))];
      if (ids.length !== 2) continue;
      for (const id of ids) out.push({ ...[...prior].reverse().find((e) => e.id === id)!, start, end: start + m[0].length });
    }
  }
  return out;
}

/**
 * Of several entities of a description's type nearby, the one the text has named most often so far,
 * when it leads the next by two mentions or more: "the lender" in an article about CCB that also
 * names two other banks once.
 */
function topical(endpoints: readonly Endpoint[], nearby: readonly Endpoint[], before: number): Endpoint | undefined {
  const count = new Map<string, number>();
  for (const e of endpoints) if (e.end <= before) count.set(e.id, (count.get(e.id) ?? 0) + 1);
  const ranked = [...new Set(nearby.map((e) => e.id))].sort((a, b) => (count.get(b) ?? 0) - (count.get(a) ?? 0));
  const [first, second] = ranked;
  if (!first || (count.get(first) ?? 0) < (count.get(second ?? '') ?? 0) + 2) return undefined;
  return [...nearby].reverse().find((e) => e.id === first);
}

/** The two countries a description's demonym or an entity's name most often ties it to. */
export type Nationality = 'china' | 'peru';
const CHINESE = /^(?:chinese|china|chino|chinas|chinos|sino)$/iu;
const PERUVIAN = /^(?:peruvian|peruana|peruano|peruanas|peruanos|peru|perú)$/iu;
const nationalityOfWord = (w: string): Nationality | undefined => (CHINESE.test(w) ? 'china' : PERUVIAN.test(w) ? 'peru' : undefined);

/** The countries words name with a demonym or a country's name ("the Chinese contractor", "Peru's minister"). */
export function nationalitiesOf(words: string): Set<Nationality> {
  return new Set([...words.matchAll(/[\p{L}-]+/gu)].map((m) => nationalityOfWord(m[0])).filter((n) => n !== undefined));
}

/** The country a description's words name with a demonym ("the Chinese contractor", "la firma china"), if one. */
export function nationalityOfWords(words: string): Nationality | undefined {
  const found = nationalitiesOf(words);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * Whether an entity may be one of `country`'s: not when its name or a demonym right before one of its
 * mentions ties it to the other country ("China Gas Perú", "la peruana Volcan" are no Chinese firm);
 * and when some entity of its type is tied to `country`, only such an entity.
 */
function compatible(
  text: string,
  endpoints: readonly Endpoint[],
  country: Nationality,
  types: readonly string[],
  before: number,
): (e: Endpoint) => boolean {
  const tie = new Map<string, Set<Nationality>>();
  for (const e of endpoints) {
    if (e.end > before) continue;
    const words = [...text.slice(e.start, e.end).matchAll(/[\p{L}-]+/gu)].map((m) => m[0]);
    // "la china Zijin", "the Chinese carmaker BYD": a demonym (not a country's name) up to three words before a
    // mention, in its phrase.
    const phrase =
      text
        .slice(Math.max(0, e.start - 40), e.start)
        .split(/[,.;:()—–"“”]/u)
        .pop() ?? '';
    const demonyms = [...phrase.matchAll(/[\p{L}-]+/gu)]
      .map((m) => m[0])
      .slice(-3)
      .filter((w) => !/^(?:China|Peru|Perú)$/u.test(w));
    // "Universidad de Estudios Internacionales de Shanghái": a place of one country in the name ties it too,
    // and so does a country's possessive before it ("Peru’s National Agrarian Health Service").
    const place = countryOfPlaceIn(text.slice(e.start, e.end));
    const possessor = /(China|Peru|Perú)['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.exec(phrase)?.[1];
    for (const n of [...[...words, ...demonyms, possessor ?? ''].map(nationalityOfWord), place])
      if (n) tie.set(e.id, (tie.get(e.id) ?? new Set()).add(n));
  }
  const tied = (e: Endpoint) => tie.get(e.id)?.has(country) === true;
  const other = (e: Endpoint) => !tied(e) && (tie.get(e.id)?.size ?? 0) > 0;
  const anyTied = endpoints.some((e) => e.end <= before && types.includes(e.type) && tied(e));
  return (e) => (anyTied ? tied(e) : !other(e));
}

/**
 * The endpoints that definite descriptions add: for each description of `text` whose entity is
 * unambiguous, an endpoint with that entity's id, kind and type at the description's span.
 */
export function descriptionEndpoints({ text, sentences, endpoints }: TextEndpoints): Endpoint[] {
  const out: Endpoint[] = bothEndpoints(text, sentences, endpoints);
  for (const [k, sentence] of sentences.entries()) {
    const windowStart = sentences[Math.max(0, k - WINDOW)]!.start;
    for (const m of text.slice(sentence.start, sentence.end).matchAll(DESCRIPTION)) {
      const found = headAt(m[1]!);
      if (!found) continue;
      // "del puerto", "al puerto": the contraction's preposition stays outside the description.
      const contracted = /^(?:del|al)\s/iu.test(m[0]);
      const start = sentence.start + m.index + (contracted ? m[0].length : 0);
      const end = sentence.start + m.index + m[0].length + found.length;
      const { head, types } = found;
      if (endpoints.some((e) => e.start < end && e.end > start)) continue;
      // "the operator’s general manager, X": a possessive before an office still names the body.
      const office = OFFICE_AFTER.exec(text.slice(end, end + 40));
      // "El gerente general del banco, Zhou Lin": after an office and its "de", the comma and the name are the office holder.
      const held = (office && relationOfBodyTitle(office[1]!)) || endsInOffice(text.slice(Math.max(0, start - 80), start));
      if (NAMED_AFTER.test(text.slice(end, end + 40)) && !held) continue;
      // "the Chinese contractor", "la empresa peruana": of the entities the text ties to a country, only that country's.
      // A Spanish demonym follows the head: "la empresa china".
      const country = nationalityOfWords(`${m[1]!.slice(0, found.length)} ${/^\s+(\p{Ll}+)/u.exec(text.slice(end, end + 20))?.[1] ?? ''}`);
      const fitsCountry = country ? compatible(text, endpoints, country, types, start) : () => true;
      const prior = endpoints.filter((e) => e.end <= start && e.start >= windowStart && types.includes(e.type) && fitsCountry(e));
      const last = prior[prior.length - 1];
      if (last && last.end >= start - 3 && APPOSED_BEFORE.test(text.slice(last.end, start))) continue;
      if (CAPITAL_HEAD.test(head) && /(?:regional|provincial|departmental)\s/iu.test(m[1]!.slice(0, found.length))) continue;
      // The nearest entity whose name holds the head ("the railway" → "Chancay–Lima Railway"), however far back;
      // else, but for heads that name a thing of their own ("the protocol"), the one entity of a fitting type nearby.
      // A facility counts whose kind noun stands beside a mention of it ("la mina de cobre Toromocho", "the Toromocho copper mine").
      // So does a consortium introduced as one ("al consorcio X", "the Chinese consortium X").
      const kindBeside = (e: Endpoint) =>
        (KIND_BESIDE_TYPES.some((t) => types.includes(t)) && sameHead(head, besideWords(text, e))) ||
        (types.includes('PLACE') && placeFits(head, text.slice(e.start, e.end)) && !OTHER_PLACE_KIND.test(besideWords(text, e))) ||
        (CONSORTIUM.test(head) && CONSORTIUM_BEFORE.test(text.slice(Math.max(0, e.start - 40), e.start))) ||
        // "la importadora Motored Andina", "the Chinese miner X": a company's kind noun right before its name (not "filial de X").
        (types.includes('COMPANY') &&
          !GENERIC_COMPANY.test(head) &&
          sameHead(head, KIND_RIGHT_BEFORE.exec(text.slice(Math.max(0, e.start - 40), e.start))?.[1] ?? ''));
      const wide = endpoints.filter((e) => e.end <= start && types.includes(e.type) && fitsCountry(e));
      const named = wide.filter((e) => sameHead(head, text.slice(e.start, e.end)));
      const earlier = named.length ? named : wide.filter(kindBeside);
      const ids = new Set(prior.map((e) => e.id));
      const antecedent = earlier.length
        ? earlier[earlier.length - 1]
        : last && !STRICT.test(head)
          ? ids.size === 1
            ? last
            : topical(endpoints, prior, start)
          : !last && !STRICT.test(head) && wide.length
            ? new Set(wide.map((e) => e.id)).size === 1
              ? wide[wide.length - 1]
              : topical(endpoints, wide, start)
            : undefined;
      // Still ambiguous: the first entity of its kind the text named, which news most often is about ("the company").
      const chosen = antecedent ?? (STRICT.test(head) ? undefined : wide[0]);
      if (chosen) out.push({ ...chosen, start, end });
    }
  }
  return out;
}
