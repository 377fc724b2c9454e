/**
 * Pronouns that name an entity of the text again, so that relation rules read "She met executives of
 * COSCO" as they read "Boluarte met executives of COSCO":
 * - "he", "she", "él", "ella": a person;
 * - "it" as a subject, and "its", "su" before an office or a part ("its chairman", "su filial"): a
 *   body (a company, a government, an organisation) or a country;
 * - a Spanish sentence that opens with a finite verb and no subject ("Agregó que …", "Además, firmó …"):
 *   the subject of the sentence before.
 * The antecedent is the most salient entity of a fitting type: in the pronoun's own sentence, for a
 * person the subject ("Boluarte said she …") and for a body the nearest before it; else, in the nearest of the two sentences
 * before that names one, the only one, or the first when it is that sentence's subject. Anything less
 * sure is left alone.
 */
import { wordsPattern } from '../domain/text.js';
import type { Sentence } from './nlp.js';
import { GOVERNED, isPossessor } from './proposal.js';
import type { Endpoint, TextEndpoints } from './types.js';

const PERSON = ['PERSON'];
const BODY = ['COMPANY', 'GOVERNMENT', 'ORGANIZATION', 'GROUP', 'MEDIA', 'COUNTRY'];
const ACTOR = [...PERSON, ...BODY];

