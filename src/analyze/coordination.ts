/**
 * Coordinated entities: subjects joined by a conjunction before a verb ("Peru and China signed",
 * "the MTC and the CRCC"), and objects listed after it ("oversees Las Bambas, Toromocho and
 * Marcona").
 */
import type { RelationType } from '../domain/vocabulary.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

/** Only a conjunction between two entities: they are coordinated ("Peru and China signed …"). */
export const COORDINATED = new RegExp(
  '^\\s*(?:,\\s*)?(?:and|y|e|&|和|与|及|、|,)?\\s*' +
    // "the MTC and the CRCC", "el Minem y la Sunat": an article may open the second name.
    '(?:(?:the|el|la|los|las)\\s+)?' +
    // "Xi Jinping and President Dina Boluarte": a title may open the second name.
    '(?:(?:la\\s+|el\\s+)?(?:President|Presidenta|Presidente|Premier|Minister|Ministra|Ministro)\\s+)?$',
  'iu',
);

const LISTED = new RegExp(
  // "regula las tarifas de Luz del Sur y de Pluz": the preposition repeated.
  // "se reunió con Li Wei y con Zhang Min": or "con", "with".
  '^\\s*(?:,\\s*)?(?:(?:and|y|e|&)\\s+)?(?:a\\s+|de\\s+|of\\s+|con\\s+|with\\s+)?(?:(?:the|la|el)\\s+)?$|' +
    // "Entel Perú and its three rivals, Claro, …"
    '^\\s*(?:and|y)\\s+(?:its|their|sus?|the|los|las)\\s+(?:[\\p{Ll}\\d-]+\\s+){0,2}[\\p{Ll}\\d-]+,\\s*$',
  'iu',
);

/** Targets with the entities listed after the first: "oversees Las Bambas, Toromocho and Marcona", "supervisa a San Marcos y a la PUCP". */
export function withListed(
  text: string,
  type: RelationType,
  sources: readonly Endpoint[],
  targets: readonly Endpoint[],
  after: readonly Endpoint[],
): Endpoint[] {
  const first = targets[0];
  if (!first || targets.length !== 1) return [...targets];
  const fitting = (e: Endpoint) => sources.some((s) => fits(type, s.type, e.type));
  return joined(
    text,
    first,
    after.filter((x) => x.start >= first.end),
    LISTED,
    fitting,
  );
}

/**
 * `anchor` and the entities of `away` (ordered going away from it, either way in the text) joined to
 * it one by one while each gap matches `joins` and `accept` takes the entity: a list joined by commas
 * alone is no list unless a conjunction closes it ("Lima, Cusco and Arequipa"). In text order.
 */
function joined(
  text: string,
  anchor: Endpoint,
  away: readonly Endpoint[],
  joins: RegExp,
  accept: (e: Endpoint) => boolean = () => true,
): Endpoint[] {
  const list = [anchor];
  let conjunction = false;
  for (const e of away) {
    const last = list[list.length - 1]!;
    const gap = e.start < last.start ? text.slice(e.end, last.start) : text.slice(last.end, e.start);
    if (!joins.test(gap) || !accept(e)) break;
    // An article or a preposition alone is no conjunction: "the Railway, the Ministry of Economy said".
    if (CONJUNCTION.test(gap)) conjunction = true;
    list.push(e);
  }
  return (conjunction ? list : [anchor]).sort((a, b) => a.start - b.start);
}

/** A conjunction in a gap: what a comma and an article alone are not ("X, the Y" is an apposition). */
export const CONJUNCTION = /(?:^|[\s,])(?:and|y|e|&)(?:\s|$)|[和与及、]/iu;

/**
 * An entity and those coordinated with it before it ("Peru and China", "Lima, Cusco and Arequipa"):
 * a comma alone coordinates only in a list that a conjunction closes.
 */
export function coordinatedAround(text: string, before: readonly Endpoint[], nearest: Endpoint): Endpoint[] {
  return joined(text, nearest, before.slice(0, before.indexOf(nearest)).reverse(), COORDINATED);
}
