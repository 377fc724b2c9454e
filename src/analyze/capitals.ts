/**
 * A capital standing for its government: "Beijing and Lima signed …" is China and Peru acting, while
 * "in Beijing" or the dateline "LIMA, June 7 —" is a place. A capital that opens a sentence (or is
 * coordinated with one that does) and is not followed by another capitalised word or a dateline's
 * date becomes its country: the catalog's country when it has one, else a candidate country.
 */
import { foldForMatch } from '../domain/text.js';
import { slugify } from './find-candidates.js';
import type { Sentence } from './nlp.js';
import type { CandidateEntity, Mention } from './types.js';

/** Capitals (folded) and the English name of the country they stand for. */
const CAPITALS: ReadonlyMap<string, string> = new Map(
  (
    [
      [['beijing', 'pekin', 'peking', '北京'], 'China'],
      [['lima', '利马'], 'Peru'],
      [['washington'], 'United States'],
      [['tokyo', 'tokio'], 'Japan'],
      [['moscow', 'moscu'], 'Russia'],
      [['brasilia'], 'Brazil'],
      [['santiago'], 'Chile'],
      [['bogota'], 'Colombia'],
      [['quito'], 'Ecuador'],
      [['buenos aires'], 'Argentina'],
      [['seoul', 'seul'], 'South Korea'],
      [['canberra'], 'Australia'],
      [['ottawa'], 'Canada'],
      [['brussels', 'bruselas'], 'European Union'],
      [['london', 'londres'], 'United Kingdom'],
      [['madrid'], 'Spain'],
    ] as const
  ).flatMap(([names, country]) => names.map((n) => [n, country] as const)),
);

