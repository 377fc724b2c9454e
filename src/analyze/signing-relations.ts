/**
 * Who signed an agreement, when a sentence names several signatories: "The X Agreement was signed in
 * Beijing by the bank's governor, Pan Gongsheng, and his counterpart, Julio Velarde", "El convenio
 * fue suscrito por A y B", "Firmaron el Convenio X el gobernador, A, y el vicepresidente, B",
 * "Mendoza firmó con el ministro chino, Wang Wentao, un Memorando X", "Peru's Police and China's
 * Ministry signed a Memorandum X". Each signatory SIGNED the agreement: the people when people are
 * named, else the bodies.
 */
import { isPossessor, proposal, type Proposal } from './proposal.js';
import type { Endpoint, SentenceEndpoints } from './types.js';

/** A passive signing: the verb, then (a little later) "by"/"por". */
const PASSIVE = new RegExp(
  '(?<!\\p{L})(?:was|were|has been|had been|will be|fue|fueron|ha sido|han sido|será|serán)\\s+(?:[\\p{Ll}]+\\s+)?' +
    '(?:signed|inked|suscrit[oa]s?|firmad[oa]s?|rubricad[oa]s?)(?!\\p{L})',
  'u',
);
/** A Spanish signing that opens its sentence, its signatories after the agreement: "Firmaron el documento A y B". */
const VERB_FIRST = /^(?:[\p{Lu}][\p{Ll}]+\s+)?(?:[Ff]irmaron|[Ss]uscribieron|[Rr]ubricaron)(?!\p{L})/u;
/** An active signing, perhaps with its co-signer: "firmó (luego) con X", "signed (on Monday) with X". */
const ACTIVE = /(?<!\p{L})(?:signed|inked|firmó|firmaron|suscribió|suscribieron|rubricó)(?!\p{L})/u;
/** "by"/"por" before the agents of a passive. */
const BY = /(?<!\p{L})(?:by|por)\s/u;
/** Where a list of signatories ends: another clause or an aside about the ceremony. */
const LIST_END = new RegExp(
  ';|\\s[—–]\\s|,\\s*(?:al margen|en presencia|in the presence|during|durante|que|which|who|quien|donde|where|' +
    'en una ceremonia|at a ceremony|after|tras)(?!\\p{L})',
  'u',
);
/** A reported clause's opening, which no signatory stands before. */
const REPORTED = /(?<!\p{L})(?:said|says|told|that|which|who|que|dijo|afirmó|señaló|informó|quien)(?!\p{L})/u;
/** Who may sign. */
const SIGNERS = new Set(['PERSON', 'GOVERNMENT', 'COMPANY', 'ORGANIZATION', 'GROUP', 'COUNTRY']);

/** The signatories among `ends`: the people if any, else the bodies that are no possessor nor a title's body. */
function signatories(text: string, ends: readonly Endpoint[]): Endpoint[] {
  const people = ends.filter((e) => e.type === 'PERSON');
  if (people.length) return people;
  return ends.filter(
    (e) =>
      SIGNERS.has(e.type) &&
      !isPossessor(text, e) &&
      !/(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?$/u.test(text.slice(Math.max(0, e.start - 12), e.start)),
  );
}

/** The SIGNED relations of one sentence (`sentence` its offsets, `inside` its endpoints sorted by start). */
export function signingRelations({ text, sentence, inside }: SentenceEndpoints): Proposal[] {
  const body = text.slice(sentence.start, sentence.end);
  const agreements = inside.filter((e) => e.type === 'AGREEMENT');
  if (agreements.length === 0) return [];
  const out: Proposal[] = [];
  const sign = (signers: readonly Endpoint[], agreement: Endpoint, hit: { start: number; end: number }) => {
    for (const s of signers)
      if (s.id !== agreement.id) out.push(proposal({ text, type: 'SIGNED', source: s, target: agreement, hit, strength: 0.7 }));
  };
  // The end of the list that starts at `from`: the first clause break after it, or the sentence's end.
  const listEnd = (from: number) => {
    const m = LIST_END.exec(text.slice(from, sentence.end));
    return m ? from + m.index : sentence.end;
  };
  const passive = PASSIVE.exec(body);
  if (passive) {
    const at = sentence.start + passive.index;
    const hit = { start: at, end: at + passive[0].length };
    const agreement = [...agreements].reverse().find((e) => e.end <= at);
    const by = BY.exec(text.slice(hit.end, sentence.end));
    if (agreement && by) {
      const from = hit.end + by.index + by[0].length;
      sign(
        signatories(
          text,
          inside.filter((e) => e.start >= from && e.end <= listEnd(from)),
        ),
        agreement,
        hit,
      );
    }
    return out;
  }
  const first = VERB_FIRST.exec(body);
  if (first) {
    const hit = { start: sentence.start + first.index, end: sentence.start + first.index + first[0].length };
    const agreement = agreements.find((e) => e.start >= hit.end);
    if (agreement)
      sign(
        signatories(
          text,
          inside.filter((e) => e.start >= agreement.end && e.end <= listEnd(agreement.end)),
        ),
        agreement,
        hit,
      );
    return out;
  }
  const active = ACTIVE.exec(body);
  if (!active) return out;
  const hit = { start: sentence.start + active.index, end: sentence.start + active.index + active[0].length };
  const agreement = agreements.find((e) => e.start >= hit.end);
  if (!agreement) return out;
  // The subjects: the entities of the clause before the verb that a list joins ("Peru’s Police and China’s Ministry").
  const clauseStart = Math.max(
    sentence.start,
    ...[...text.slice(sentence.start, hit.start).matchAll(/[;:]|\s[—–]\s/gu)].map((m) => sentence.start + m.index + m[0].length),
  );
  // Walking back from the verb, no reported clause lies between a subject and it ("X said A and B signed").
  const before = inside.filter((e) => e.start >= clauseStart && e.end <= hit.start && !REPORTED.test(text.slice(e.end, hit.start)));
  const subjects = signatories(text, before);
  // The co-signer: "firmó con el ministro chino, Wang Wentao, un memorando".
  const withWhom = /^\s+(?:[\p{Ll}]+\s+)?(?:with|con)\s/u.test(text.slice(hit.end, hit.end + 30))
    ? signatories(
        text,
        inside.filter((e) => e.start >= hit.end && e.end <= agreement.start),
      )
    : [];
  if (subjects.length + withWhom.length >= 2) sign([...subjects, ...withWhom], agreement, hit);
  return out;
}
