/**
 * Relations the shape of a phrase states without a verb: where a place or a facility is ("the
 * Government Palace in Lima", "Toromocho, in the Junín region", "Falchani, en Puno"), and what a
 * body belongs to ("the Transport Committee of the Congress of the Republic", "Boston University's
 * Global Development Policy Center", "an agreement between Imarpe and Shanghai Ocean University"
 * makes the two partners).
 */
import { proposal, type Proposal } from './proposal.js';
import { fits } from './triggers.js';
import type { Endpoint } from './types.js';

/** Between a facility or place and where it is: "in", ", in the … region,", "en la región", "situado en la meseta de". */
const WHERE = new RegExp(
  '^\\s*,?\\s*(?:(?:located|situated|based|situad[oa]|ubicad[oa])\\s+)?(?:in|en|at)\\s+' +
    '(?:(?:the|la|el)\\s+)?(?:(?:southern|northern|eastern|western|central|coastal|region|province|department|city|town|' +
    'región|provincia|departamento|ciudad|meseta|sierra|valle|valley|district|distrito)\\s+)*(?:(?:of|de|del)\\s+)?$',
  'iu',
);
/** Between a body and the body it is part of: "of the", "del", "de la". */
const OF = /^\s+(?:of the|of|del|de la|de los|de)\s+$/iu;
/** Heads of a body that is part of another: committees, commissions, institutes. */
const PART_HEAD = new RegExp(
  '(?:committee|commission|comisi[oó]n|comit[eé]|council|consejo|institute|instituto|center|centre|centro|office|oficina|' +
    'department|division|unit|school|faculty|facultad|branch|sucursal)$',
  'iu',
);
/** Between two parties of an agreement: "between X and", "entre X y". */
const BETWEEN_BEFORE = new RegExp(
  '(?:agreement|accord|memorandum|deal|partnership|alliance|acuerdo|convenio|memorando|alianza)\\s+(?:\\S+\\s+){0,2}' +
    '(?:between|entre)\\s+(?:the\\s+|el\\s+|la\\s+)?$',
  'iu',
);
const AND = /^\s*(?:,\s*[^,]{0,40},\s*)?(?:and|y|e)\s+(?:the\s+|el\s+|la\s+)?$/iu;

/** What is located (an event in a place is HOSTED by it, not located there). */
/** Whether a name's head is a part's: its last word ("Transport Committee") or its first ("Comisión de Trabajo"). */
const partHead = (name: string): boolean => {
  const words = name.split(/\s+/u);
  return PART_HEAD.test(words[words.length - 1]!) || PART_HEAD.test(words[0]!);
};

const LOCATABLE = new Set(['INFRASTRUCTURE', 'PLACE', 'GOVERNMENT']);
const BODY = new Set(['GOVERNMENT', 'ORGANIZATION', 'COMPANY', 'GROUP', 'MEDIA']);

/** Every relation the phrases of one sentence state between the entities `inside` it (sorted by start). */
export function structureRelations({ text, inside }: { text: string; inside: readonly Endpoint[] }): Proposal[] {
  const out: Proposal[] = [];
  for (const [i, a] of inside.entries()) {
    const b = inside[i + 1];
    if (!b || a.id === b.id) continue;
    const gap = text.slice(a.end, b.start);
    const hit = { start: a.end, end: b.start };
    if (LOCATABLE.has(a.type) && (b.type === 'PLACE' || b.type === 'COUNTRY') && WHERE.test(gap) && fits('LOCATED_IN', a.type, b.type)) {
      out.push(proposal({ text, type: 'LOCATED_IN', source: a, target: b, hit, strength: 0.65 }));
    }
    // "the Transport Committee of the Congress", "Boston University's Global Development Policy Center".
    if (BODY.has(a.type) && BODY.has(b.type)) {
      if (OF.test(gap) && partHead(text.slice(a.start, a.end))) {
        out.push(proposal({ text, type: 'PART_OF', source: a, target: b, hit, strength: 0.6 }));
      } else if (/^['’]s\s+$/u.test(gap) && partHead(text.slice(b.start, b.end))) {
        out.push(proposal({ text, type: 'PART_OF', source: b, target: a, hit, strength: 0.6 }));
      }
    }
    // "MMG, the Las Bambas operator": an apposition naming what the body operates.
    if (BODY.has(a.type) && b.type === 'INFRASTRUCTURE' && /^\s*,\s*(?:the|el|la)\s+$/iu.test(gap)) {
      if (/^\s+(?:operator|operadora|operador)(?!\p{L})/iu.test(text.slice(b.end, b.end + 12))) {
        out.push(proposal({ text, type: 'OPERATES', source: a, target: b, hit: { start: b.end, end: b.end + 9 }, strength: 0.6 }));
      }
    }
    // "an agreement between Imarpe, the state marine research institute, and Shanghai Ocean University".
    const c = inside.slice(i + 1).find((e) => AND.test(text.slice(a.end, e.start)));
    if (c && BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 60), a.start)) && fits('PARTNERS_WITH', a.type, c.type)) {
      out.push(proposal({ text, type: 'PARTNERS_WITH', source: a, target: c, hit: { start: a.end, end: c.start }, strength: 0.6 }));
    }
  }
  return out;
}