/** Words that may open a sentence before its subject ("But Beijing …"). */
const OPENING = /^[\s"“'‘(]*(?:(?:but|and|yet|meanwhile|now|pero|y|ahora|mientras|tanto)\s+)*$/iu;
const COORDINATION = /^\s*(?:,\s*)?(?:and|y|e|&|和|与)\s*$/iu;
/** What follows a dateline's place: "LIMA, June 7", "LIMA (Reuters)". */
const DATELINE = /^\s*(?:,\s*(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|ene|abr|ago|dic)|\s*\(|\s*[—–-])/iu;
const NEXT_CAPITAL = /^\s+\p{Lu}/u;
/**
 * Words that open a clause whose subject may follow ("that Beijing would …", "dijo que Pekín
 * rechaza …", "said Washington had …"): a subordinator, or a verb of saying whose "that" is left out.
 */
const CLAUSE_OPENER = new RegExp(
  '(?:^|[\\s,])(?:that|which|as|while|because|since|although|though|if|when|whereas|but|so|que|como|mientras|porque|' +
    'aunque|si|cuando|pues|pero|said|says|say|believes|dijo|dice|afirmo|afirmó|señaló|sostuvo)\\s+$',
  'iu',
);
/** A capital that hosts is the host city, a place ("Lima will host the summit", "cuando Lima acoja la cumbre"). */
const HOSTS = new RegExp(
  '^(?:\\s+(?:will|would|is|was|has|had|also))*\\s+' +
    '(?:host|hosts|hosted|hosting|acoge|acoja|acogerá|acogera|acogió|acogio|alberga|albergará|albergara|albergó|albergo|' +
    // "Lima fue sede de la cumbre", "Lima será la sede del foro".
    '(?:fue|será|sera|es) (?:la )?sede)(?!\\p{L})',
  'iu',
);
/** Verbs whose object is a party, never a place ("thanked Beijing", "instó a Washington"). */
const PARTY_OBJECT = new RegExp(
  '(?:^|\\s)(?:warned|urged|thanked|accused|pressed|critici[sz]ed|told|invited|lent|backed|blamed|reassured|' +
    'ask|asks|asked|asking|requested|lobbied|persuaded|convinced|' +
    'advirtió|advirtio|instó|insto|agradeció|agradecio|acusó|acuso|criticó|critico|pidió|pidio|pedir|pedirá|solicitar|' +
    'solicitó|solicitará)(?:\\s+a)?\\s+$',
  'iu',
);
/** Verbs of a government after a capital that acts ("Beijing will contribute", "a claim Beijing rejects", "Pekín ya ratificó"). */
const GOVERNMENT_VERB = new RegExp(
  '^(?:will|would|rejects|rejected|denies|denied|insists|insisted|wants|wanted|claims|argues|maintains|agreed|signed|replied|' +
    'responded|reiterated|ratified|rechaza|rechazó|niega|negó|insiste|insistió|sostiene|sostuvo|firmó|firmaron|ratificó|acordó|' +
    'respondió|reiteró|ya)$',
  'u',
);
/** A preposition right before a capital, which makes it a place ("in Lima", "en Pekín", "north of Lima"). */
const PLACE_PREPOSITION = /(?:^|\s)(?:in|at|from|to|of|near|en|de|del|desde|a|hacia|por|by|with|con|between|entre|via|and|y|e)\s+$/iu;
/** Before the agent of a signing or a ratification: "suscrito por", "signed by", "ratified by". */
const AGENT_BEFORE = /(?:suscrit[oa]s?|firmad[oa]s?|ratificad[oa]s?|aprobad[oa]s?|signed|ratified|approved)\s+(?:por|by)\s+$/iu;
/** A lower-case word after a name that is no verb: a place's preposition, an article or a conjunction ("Lima y Cusco"). */
const NO_VERB =
  /^(?:in|on|at|to|for|from|with|by|of|and|or|via|the|en|de|del|a|al|con|por|para|y|o|e|vía|desde|hasta|el|la|los|las|hacia)$/iu;
/** What follows a capital that acts: a verb or a coordinated subject, not the sentence's end. */
const GOES_ON = /^(?:['’]s)?\s*(?:,\s*)?\p{L}/u;

/** The country a span of text stands for when it is a capital acting as a government, else undefined. */
function actingAs(
  text: string,
  span: { start: number; end: number },
  sentences: readonly Sentence[],
  previous?: number,
): string | undefined {
  const country = CAPITALS.get(foldForMatch(text.slice(span.start, span.end)));
  if (!country) return undefined;
  const after = text.slice(span.end, span.end + 12);
  if (DATELINE.test(after) || NEXT_CAPITAL.test(after) || !GOES_ON.test(after)) return undefined;
  if (HOSTS.test(text.slice(span.end, span.end + 40))) return undefined;
  const sentence = sentences.find((s) => s.start <= span.start && span.end <= s.end);
  const opens = sentence !== undefined && OPENING.test(text.slice(sentence.start, span.start));
  const coordinated = previous !== undefined && previous <= span.start && COORDINATION.test(text.slice(previous, span.start));
  // "Beijing’s ambassador", "Lima’s position": a capital's possessive is its government's.
  const possessive = /^['’]s\s+\p{Ll}/u.test(after);
  // "that Beijing would help": the subject of a clause, followed by a word that can be its verb.
  // An adverb may stand between ("that Beijing at first opposed", "que Pekín también rechaza").
  const nextWord = /^\s+(?:(?:at first|also|still|now|then|later|once|no longer|también|ya|aún|todavía)\s+)?(\p{Ll}+)/u.exec(
    text.slice(span.end, span.end + 40),
  )?.[1];
  const subject =
    sentence !== undefined &&
    CLAUSE_OPENER.test(text.slice(sentence.start, span.start)) &&
    nextWord !== undefined &&
    !NO_VERB.test(nextWord);
  const object = sentence !== undefined && PARTY_OBJECT.test(text.slice(sentence.start, span.start));
  const before = sentence ? text.slice(sentence.start, span.start) : '';
  // "Under the pact, Beijing will contribute", "a claim Beijing rejects": a capital before a government's verb acts, unless a
  // preposition makes it a place ("the summit in Lima will …").
  const acts = nextWord !== undefined && GOVERNMENT_VERB.test(nextWord) && !PLACE_PREPOSITION.test(before);
  // "that Lima and Beijing would mark", "que Lima y Pekín firmaron": the first of two capitals a clause opens with.
  const pair =
    sentence !== undefined &&
    CLAUSE_OPENER.test(before) &&
    /^\s+(?:and|y)\s+\p{Lu}/u.test(text.slice(span.end, span.end + 12)) &&
    CAPITALS.has(foldForMatch(/^\s+(?:and|y)\s+(\p{L}+)/u.exec(text.slice(span.end, span.end + 30))?.[1] ?? ''));
  const agent = sentence !== undefined && AGENT_BEFORE.test(before);
  return opens || coordinated || possessive || subject || object || acts || pair || agent ? country : undefined;
}

/**
 * Replaces capitals acting as governments with their countries: a mention becomes a mention of the
 * catalog's country (`countryId` resolves an English country name), a candidate place becomes that
 * mention too, or a candidate country with the country's slug when the catalog has none.
 */
export function capitalsAsStates({
  text,
  sentences,
  mentions,
  candidates,
  countryId,
}: {
  text: string;
  sentences: readonly Sentence[];
  mentions: readonly Mention[];
  candidates: readonly CandidateEntity[];
  countryId: (name: string) => string | undefined;
}): { mentions: Mention[]; candidates: CandidateEntity[] } {
  const spans = [...mentions.map((m) => ({ m })), ...candidates.map((c) => ({ c }))].sort(
    (a, b) => ('m' in a ? a.m.start : a.c.start) - ('m' in b ? b.m.start : b.c.start),
  );
  const outMentions: Mention[] = [];
  const outCandidates: CandidateEntity[] = [];
  let previous: number | undefined;
  for (const s of spans) {
    const span = 'm' in s ? s.m : s.c;
    const country = actingAs(text, span, sentences, previous);
    if (!country) {
      if ('m' in s) outMentions.push(s.m);
      else outCandidates.push(s.c);
      continue;
    }
    previous = span.end;
    const id = countryId(country);
    const surface = text.slice(span.start, span.end);
    if (id) outMentions.push({ entityId: id, matched: surface, start: span.start, end: span.end, text: surface });
    else outCandidates.push({ id: slugify(country), text: surface, type: 'COUNTRY', start: span.start, end: span.end });
  }
  return { mentions: outMentions, candidates: outCandidates };
}
