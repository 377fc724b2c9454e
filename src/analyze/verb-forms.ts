/**
 * Inflection tables for the trigger verbs, generated from a base form and its irregularities rather
 * than listed by hand: English base, -s, past, participle and -ing; Spanish infinitive, the third
 * persons of the present, preterite, imperfect, future and conditional, the gerund and the
 * participle. Participles are kept apart: "el acuerdo firmado", "the agreement given" are adjectives
 * as often as verbs, so a trigger takes them after an auxiliary ("ha firmado", "fue firmado", "was
 * given") or before an agent ("firmado por"), unless it asks for them bare.
 */

/** The inflected forms of one verb, participles apart from the rest. */
export interface VerbForms {
  /** Finite forms, infinitive and gerund (English: every form but an irregular participle unlike the past). */
  readonly finite: readonly string[];
  /** Past participles (Spanish: -ado, -ada, -ados, -adas …; English: "taken", "given"). */
  readonly participles: readonly string[];
  /** Before a participle that is a verb: an auxiliary of the verb's language, as a regex alternation. */
  readonly auxiliary: string;
}

/** Irregular English forms; each may list several ("travelled", "traveled"). */
export interface EnglishIrregular {
  readonly past?: string | readonly string[];
  readonly participle?: string | readonly string[];
  /** Double the final consonant before -ed and -ing ("plan" → "planned"). */
  readonly double?: boolean;
  /** Forms left out, usually nouns of the same spelling ("finance", "meeting"). */
  readonly omit?: readonly string[];
}

const EN_AUXILIARY =
  '(?:has|have|had|having|is|are|was|were|be|been|being|get|gets|got)(?:\\s+(?:also|already|not|now|since|jointly|recently))?';

const list = (x: string | readonly string[] | undefined): readonly string[] => (x === undefined ? [] : typeof x === 'string' ? [x] : x);
const unique = (xs: readonly string[]): string[] => [...new Set(xs)];
const CONSONANT_Y = /[^aeiou]y$/u;

