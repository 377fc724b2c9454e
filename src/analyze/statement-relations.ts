/**
 * Statements: who said something, and about whom. "X said (on Thursday) (that) Y …" is X STATED Y;
 * "according to X" and "según X" make X the speaker of the rest of the sentence. "X told Reuters",
 * "X dijo a RPP" is also X COMMUNICATED_VIA the medium.
 */
import { wordsPattern } from '../domain/text.js';
import { isDescriptionHead } from './coreference.js';
import type { Sentence } from './nlp.js';
import { DATELINE, proposal, words, type Proposal } from './proposal.js';
import type { Hit } from './trigger-hits.js';
import { fits } from './relation-ends.js';
import type { Endpoint, SentenceEndpoints } from './types.js';

/** After a statement verb, before what it is about: a medium, a time, "that". */
const MEDIUM = new RegExp(
  // "dijo a la agencia Andina", "declaró al diario Gestión", "said on its WeChat account", "afirmó en su cuenta de Facebook".
  '^\\s+(?:(?:on|in|en)\\s+(?:its|his|her|their|su)\\s+(?:official\\s+)?(?:cuenta\\s+(?:oficial\\s+)?(?:de|en)\\s+)?|' +
    '(?:to|a|al)\\s+(?:(?:the|la|el)\\s+)?' +
    '(?:(?:agency|agencia|newspaper|diario|radio|emisora|broadcaster|cadena)\\s+(?:[\\p{Ll}-]+\\s+){0,2})?)$',
  'iu',
);
const LEAD_IN = new RegExp(
  '^\\s*,?\\s*(?:(?:on|in|last|this|el|en|este|esta|el pasado)\\s+[\\p{L}\\d ]{1,20}?\\s*,?\\s+)?' +
    '(?:[\\p{Ll}]+\\s+(?=that|que))?(?:(?:that|que)\\s+)?(?:(?:the|la|el|los|las)\\s+)?(?:[\\p{Ll}-]+\\s+){0,4}$',
  'u',
);
/** Between a speaker and the statement verb: nothing, an aside's closing comma, an auxiliary ("has", "also"). */
const SPEAKER_GAP = new RegExp(
  '^\\s*(?:\\([^()]*\\))?\\s*(?:,[^,;]{1,80},)?\\s*,?\\s*' +
    // "The United States on Thursday urged", "Ticona, en cambio, advirtió", "el MEF este lunes informó".
    '(?:(?:on|this|last|el|este|esta|el pasado)\\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|' +
    'lunes|martes|miércoles|jueves|viernes|sábado|domingo|semana|mes)\\s+|(?:en cambio|however|además),?\\s+)?' +
    '(?:(?:has|have|had|also|later|then|ha|han|también|luego)\\s+)*$',
  'iu',
);
/** After a statement verb that ends its sentence: at most a time ("said on Tuesday."). */
const SENTENCE_END = new RegExp(
  // "…, X told reporters on Monday.", "…, X said in a statement."
  '^\\s*(?:(?:reporters|journalists|a la prensa|a los periodistas|a periodistas)\\s*)?' +
    '(?:(?:on|in|this|last|el|en|este|esta)\\s+[\\p{L}\\d ]{1,25}?)?\\s*[.!?]?\\s*$',
  'u',
);
/** What makes a medium the channel of a statement: "an interview with", "declaraciones a", "un comunicado difundido por". */
const INTERVIEW = new RegExp(
  '(?:interview|entrevista|statement|comunicado|declaraciones|remarks|comments|op-ed|column|columna)\\s+' +
    '(?:(?:with|con|to|a|published by|published in|difundid[oa] por|publicad[oa] (?:por|en)|in|en)\\s+)(?:(?:the|el|la)\\s+)?$',
  'iu',
);
/** A statement whose subject is "the port", "la empresa": about what that names, not an entity further on. */
const COREFERRING_SUBJECT = new RegExp(
  '^\\s*(?:that\\s+|que\\s+)?(?:the|el|la|los|las|its|su)\\s+(\\p{Ll}+)\\s+(?:would|will|could|should|is|was|has|had|can|may|must|' +
    'podría|podrá|será|sería|es|fue|ha|había|tiene|tendrá|va)(?!\\p{L})',
  'iu',
);
/** Whether a reported clause opens on a description that names an entity ("the port would"), not on "the quota would". */
const coreferringSubject = (gap: string): boolean => {
  const noun = COREFERRING_SUBJECT.exec(gap)?.[1];
  return noun !== undefined && isDescriptionHead(noun);
};
/** Verbs whose object after "a" is what they are about: "criticó a", "acusó a", "elogió a", "defendió a". */
const AIMED = /^(?:critic|acus|elogi|rechaz|denunci|cuestion|defend|defendi|respald|advirti|adviert|responsabiliz|culp)/iu;
/** Verbs of asking: "asked", "urged", "pidió", "instó", "exhortó". */
const REQUEST = /^(?:ask|urg|pid|ped|inst|exhort)/iu;
/** Between "told" and its medium: an article and a few words ("the state news agency"). */
const TOLD_MEDIUM = /^\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,3}$/u;
/** Words that name a medium. */
const MEDIA_NOUN = /(?:newspaper|agency|daily|broadcaster|radio|channel|station|television|website|magazine|outlet)\s+$/iu;
/** What a statement is not about: a place it happens in, the medium it was made to. */
const NOT_ABOUT = new Set(['PLACE', 'MEDIA']);
/** Places a statement may mention only as where something happens. */
const WHERE_TYPES = new Set(['PLACE', 'COUNTRY']);
/** A locative preposition right before an entity: "en el Callao", "in Lima". */
const IN_BEFORE = new RegExp(
  '(?:^|\\s)(?:in|en|at|from|desde|through|por)\\s+(?:(?:the|el|la|los|las)\\s+)?' +
    // "en el distrito de Lurín", "in the province of Y".
    '(?:(?:district|distrito|province|provincia|region|región|city|ciudad|department|departamento)\\s+(?:of|de|del)\\s+)?$',
  'iu',
);
/** Before a source's name after "according to": an article and a few lower-case words ("the exporters’ society "). */
const SOURCE_DESCRIBED = /^(?:the|la|el|los|las)\s+(?:[\p{Ll}’'-]+\s+){1,3}$/u;
/**
 * "…, the two companies said on Tuesday", "…, informaron este martes ambas empresas": the companies of
 * the sentence speak, each about the other, or both about what one buys from the other.
 */
const BOTH_SAID = new RegExp(
  ',\\s*(?:(?:the\\s+(?:two\\s+)?companies|both companies|ambas empresas|las\\s+(?:dos\\s+)?empresas)\\s+' +
    '(?:said|announced|told|informaron|anunciaron|señalaron|indicaron|dijeron|comunicaron)|' +
    '(?:informaron|anunciaron|señalaron|indicaron|comunicaron)\\s+(?:(?:este|esta|el)\\s+[\\p{L}\\d]+\\s+(?:de\\s+\\p{L}+\\s+)?)?' +
    '(?:ambas empresas|las\\s+(?:dos\\s+)?empresas))',
  'iu',
);
/** Between a name and one inside its apposition: a comma, an article, lower-case words ("the local unit of the French group "). */
const APPOSED_NAME = /^\s*,\s*(?:the|a|an|la|el|una?)\s+[^,;]*$/iu;
/** The end of an apposition's object relative, whose subject is the name after it ("a wind farm that Engie is building"). */
const RELATIVE_SUBJECT = /(?<!\p{L})(?:that|which|que)\s+(?:the\s+|la\s+|el\s+)?$/iu;
/** "according to", "según", "de acuerdo con", "citing". */
const ACCORDING = /(?<!\p{L})(?:according to|según|de acuerdo con|citing)\s+/giu;

/** The STATED (and COMMUNICATED_VIA) relations of one sentence: `hits` are its statement triggers, `subjectOf` finds a hit's speaker. */
export function statementRelations({
  text,
  sentence,
  inside,
  hits,
  subjectOf,
}: SentenceEndpoints & {
  hits: readonly Hit[];
  /** A statement verb's speaker, and whether it is the subject of a verb before it ("recorrió … y anunció"). */
  subjectOf: (hit: Hit) => { speaker: Endpoint; shared: boolean } | undefined;
}): Proposal[] {
  const out: Proposal[] = [];
  const stated = (source: Endpoint, target: Endpoint | undefined, hit: { start: number; end: number }, strength: number) => {
    if (target && target.id !== source.id && fits('STATED', source.type, target.type)) {
      out.push(proposal({ text, type: 'STATED', source, target, hit, strength }));
    }
  };
  for (const hit of hits) {
    // '"…", said Foreign Minister Wang Yi.', '…, afirmó el canciller Elmer Schialer': the speaker after the verb,
    // the statement before it, about its first entity.
    const inverted = invertedSpeaker(text, hit, inside, sentence);
    if (inverted) {
      const dateline = DATELINE.exec(text.slice(sentence.start, hit.start));
      const from = sentence.start + (dateline?.[0].length ?? 0);
      stated(inverted, reportedTopic(text, inside, from, hit.start, inverted), hit, hit.trigger.strength * 0.9);
      continue;
    }
    const subject = subjectOf(hit);
    if (!subject || (!subject.shared && !SPEAKER_GAP.test(text.slice(subject.speaker.end, hit.start)))) continue;
    const { speaker } = subject;
    let from = hit.end;
    const after = inside.filter((e) => e.start >= hit.end);
    // "told Reuters", "dijo a la agencia Andina": the medium.
    const first = after[0];
    const gap = first ? text.slice(hit.end, first.start) : '';
    // "dijo a RPP": whom a statement is made to is a medium, whatever its type says.
    // "told the state news agency Xinhua": an English "told" takes its medium as a direct object.
    const told = /^told$/iu.test(text.slice(hit.start, hit.end)) && (first?.type === 'MEDIA' || MEDIA_NOUN.test(gap));
    // "pidió al Congreso endurecer las penas": whom a request is made to is no medium; "pidió que X cite a Y" asks of Y.
    const request = REQUEST.test(text.slice(hit.start, hit.end));
    // "criticó a Tacora", "acusó a la minera de …": whom these verbs take after "a" is what the statement is about, never a medium.
    const aimed = AIMED.test(text.slice(hit.start, hit.end));
    if (request && /^\s+(?:que|that)\s/iu.test(text.slice(hit.end, hit.end + 6))) continue;
    const medium =
      first && !request && !aimed && (MEDIUM.test(gap) || (first.type === 'MEDIA' && /^\s+$/u.test(gap)) || (told && TOLD_MEDIUM.test(gap)))
        ? first
        : undefined;
    if (medium) {
      out.push(proposal({ text, type: 'COMMUNICATED_VIA', source: speaker, target: medium, hit, strength: 0.75 }));
      from = medium.end;
    }
    // "In an interview with China Daily, Boluarte said …", "…, según declaraciones a RPP": the medium elsewhere in the sentence.
    for (const m of inside)
      if (
        m !== medium &&
        m.type === 'MEDIA' &&
        m.id !== speaker.id &&
        INTERVIEW.test(text.slice(Math.max(sentence.start, m.start - 50), m.start))
      )
        out.push(proposal({ text, type: 'COMMUNICATED_VIA', source: speaker, target: m, hit, strength: 0.7 }));
    // What the statement is about: its first entity, but for a place it only happens in ("instalará en el Callao …").
    // A city or region is seldom what a statement is about ("said flights between Lima and Shenzhen …"), a medium never.
    const about = inside.find(
      (e) =>
        e.start >= from &&
        e !== medium &&
        e.id !== speaker.id &&
        !NOT_ABOUT.has(e.type) &&
        !(WHERE_TYPES.has(e.type) && IN_BEFORE.test(text.slice(from, e.start))),
    );
    const gapToAbout = about ? text.slice(from, about.start) : '';
    const far = !/[;:—–]/u.test(gapToAbout) && words(gapToAbout) <= 16 && !coreferringSubject(gapToAbout);
    if (about && (LEAD_IN.test(gapToAbout) || far))
      stated(speaker, about, hit, hit.trigger.strength * (LEAD_IN.test(gapToAbout) ? 1 : 0.85));
    else if (!about && !subject.shared && SENTENCE_END.test(text.slice(hit.end, sentence.end))) {
      // "CCB has been granted a licence …, the SBS said on Tuesday.": the statement is the sentence before
      // its speaker, whose first entity (after a dateline) it is about.
      const dateline = DATELINE.exec(text.slice(sentence.start, speaker.start));
      const from = sentence.start + (dateline?.[0].length ?? 0);
      stated(speaker, reportedTopic(text, inside, from, speaker.start, speaker), hit, hit.trigger.strength * 0.9);
    }
  }
  for (const m of text.slice(sentence.start, sentence.end).matchAll(ACCORDING)) {
    const at = sentence.start + m.index + m[0].length;
    // "Según declaró a Gestión, la firma …": a verb after "según" reports the subject's own words, not a source's.
    if (/^\p{Ll}+(?:ó|aron|ieron|ía|ían)\s/u.test(text.slice(at, at + 20))) continue;
    // "according to the exporters’ society SNI", "según un comunicado de la Cancillería": a description of the source before its name.
    // A medium that carried a statement ("según un comunicado difundido por Radio Onda Azul") is not its speaker.
    let source = inside.find(
      (e) => e.start >= at && (e.start <= at + 12 || (e.type !== 'MEDIA' && SOURCE_DESCRIBED.test(text.slice(at, e.start)))),
    );
    if (!source) continue;
    // "according to Boston University's Global Development Policy Center": the centre speaks.
    const next = inside.find((e) => e.start >= source!.end);
    if (next && /^['’]s\s+$/u.test(text.slice(source.end, next.start))) source = next;
    // "Según el gerente general de Jinzhao Perú, Wu Jianguo,": the office holder speaks, not the body.
    const holder = inside.find((e) => e.start > source!.end && e.type === 'PERSON');
    if (holder && source.type !== 'PERSON' && /^\s*,\s*$/u.test(text.slice(source.end, holder.start))) source = holder;
    const speaker = source;
    const rest = inside.filter((e) => e.end <= sentence.start + m.index || e.start > speaker.end + 1);
    const hit = { start: sentence.start + m.index, end: at };
    stated(
      speaker,
      rest.find((e) => e.id !== speaker.id && !/^['’]s/u.test(text.slice(e.end, e.end + 2))),
      hit,
      0.6,
    );
  }
  const both = BOTH_SAID.exec(text.slice(sentence.start, sentence.end));
  if (both) {
    const until = sentence.start + both.index;
    const before = inside.filter((e) => e.end <= until);
    // A name inside an apposition ("Joyvio, the agricultural arm of the conglomerate Legend Holdings,") is no party.
    const apposed = (e: Endpoint) => {
      const prior = before.filter((x) => x.end <= e.start).pop();
      if (!prior) return false;
      const gap = text.slice(prior.end, e.start);
      return APPOSED_NAME.test(gap) && !RELATIVE_SUBJECT.test(gap);
    };
    const companies = before.filter((e) => (e.type === 'COMPANY' || e.type === 'GROUP') && !apposed(e));
    const ids = [...new Set(companies.map((e) => e.id))];
    const hit = { start: until, end: until + both[0].length };
    const byId = (id: string) => companies.find((e) => e.id === id)!;
    const facility = before.find((e) => e.type === 'INFRASTRUCTURE' && !apposed(e));
    if (ids.length === 2 && facility) {
      // "X will supply turbines for the Y wind farm that Z is building, the two companies said": both speak of the facility.
      stated(byId(ids[0]!), facility, hit, 0.6);
      stated(byId(ids[1]!), facility, hit, 0.6);
    } else if (ids.length === 2) {
      stated(byId(ids[0]!), byId(ids[1]!), hit, 0.6);
      stated(byId(ids[1]!), byId(ids[0]!), hit, 0.6);
    } else if (ids.length >= 3) {
      // "X agreed to buy 60% of Y from Z, the two companies said": the buyer and the seller speak of what is sold.
      stated(byId(ids[0]!), byId(ids[1]!), hit, 0.6);
      stated(byId(ids[ids.length - 1]!), byId(ids[1]!), hit, 0.6);
    }
  }
  return out;
}

/**
 * What a statement reported before its speaker ("X did Y, the company said") is about: its first entity
 * from `from` to `until` but the speaker, past the speaker's own apposition ("GyM Ferrovías, concesionaria
 * de la Línea 1, comprará trenes a CRRC, informó la empresa" is about CRRC).
 */
function reportedTopic(text: string, inside: readonly Endpoint[], from: number, until: number, speaker: Endpoint): Endpoint | undefined {
  const within = inside.filter((e) => e.start >= from && e.end <= until);
  const own = within[0]?.id === speaker.id ? within[0] : undefined;
  const apposition = own ? OWN_APPOSITION.exec(text.slice(own.end, until)) : null;
  const end = own && apposition ? own.end + apposition[0].length : -1;
  return within.find((e) => e.id !== speaker.id && e.start >= end);
}
/** An apposition right after a name, between commas: ", concesionaria de la Línea 1 del Metro de Lima,", ", Peru’s regulator,". */
const OWN_APPOSITION = /^\s*,\s*(?:the\s+|la\s+|el\s+|a\s+|an\s+|una?\s+)?(?:\p{Lu}\p{L}*['’]s\s+)?\p{Ll}[^,;]*,/u;

/** Before a statement verb whose speaker follows it: the end of the quoted or reported clause. */
const CLAUSE_BEFORE = /[,"”»]\s*$/u;
/** Between such a verb and its speaker: a time, an article and a title of a word or three ("said on Monday Foreign Minister"). */
const TO_SPEAKER = /^\s+(?:(?:on|el|este|esta|this|last)\s+[\p{L}\d]+\s+)?(?:(?:the|el|la|los|las)\s+)?(?:[\p{L}-]+\s+){0,3}?$/u;
/** After the speaker: the sentence ends, or an aside, a time or a place opens. */
const AFTER_SPEAKER = /^\s*(?:[,.;!?]|$|\(|\s(?:on|in|at|during|el|en|durante|ante|this|last|este|esta)\s)/u;

/** The speaker of a statement verb in inverted order ('"…", said X.'), if the sentence is so built. */
function invertedSpeaker(text: string, hit: Hit, inside: readonly Endpoint[], sentence: Sentence): Endpoint | undefined {
  if (!CLAUSE_BEFORE.test(text.slice(sentence.start, hit.start))) return undefined;
  const speaker = inside.find((e) => e.start >= hit.end);
  if (!speaker || !SPEAKERS.has(speaker.type) || !TO_SPEAKER.test(text.slice(hit.end, speaker.start))) return undefined;
  // The title words before the speaker are lower case or a title's ("Foreign Minister"), never another name.
  const words = text.slice(hit.end, speaker.start).trim().split(/\s+/u).filter(Boolean);
  if (words.some((w) => /^\p{Lu}/u.test(w) && !TITLE_WORD.test(w))) return undefined;
  return AFTER_SPEAKER.test(text.slice(speaker.end, Math.min(sentence.end + 1, speaker.end + 12))) ? speaker : undefined;
}
/** Who may speak. */
const SPEAKERS = new Set(['PERSON', 'GOVERNMENT', 'COMPANY', 'ORGANIZATION', 'GROUP', 'MEDIA', 'COUNTRY']);
/** Capitalised words of a title before a name. */
const TITLE_WORD = wordsPattern(
  'President|Presidenta|Presidente|Foreign|Minister|Ministra|Ministro|Vice|Premier|Prime|Ambassador|Embajador|Embajadora|' +
    'Chairman|Director|Directora|Deputy|Trade|Commerce|Finance|Economy|Spokesman|Spokeswoman|Canciller|Secretary|General|' +
    'Governor|Gobernador|Mayor|Alcalde',
  'u',
);