/** Offices and parts a possessive takes when its owner is a body ("its chairman", "su gerente general", "its subsidiary"). */
const OFFICE_OR_PART = wordsPattern(
  'chairman|chairwoman|chair|president|chief|head|director|manager|general manager|ceo|founder|owner|owners|parent|' +
    'subsidiary|subsidiaries|unit|branch|arm|headquarters|spokesman|spokeswoman|spokesperson|' +
    'presidente|presidenta|gerente|director|directora|jefe|jefa|titular|fundador|fundadora|dueño|dueña|propietario|matriz|' +
    'filial|filiales|subsidiaria|sede|vocero|vocera|portavoz|representante|accionista|accionistas|' +
    // "its Peruvian partner", "su distribuidor local".
    'partner|partners|socio|socia|distributor|distribuidor|distribuidora|client|cliente|customer|supplier|proveedor',
  'iu',
);
/** A possessive's offices and parts that only a body has, never a country. */
const CORPORATE = wordsPattern(
  'chairman|chairwoman|chair|ceo|manager|general manager|director|founder|owner|owners|parent|subsidiary|subsidiaries|unit|' +
    'branch|arm|gerente|gerente general|directora|fundador|fundadora|dueño|dueña|propietario|matriz|filial|filiales|subsidiaria|' +
    'accionista|accionistas|partner|partners|socio|socia|distributor|distribuidor|distribuidora|client|cliente|customer|' +
    'supplier|proveedor',
  'iu',
);
const BODY_NO_COUNTRY = BODY.filter((t) => t !== 'COUNTRY');
/** Between a body and the complement of its name's "of" ("the Transport Committee of the Congress"). */
const OF_COMPLEMENT = /^\s+(?:of|de|del)\s+(?:(?:the|la|el)\s+)?$/iu;
/** "he", "she", "él", "ella" (as subject or after a preposition). */
const PERSONAL = /(?<![\p{L}\p{N}’'-])(?:[Hh]e|[Ss]he|[Éé]l|[Ee]lla)(?![\p{L}\p{N}’'-])/gu;
/** What a passive "it" stands for: "It was signed in Lima by …", "It was built by Sinohydro". */
const THINGS = ['AGREEMENT', 'PLAN', 'PROGRAM', 'INFRASTRUCTURE', 'EVENT'];
const IT_PASSIVE = new RegExp(
  "(?<![\\p{L}\\p{N}’'-])[Ii]t(?=\\s+(?:was|is|has been|had been|will be)\\s+(?:\\p{Ll}+ly\\s+)?" +
    '(?:signed|ratified|approved|adopted|negotiated|built|financed|funded|designed|opened|inaugurated|awarded|operated|run)(?!\\p{L}))',
  'gu',
);
/** "it" after a preposition ("invested $310m in it"): a thing, not a body acting. */
const IT_OBJECT = /(?<=(?:^|\s)(?:in|into|on|for|over)\s+)it(?![\p{L}\p{N}’'-])/gu;
/** "it" as a subject: before a verb, not the dummy subject of "it is", "it was expected". */
const IT = new RegExp(
  // "invested $310m in it": after a preposition, "it" is no subject.
  '(?<!(?:^|\\s)(?:in|into|to|with|by|for|from|at|on|of|about|over|under)\\s+)' +
    "(?<![\\p{L}\\p{N}’'-])[Ii]t(?=\\s+(?!(?:is|was|will be|would be|has been|had been|seems|remains|appears|takes|means)" +
    '(?!\\p{L}))\\p{Ll})',
  'gu',
);
/** "its" or "su(s)" before an office or part, with at most two words between ("its new chairman"). */
const POSSESSIVE = /(?<![\p{L}\p{N}’'-])(?:[Ii]ts|[Ss]us?)(?=\s+(?:[\p{L}-]+\s+){0,2}?([\p{Ll}]+)(?![\p{L}]))/gu;
/** A Spanish sentence that opens with a finite verb: preterite, future or conditional in the third person. */
const VERB_FIRST = new RegExp(
  '^(?:(?:Además|También|Luego|Después|Asimismo|Por su parte|Por otro lado|En tanto|Finalmente|Ayer|Hoy|Anteriormente|' +
    // "El martes se reunió con …", "Por la tarde visitó …", "Al día siguiente viajó …".
    '(?:El|Este) (?:lunes|martes|miércoles|jueves|viernes|sábado|domingo)|Por la (?:mañana|tarde|noche)|Más tarde|' +
    'Al día siguiente),?\\s+)?' +
    '((?:(?:se|le|les)\\s+)?(?:\\p{L}\\p{Ll}+(?:ó|aron|ieron|yeron|ió|ará|erá|irá|arán|erán|irán|aría|ería|iría)|' +
    'Dijo|Dijeron|Sostuvo|Sostuvieron|Hizo|Tuvo|Propuso|Anduvo|Condujo|Dirigió|[Aa]gregó|[Aa]ñadió))(?!\\p{L})',
  'u',
);
/** "Ambos firmaron …", "Both men signed …": a sentence that opens with the two people of the one before. */
const BOTH = new RegExp(
  '^(?:(?:Al término del encuentro|Al final de la reunión|Luego|Después|Then|Later|After the meeting),?\\s+)?' +
    '([Aa]mbos|[Aa]mbas|Both men|Both women|Both ministers|The two (?:men|women|ministers|leaders|officials)|' +
    'Los dos (?:ministros|mandatarios|funcionarios))(?!\\p{L})',
  'u',
);
/** Sentences before a pronoun's that may hold its antecedent. */
const WINDOW = 2;

/** The endpoints that pronouns and Spanish dropped subjects add: each with its antecedent's id, kind and type. */
export function pronounEndpoints({
  text,
  sentences,
  endpoints,
  language,
}: TextEndpoints & {
  language?: string | null;
}): Endpoint[] {
  const out: Endpoint[] = [];
  // A sentence's entities, with those its own pronouns stand for ("It treats tailings …. Its general manager …").
  const within = (s: Sentence) =>
    [...endpoints, ...out.filter((e) => e.end > e.start)]
      .filter((e) => e.start >= s.start && e.end <= s.end)
      .sort((a, b) => a.start - b.start);
  const oneEntity = (xs: readonly Endpoint[]): boolean => new Set(xs.map((e) => e.id)).size === 1;
  /**
   * In the pronoun's own sentence: for a person, or a body that "it" stands for (`bySubject`), the
   * subject ("Boluarte told Xi that she …", "Joyvio agreed to buy X, it said"); for a possessive, the
   * nearest ("Hierro Perú sold it to Shougang and its unit …"). Else in a sentence before it.
   */
  const antecedent = (k: number, at: number, types: readonly string[], bySubject: boolean): Endpoint | undefined => {
    const own = within(sentences[k]!).filter((e) => e.end <= at && types.includes(e.type));
    let n = own.length - 1;
    // "The Transport Committee of the Congress will …, its chairman": the body the complement after "of" belongs to.
    while (!bySubject && n > 0 && OF_COMPLEMENT.test(text.slice(own[n - 1]!.end, own[n]!.start))) n--;
    const nearest = own[n];
    if (nearest && !bySubject) return nearest;
    if (nearest) {
      const subject = own.find((e) => isSubject(e, sentences[k]!) && !possessor(e));
      if (subject) return subject;
      if (oneEntity(own)) return own[0];
      return types === PERSON ? undefined : nearest;
    }
    for (let j = k - 1; j >= Math.max(0, k - WINDOW); j--) {
      // A possessor ("China’s Ministry of …") is not what the sentence is about.
      const prior = within(sentences[j]!).filter((e) => types.includes(e.type) && !possessor(e));
      if (!prior.length) continue;
      if (oneEntity(prior)) return prior[0];
      if (isSubject(prior[0]!, sentences[j]!)) return prior[0];
      // "Retailers grouped in the Lima Chamber of Commerce have asked …. Its president, …": for a possessive's
      // office, the first body of that sentence, a country aside, where no entity is its subject.
      return bySubject ? undefined : prior.find((e) => e.type !== 'COUNTRY');
    }
    return undefined;
  };
  const possessor = (e: Endpoint): boolean => isPossessor(text, e);
  const isSubject = (e: Endpoint, s: Sentence): boolean => {
    const before = within(s).filter((x) => x.end <= e.start && ACTOR.includes(x.type) && !possessor(x));
    return before.length === 0 && !GOVERNED.test(text.slice(Math.max(s.start, e.start - 30), e.start));
  };
  /** A name right after a possessive's noun ("su filial Shougang", "its unit CRTG"). */
  const namedNext = (at: number): boolean => {
    const next = endpoints.find((e) => e.start >= at);
    return next !== undefined && /^\s+(?:[\p{Ll}-]+\s+){1,3}$/u.test(text.slice(at, next.start));
  };
  const add = (k: number, start: number, end: number, types: readonly string[], bySubject: boolean) => {
    if (endpoints.some((e) => e.start < end && e.end > start)) return;
    const a = antecedent(k, start, types, bySubject);
    if (a) out.push({ ...a, start, end });
  };
  for (const [k, s] of sentences.entries()) {
    const body = text.slice(s.start, s.end);
    for (const m of body.matchAll(PERSONAL)) add(k, s.start + m.index, s.start + m.index + m[0].length, PERSON, true);
    if (language !== 'es') for (const m of body.matchAll(IT)) add(k, s.start + m.index, s.start + m.index + m[0].length, BODY, true);
    if (language !== 'es')
      for (const m of [...body.matchAll(IT_PASSIVE), ...body.matchAll(IT_OBJECT)])
        add(k, s.start + m.index, s.start + m.index + m[0].length, THINGS, false);
    for (const m of body.matchAll(POSSESSIVE)) {
      // "its general manager", "su gerente general", "its new chairman": an office or part among the next three words.
      const next = body.slice(m.index + m[0].length).match(/^\s+((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u)?.[1] ?? '';
      const words = next.split(/\s+/u);
      const office = words.some((_, k) => OFFICE_OR_PART.test(words.slice(0, k + 1).join(' ')) || OFFICE_OR_PART.test(words[k]!));
      if (!OFFICE_OR_PART.test(m[1]!) && !office) continue;
      // "its chairman", "su gerente general", "its subsidiary": no country has them.
      const corporate = words.some((_, k) => CORPORATE.test(words.slice(0, k + 1).join(' '))) || CORPORATE.test(m[1]!);
      // "operada por su filial Shougang Hierro Perú": the name after the noun is the agent, not the possessor.
      if (GOVERNED.test(body.slice(Math.max(0, m.index - 20), m.index)) && namedNext(s.start + m.index + m[0].length)) continue;
      // "the San Martín Solar plant, …, its owner, Kallpa": a facility has an owner or an operator too.
      const owned = /^(?:owner|owners|operator|dueño|dueña|propietario|propietaria|operador|operadora)$/iu.test(m[1]!);
      add(
        k,
        s.start + m.index,
        s.start + m.index + m[0].length,
        owned ? [...BODY_NO_COUNTRY, 'INFRASTRUCTURE'] : corporate ? BODY_NO_COUNTRY : BODY,
        false,
      );
    }
    const both = k > 0 ? BOTH.exec(body.trimStart()) : null;
    if (both) {
      const at = s.start + (body.length - body.trimStart().length) + both.index + both[0].length - both[1]!.length;
      // The two people of the sentence before, else of the three before when they name only those two
      // ("…, Teresa Mera y …, Ling Ji. … Mera indicó …. Ling pidió …. Al término del encuentro, ambos firmaron").
      const peopleOf = (from: number) =>
        sentences.slice(Math.max(0, from), k).flatMap((x) => within(x).filter((e) => e.type === 'PERSON' && !possessor(e)));
      const distinct = (xs: readonly Endpoint[]) => [...new Set(xs.map((e) => e.id))];
      const people = distinct(peopleOf(k - 1)).length === 2 ? peopleOf(k - 1) : peopleOf(k - 3);
      const ids = distinct(people);
      if (ids.length === 2 && !endpoints.some((e) => e.start < at + both[1]!.length && e.end > at))
        for (const id of ids) out.push({ ...people.find((e) => e.id === id)!, start: at, end: at + both[1]!.length });
    }
    if (language !== 'en') {
      const v = VERB_FIRST.exec(body.trimStart());
      if (v && k > 0) {
        const lead = body.length - body.trimStart().length;
        const at = s.start + lead + v.index + v[0].length - v[1]!.length;
        const prior = sentences[k - 1]!;
        const first = within(prior).find((e) => ACTOR.includes(e.type));
        // "La presidenta del OEFA, Miriam Alegría, declaró …. Añadió que …": the person a title of the body names.
        const titled = within(prior).find(
          (e) => e.type === 'PERSON' && /,\s*$/u.test(text.slice(prior.start, e.start)) && /^\s*,/u.test(text.slice(e.end, e.end + 3)),
        );
        const subject = first && isSubject(first, prior) ? first : first && first.type !== 'PERSON' ? titled : undefined;
        if (subject && !endpoints.some((e) => e.start >= s.start && e.end <= at)) out.push({ ...subject, start: at, end: at });
      }
    }
  }
  return out;
}
