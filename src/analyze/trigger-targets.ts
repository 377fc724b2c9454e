/**
 * Where a trigger's other end is, beyond the nearest entity after it: the person a title names
 * ("the head of Bank of China Peru, Liu Qiang"), further owners of a passive list, a co-party after
 * "with", the nearest fitting entity, and the pair before a verb-final trigger.
 */
import type { RelationType } from '../domain/vocabulary.js';
import { CONJUNCTION, COORDINATED } from './coordination.js';
import { GOVERNED, proposal, type Proposal } from './proposal.js';
import type { Hit } from './trigger-hits.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

const PASSIVE_CJK = /[由被]/u;
/** A further owner in a passive list: ", 22.5% by X", "and 15% by Y". */
const FURTHER_AGENT = new RegExp(
  '^\\s*,?\\s*(?:and\\s+|y\\s+)?(?:en un\\s+)?[\\d.,]+\\s*(?:%|percent|por ciento)\\s+(?:by|por|de|del)\\s+' +
    '(?:(?:the|el|la)\\s+)?(?:[\\p{Ll}-]+\\s+){0,3}$',
  'iu',
);
/** A co-party after the object: "negotiated the agreement with China's Ministry of Commerce". */
const WITH = /^[^,;]*?\s(?:with|con)\s+(?:the\s+|el\s+|la\s+)?$/iu;

/** A title that opens a noun phrase: "the head of", "La rectora de". */
const TITLE_OPENS = /(?:^|[\s,;:—–-])(?:the|el|la|los|las|its|su|al|del|a la)\s+(?:[\p{Ll}-]+\s+)?$/iu;

/** The body a title names and the person apposed after it ("the head of Bank of China Peru, Liu Qiang"). */
export function titledAfter(
  text: string,
  hit: Hit,
  after: readonly Endpoint[],
  sentenceStart: number,
): { person: Endpoint; body: Endpoint } | undefined {
  const before = text.slice(sentenceStart, hit.start);
  const [body, person] = after;
  if (!TITLE_OPENS.test(before) && before.trim() !== '') return undefined;
  if (!body || person?.type !== 'PERSON' || body.type === 'PERSON') return undefined;
  return /^\s*(?:\([^()]*\))?\s*,\s*$/u.test(text.slice(body.end, person.start)) ? { person, body } : undefined;
}

/** Owners listed after the first in a passive: "62.5% owned by MMG, 22.5% by Guoxin and 15% by CITIC". */
export function furtherAgents({
  text,
  type,
  hit,
  agent,
  owned,
  inside,
  strength,
}: {
  text: string;
  type: RelationType;
  hit: Hit;
  agent: Endpoint;
  owned: readonly Endpoint[];
  inside: readonly Endpoint[];
  strength: number;
}): Proposal[] {
  const out: Proposal[] = [];
  let last = agent;
  for (const e of inside.filter((x) => x.start >= agent.end)) {
    if (!FURTHER_AGENT.test(text.slice(last.end, e.start))) break;
    for (const o of owned)
      if (fits(type, e.type, o.type)) out.push(proposal({ text, type, source: e, target: o, hit, strength: strength * 0.9 }));
    last = e;
  }
  return out;
}