/** The forms of an English verb: base, -s, past (-ed unless irregular), participle, -ing. */
export function en(base: string, irregular: EnglishIrregular = {}): VerbForms {
  const last = base.slice(-1);
  const doubled = irregular.double ? base + last : base;
  const s = /(?:s|sh|ch|x|z)$/u.test(base) ? `${base}es` : CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ies` : `${base}s`;
  const ing = base.endsWith('ie') ? `${base.slice(0, -2)}ying` : /[^aeioy]e$/u.test(base) ? `${base.slice(0, -1)}ing` : `${doubled}ing`;
  const ed = base.endsWith('e') ? `${base}d` : CONSONANT_Y.test(base) ? `${base.slice(0, -1)}ied` : `${doubled}ed`;
  const past = list(irregular.past).length ? list(irregular.past) : [ed];
  const participle = list(irregular.participle).length ? list(irregular.participle) : past;
  const omit = new Set(irregular.omit ?? []);
  const finite = unique([base, s, ...past, ing]).filter((f) => !omit.has(f));
  return {
    finite,
    participles: unique(participle).filter((f) => !finite.includes(f) && !omit.has(f)),
    auxiliary: EN_AUXILIARY,
  };
}

/** Irregular Spanish stems and forms. */
export interface SpanishIrregular {
  /** Stem of the present ("adquier" for adquiere, "reún" for reúne, "sostien" for sostiene). */
  readonly present?: string;
  /** Stem of a strong preterite, 3sg in -o ("sostuv" → sostuvo, sostuvieron; "dij" → dijo, dijeron). */
  readonly strong?: string;
  /** Raised stem of an -ir verb in the preterite's third persons and the gerund ("invirt" → invirtió, invirtiendo). */
  readonly raised?: string;
  /** Stem of the future and conditional ("sostendr" → sostendrá, sostendría). */
  readonly future?: string;
  /** Masculine singular participle when irregular ("dicho", "suscrito"). */
  readonly participle?: string;
  /** A pronominal verb ("reunirse"): "se reunió", "reunirse", "reuniéndose". */
  readonly reflexive?: boolean;
  /** Forms left out, usually nouns of the same spelling ("firma", "forma"). */
  readonly omit?: readonly string[];
  /** Only these tenses (all by default): "preside" states an office where "presidió" tells an act. */
  readonly tenses?: readonly SpanishTense[];
}

/** The Spanish tenses and non-finite forms a table holds (participles apart). */
export type SpanishTense = 'present' | 'preterite' | 'imperfect' | 'future' | 'conditional' | 'infinitive' | 'gerund';

const ES_AUXILIARY =
  '(?:ha|han|había|habían|habrá|habrán|habría|habrían|haber|habiendo|hubo|' +
  'es|son|fue|fueron|era|eran|será|serán|sería|serían|ser|sido|siendo|' +
  'está|están|estaba|estaban|estuvo|estará|estar|estado|quedó|queda)(?:\\s+(?:ya|también|recién))?';

/** Gerund with an enclitic "se": reuniendo → reuniéndose. */
const withSe = (gerund: string): string =>
  gerund.replace(/(a|ie|ye)ndo$/u, (_, v: string) => `${v.replace(/[ae]$/u, (x) => (x === 'a' ? 'á' : 'é'))}ndose`);

/** The forms of a Spanish verb from its infinitive ("firmar", "vender", "recibir", "reunirse"). */
export function es(infinitive: string, irregular: SpanishIrregular = {}): VerbForms {
  const reflexive = irregular.reflexive ?? infinitive.endsWith('se');
  const inf = reflexive && infinitive.endsWith('se') ? infinitive.slice(0, -2) : infinitive;
  const stem = inf.slice(0, -2);
  const ar = inf.endsWith('ar');
  const vowelStem = /[aeiou]$/u.test(stem);
  const uir = inf.endsWith('uir');
  const present = irregular.present ?? (uir ? `${stem}y` : stem);
  const raised = irregular.raised ?? stem;
  const e = ar ? 'a' : 'e';
  const third = ar ? [`${stem}ó`, `${stem}aron`] : vowelStem ? [`${raised}yó`, `${raised}yeron`] : [`${raised}ió`, `${raised}ieron`];
  const strong = irregular.strong;
  const future = irregular.future ?? inf;
  const gerund = ar ? `${stem}ando` : vowelStem && !uir ? `${raised}yendo` : uir ? `${stem}yendo` : `${raised}iendo`;
  const table: Record<SpanishTense, readonly string[]> = {
    present: [`${present}${e}`, `${present}${e}n`],
    preterite: strong ? [`${strong}o`, strong.endsWith('j') ? `${strong}eron` : `${strong}ieron`] : third,
    imperfect: ar ? [`${stem}aba`, `${stem}aban`] : [`${stem}ía`, `${stem}ían`],
    future: [`${future}á`, `${future}án`],
    conditional: [`${future}ía`, `${future}ían`],
    infinitive: [reflexive ? `${inf}se` : inf],
    gerund: [reflexive ? withSe(gerund) : gerund],
  };
  const tenses = irregular.tenses ?? (Object.keys(table) as SpanishTense[]);
  const se = (tense: SpanishTense) => (reflexive && tense !== 'infinitive' && tense !== 'gerund' ? 'se ' : '');
  const participle = irregular.participle ?? `${stem}${ar ? 'a' : /[aeo]$/u.test(stem) ? 'í' : 'i'}do`;
  const omit = new Set(irregular.omit ?? []);
  return {
    finite: unique(tenses.flatMap((t) => table[t].map((f) => se(t) + f))).filter((f) => !omit.has(f)),
    participles: [participle, `${participle.slice(0, -1)}a`, `${participle}s`, `${participle.slice(0, -1)}as`].filter((f) => !omit.has(f)),
    auxiliary: ES_AUXILIARY,
  };
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/**
 * A regex alternation matching exactly `words`, with common prefixes factored out so that it stays
 * fast however many forms it holds; at any position it tries the longer continuations first.
 */
export function alternation(words: readonly string[]): string {
  const tails = unique(words);
  if (tails.length === 0) return '(?!)';
  const groups = new Map<string, string[]>();
  let empty = false;
  for (const t of tails) {
    if (t === '') empty = true;
    else groups.set(t[0]!, [...(groups.get(t[0]!) ?? []), t.slice(1)]);
  }
  const branches = [...groups.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([head, rest]) => {
      // A chain with a single continuation: keep its letters together.
      let prefix = head;
      let tailsOf = rest;
      while (tailsOf.length > 1 && tailsOf.every((r) => r !== '' && r[0] === tailsOf[0]![0])) {
        prefix += tailsOf[0]![0];
        tailsOf = tailsOf.map((r) => r.slice(1));
      }
      if (tailsOf.length === 1) return escape(prefix + tailsOf[0]!);
      return escape(prefix) + alternation(tailsOf);
    });
  if (empty) return `(?:${branches.join('|')})?`;
  return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
}

/** How a trigger takes its verbs' participles. */
export type ParticipleUse = 'bare' | 'verbal' | 'none';

/**
 * The regex alternation of every form of `verbs`, each followed by `after` (a regex, " with",
 * "(?: con)?"): participles bare, only as verbs (after an auxiliary, or before an agent's "by"/"por"),
 * or not at all.
 */
export function verbAlternation(
  verbs: readonly VerbForms[],
  { participles = 'verbal', after = '' }: { participles?: ParticipleUse; after?: string } = {},
): string {
  const finite = verbs.flatMap((v) => v.finite);
  const parts = [`${alternation(participles === 'bare' ? [...finite, ...verbs.flatMap((v) => v.participles)] : finite)}${after}`];
  if (participles === 'verbal') {
    for (const auxiliary of unique(verbs.map((v) => v.auxiliary))) {
      const own = verbs.filter((v) => v.auxiliary === auxiliary).flatMap((v) => v.participles);
      if (own.length === 0) continue;
      const verbal = `(?:(?<=(?<!\\p{L})${auxiliary}\\s+\\p{L}+)|(?=\\s+(?:by|por)\\s))`;
      parts.push(`${alternation(own)}${verbal}${after}`);
    }
  }
  return parts.join('|');
}
