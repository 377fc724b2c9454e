/**
 * Visits named by a noun, with no verb of visiting: "Xi’s third state visit to Peru", "the visit by
 * Wang Yi to Lima", "la visita de Estado de Xi al Perú", "la visita que Xi Jinping hará al Perú".
 * The visitor comes after "of/de/by" or before "’s", the place visited after "to/a/al".
 */
import { proposal, type Proposal } from './proposal.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

/** What joins the visitor to the place in each construction, the visitor first. */
const VISITOR_TO_PLACE = [
  // "Xi’s third state visit to Peru", "Boluarte’s trip to China"
  /^['’]s\s+(?:[\p{Ll}-]+\s+){0,3}(?:visit|trip|tour)\s+to\s+(?:the\s+)?$/u,
  // "la visita de Xi a Lima": the noun before the visitor, checked apart
  /^\s+(?:a|al|a la)\s+$/u,
  // "la visita que Xi Jinping hará al Perú"
  /^\s+(?:hará|realizará|realizó|hizo|efectuará|efectuó|hace|realiza)\s+(?:(?:en|durante)\s+[\p{Ll}\d\s]{1,20}\s+)?(?:a|al|a la)\s+$/u,
  // "the visit by Wang Yi to Lima"
  /^\s+to\s+(?:the\s+)?$/u,
  // "Boluarte welcomed Xi to the Government Palace", "recibió a Xi en Palacio": the guest, then where.
  /^\s+(?:to|in|at|en|a|al)\s+(?:(?:the|el|la)\s+)?$/u,
];
/** What opens the visitor's phrase, for the constructions that need it (index as above). */
const BEFORE_VISITOR: (RegExp | undefined)[] = [
  undefined,
  new RegExp(
    '(?:visita|viaje|gira)\\s+(?:(?:de\\s+Estado|oficial|de\\s+trabajo|oficial)\\s+)?(?:de|del)\\s+(?:(?:el|la)\\s+)?' +
      '(?:(?:president[ea]|mandatari[oa]|canciller|ministr[oa]|primer ministro)\\s+)?$',
    'iu',
  ),
  new RegExp(
    '(?:visita|viaje|gira)\\s+(?:(?:de\\s+Estado|oficial)\\s+)?que\\s+(?:(?:el|la)\\s+)?' +
      '(?:(?:president[ea]|mandatari[oa]|canciller|ministr[oa])\\s+)?$',
    'iu',
  ),
  /(?:visit|trip|tour)\s+by\s+(?:(?:the\s+)?(?:president|premier|minister|foreign minister|vice premier)\s+)?$/iu,
  new RegExp(
    '(?:welcomed|welcomes|welcoming|received|receiving|recibió a|recibirá a|dio la bienvenida a)\\s+' +
      '(?:(?:the|his|her|its|their|al?|la|el|su)\\s+)?(?:[\\p{L}-]+\\s+){0,3}?$',
    'iu',
  ),
];

/**
 * Before a place, a visit the sentence's subject is on: "on the first day of a four-day visit to",
 * "during a state visit to", "during her visit to", "who is on a six-day tour of", "que realiza una visita
 * oficial a".
 */
const ON_A_VISIT = new RegExp(
  '(?:(?:on|during|durante|en)\\s+(?:the\\s+(?:first|second|last|final)\\s+day\\s+of\\s+|el\\s+(?:primer|último)\\s+día\\s+de\\s+)?|' +
    '(?:who\\s+is|who\\s+was)\\s+on\\s+|(?:que|quien)\\s+(?:realiza|cumple|inició|realizaba|cumplía)\\s+|' +
    // "Boluarte realizó una visita oficial a China", "Xi paid a state visit to Peru".
    '(?:realizó|realizará|hizo|hará|efectuó|paid|pays|made|makes|will\\s+pay|will\\s+make)\\s+)' +
    '(?:a|an|una|her|his|their|su)\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:visit|tour|trip|visita|gira)\\s+' +
    '(?:(?:oficial|de\\s+Estado|de\\s+trabajo)\\s+)?' +
    '(?:(?:de\\s+)?[\\p{L}\\d]+\\s+días\\s+)?(?:to|of|a|al|por)\\s+(?:the\\s+)?$',
  'iu',
);
/** A relative pronoun right after its antecedent's comma: ", who", ", que", ", quien". */
const RELATIVE = /^\s*,\s*(?:who|que|quien)\s/iu;

/** The VISITED relations that visit nouns give among the entities `inside` one sentence (sorted by start). */
export function visitNounRelations({ text, inside }: { text: string; inside: readonly Endpoint[] }): Proposal[] {
  const out: Proposal[] = [];
  for (const [i, place] of inside.entries()) {
    if (place.type !== 'PLACE' && place.type !== 'COUNTRY') continue;
    const from = inside[i - 1]?.end ?? Math.max(0, place.start - 120);
    const cue = ON_A_VISIT.exec(text.slice(from, place.start));
    if (!cue) continue;
    const at = from + cue.index;
    // The antecedent of "who is on a tour", else the first person named before the visit, else the subject right
    // after the visit's phrase ("During her visit to China, Boluarte met …").
    const before = inside.slice(0, i).filter((e) => e.end <= at);
    const antecedent = before.find((e) => e.type === 'PERSON' && RELATIVE.test(text.slice(e.end, at + 8)) && e.end + 12 >= at);
    const next = inside[i + 1];
    const subject = next?.type === 'PERSON' && /^\s*,\s*$/u.test(text.slice(place.end, next.start)) ? next : undefined;
    const visitor = antecedent ?? before.find((e) => e.type === 'PERSON') ?? subject;
    if (visitor && visitor.id !== place.id && fits('VISITED', visitor.type, place.type))
      out.push(proposal({ text, type: 'VISITED', source: visitor, target: place, hit: { start: at, end: place.start }, strength: 0.6 }));
  }
  for (const [i, visitor] of inside.entries()) {
    const place = inside[i + 1];
    if (!place || place.id === visitor.id || !fits('VISITED', visitor.type, place.type)) continue;
    const gap = text.slice(visitor.end, place.start);
    const opening = text.slice(Math.max(0, visitor.start - 60), visitor.start);
    const k = VISITOR_TO_PLACE.findIndex((re, j) => re.test(gap) && (BEFORE_VISITOR[j]?.test(opening) ?? true));
    if (k >= 0)
      out.push(
        proposal({ text, type: 'VISITED', source: visitor, target: place, hit: { start: visitor.end, end: place.start }, strength: 0.7 }),
      );
  }
  return out;
}