/** A co-party after the object of a signing or negotiation: "negotiated the agreement with X" makes X a party too. */
export function coParties({
  text,
  type,
  hit,
  object,
  inside,
  until,
  strength,
}: {
  text: string;
  type: RelationType;
  hit: Hit;
  object: Endpoint;
  inside: readonly Endpoint[];
  until: number;
  strength: number;
}): Proposal[] {
  if (type !== 'SIGNED' && type !== 'NEGOTIATED') return [];
  let next = inside.find((e) => e.start >= object.end && e.end <= until);
  if (!next || !WITH.test(text.slice(object.end, next.start))) return [];
  // "with China's Ministry of Commerce": the possessor is not the party.
  const owned = inside.find((e) => e.start >= next!.end);
  if (owned && /^['’]s\s+$/u.test(text.slice(next.end, owned.start))) next = owned;
  if (!fits(type, next.type, object.type)) return [];
  return [proposal({ text, type, source: next, target: object, hit, strength: strength * 0.85 })];
}

/** The nearest entity after a trigger that fits the relation with a source (the source's object; its agent when passive). */
export function firstFitting({
  text,
  type,
  sources,
  after,
  all,
  passive,
}: {
  text: string;
  /** Every entity of the sentence, for a person apposed after a title across a comma. */
  all: readonly Endpoint[];
  type: RelationType;
  sources: readonly Endpoint[];
  after: readonly Endpoint[];
  passive: boolean;
}): Endpoint[] {
  const ok = (t: Endpoint) => sources.some((s) => (passive ? fits(type, t.type, s.type) : fits(type, s.type, t.type)));
  const first = after.findIndex(ok);
  if (first < 0 || first > 2) return [];
  // "met the ambassador of China, Liang Hui": the person the title names, not the country in it.
  const named = all.find((e) => e.start >= after[first]!.end);
  if (
    named?.type === 'PERSON' &&
    after[first]!.type !== 'PERSON' &&
    ok(named) &&
    APPOSED.test(text.slice(after[first]!.end, named.start))
  ) {
    const titled = text.slice(Math.max(0, after[first]!.start - 40), after[first]!.start);
    if (TITLED.test(titled)) return [named];
  }
  // "owned by China's People's Daily": the possessor names whose the end is, not the end.
  if (named && /^['’]s\s+$/u.test(text.slice(after[first]!.end, named.start)) && ok(named)) return [named];
  // "inaugurated by Peru's culture minister, Gabriela Núñez": the office holder after the possessor's title; a body signs
  // through its officer ("signed by the Chinese bank's governor, Pan Gongsheng").
  if (named?.type === 'PERSON' && POSSESSED_TITLE.test(text.slice(after[first]!.end, named.start)) && ok(named))
    return type === 'SIGNED' && ok(after[first]!) ? [named, after[first]!] : [named];
  return [after[first]!];
}
/** Between a possessor and the person its title names: "’s culture minister, ", "’s ambassador in Lima, ". */
const POSSESSED_TITLE = new RegExp(
  "^['’]s\\s+(?:[\\p{Ll}-]+\\s+){0,3}(?:minister|ambassador|president|chairman|chairwoman|head|chief|envoy|governor|mayor)" +
    '(?:\\s+[^,]{0,20})?\\s*,\\s*$',
  'u',
);
const APPOSED = /^\s*,\s*$/u;
/** A title just before a country or body: "the ambassador of", "el embajador de", "su homólogo". */
const TITLED = new RegExp(
  '(?:ambassador|minister|president|head|chairman|director|embajador[a]?|ministr[oa]|president[ea]|jef[ea]|canciller|rector[a]?|' +
    'gerente|titular)\\s+(?:(?:of|de|del)\\s+\\p{Lu}\\p{L}*(?:\\s+\\p{Lu}\\p{L}*)*\\s+)?' +
    '(?:(?:of|de|del|to|en)\\s+(?:the\\s+|la\\s+|el\\s+)?)?$',
  'iu',
);

/** Two entities before a verb-final trigger: the nearest pair whose types fit, in passive order after 由/被. */
export function nearestPair({
  text,
  type,
  before,
  cjk,
}: {
  text: string;
  type: RelationType;
  before: readonly Endpoint[];
  cjk: boolean;
}): [Endpoint, Endpoint] | undefined {
  for (let j = before.length - 1; j >= 1; j--) {
    for (let i = j - 1; i >= 0; i--) {
      const [a, b] = [before[i]!, before[j]!];
      if (a.id === b.id) continue;
      const between = text.slice(a.end, b.start);
      // "X and Y", "Peru, China", "ambos mandatarios" (two ends at one span); not the apposition "X, the Y".
      const apposition = !CONJUNCTION.test(between) && /(?:the|el|la|los|las)\s*$/iu.test(between);
      // "During her visit to China, Boluarte met …": a comma after a preposition's object closes a phrase, it joins no subjects.
      const governed = !CONJUNCTION.test(between) && GOVERNED.test(text.slice(Math.max(0, a.start - 15), a.start));
      if (!cjk && !(COORDINATED.test(between) && !apposition && !governed)) continue;
      const [s, t] = cjk && PASSIVE_CJK.test(between) ? [b, a] : [a, b];
      if (fits(type, s.type, t.type)) return [s, t];
    }
  }
  return undefined;
}
