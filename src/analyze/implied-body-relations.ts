/**
 * A person named after an office whose body the sentence does not name: "El rector, Hugo Benavente,
 * recibió …", "Wilfredo Quispe, the regional governor, thanked …", "Ana Torres, the production
 * minister, told …". The body is the one the text is about: of the entities of the kind the office
 * belongs to (those whose name holds the office's words, "Universidad" for a rector, if any), the one
 * the text names most often, the first named of two named as often; a portfolio before "minister"
 * ("the production minister") names the ministry whose name holds its words. The title says which
 * relation, as for a named body (see body-title-relations.ts).
 */
import { foldForMatch } from '../domain/text.js';
import { relationOfBodyTitle } from './body-title-relations.js';
import { proposal, type Proposal } from './proposal.js';
import { fits } from './relation-ends.js';
import type { Endpoint } from './types.js';

/** Peru's regions, whose governors a text names: a governor with no regional government named leads one of them. */
const REGIONS = new RegExp(
  '^(?:amazonas|ancash|apurimac|arequipa|ayacucho|cajamarca|callao|cusco|cuzco|huancavelica|huanuco|ica|junin|' +
    'la libertad|lambayeque|lima|loreto|madre de dios|moquegua|pasco|piura|puno|san martin|tacna|tumbes|ucayali)$',
  'u',
);
/** Any place may be a mayor's city. */
const ANY_PLACE = /./u;

/** Offices that belong to one kind of body: the entity types of that kind, and the words its name most likely holds, if any. */
const OFFICE_BODIES: readonly [RegExp, readonly string[], RegExp | undefined, RegExp?][] = [
  [/^(?:vice-?)?(?:rector|rectora|vicerrector|vicerrectora|dean|decano|decana)$/u, ['ORGANIZATION'], /\b(?:university|universidad)\b/u],
  [
    /^(?:general manager|gerente general|gerente|chief executive|ceo|chairman|chairwoman|managing director)$/u,
    ['COMPANY', 'GROUP'],
    undefined,
  ],
  [/^(?:(?:regional )?(?:governor|gobernador|gobernadora)(?: regional)?)$/u, ['GOVERNMENT'], /\b(?:regional|region|región)\b/u, REGIONS],
  [/^(?:mayor|alcalde|alcaldesa)$/u, ['GOVERNMENT'], /\b(?:municipal|municipality|municipalidad|council|concejo)\b/u, ANY_PLACE],
];
/** "El rector, " at a clause's start: an article, an office of a word or two, a comma. */
const TITLE_BEFORE = /(?:^|[,;:—–]\s*|\s)(?:[Tt]he|[Ee]l|[Ll]a)\s+((?:[\p{Ll}-]+\s+)?[\p{Ll}-]+),\s*$/u;
/** ", the regional governor," right after the person. */
const TITLE_AFTER = /^\s*,\s*(?:the|el|la)\s+((?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]+)\s*[,.]/u;
/** Words of a portfolio that say nothing of which ministry it is. */
const FILLER = /^(?:and|y|of|de|the|la|el)$/u;

/**
 * What names a body in an office: of the bodies of `types` the text names, those whose name holds
 * the office's words if any, the one named most often; of two named as often, the one named first.
 */
function salient(
  text: string,
  named: readonly Endpoint[],
  [types, words]: readonly [readonly string[], RegExp | undefined],
  place?: RegExp,
) {
  const fitting = named.filter((e) => types.includes(e.type));
  const worded = words ? fitting.filter((e) => words.test(foldForMatch(text.slice(e.start, e.end)))) : [];
  // A governor's or mayor's body is a regional or municipal government, else the region or city itself; never another body.
  if (place && worded.length === 0) {
    const places = named.filter((e) => e.type === 'PLACE' && place.test(foldForMatch(text.slice(e.start, e.end))));
    return mostNamed(places);
  }
  return mostNamed(worded.length ? worded : fitting);
}

/** Of some endpoints, the entity named most often; of two named as often, the first named. */
function mostNamed(endpoints: readonly Endpoint[]): Endpoint | undefined {
  const count = new Map<string, { n: number; last: Endpoint }>();
  for (const e of endpoints) count.set(e.id, { n: (count.get(e.id)?.n ?? 0) + 1, last: e });
  // Map order is first mention's order, and sort is stable: of two named as often, the first named wins.
  return [...count.values()].sort((a, b) => b.n - a.n)[0]?.last;
}

/** The ministry whose name holds every word of a portfolio ("energy and mines" → "Ministry of Energy and Mines"). */
function ministryOf(named: readonly Endpoint[], text: string, portfolio: string): Endpoint | undefined {
  const words = foldForMatch(portfolio)
    .split(/\s+/u)
    .filter((w) => w && !FILLER.test(w));
  if (words.length === 0) return undefined;
  const ids = new Map<string, Endpoint>();
  for (const e of named) {
    if (e.type !== 'GOVERNMENT') continue;
    const name = ` ${foldForMatch(text.slice(e.start, e.end))} `;
    if (/\b(?:ministry|ministerio)\b/u.test(name) && words.every((w) => name.includes(` ${w} `))) ids.set(e.id, e);
  }
  return ids.size === 1 ? [...ids.values()][0] : undefined;
}

/**
 * The relations between the people of one sentence (`inside`) and the bodies their offices imply,
 * found among `named`: the text's endpoints.
 */
export function impliedBodyRelations({
  text,
  inside,
  named,
}: {
  text: string;
  inside: readonly Endpoint[];
  named: readonly Endpoint[];
}): Proposal[] {
  const out: Proposal[] = [];
  for (const [i, person] of inside.entries()) {
    if (person.type !== 'PERSON') continue;
    const sentenceStart = i === 0 ? Math.max(0, person.start - 80) : inside[i - 1]!.end;
    const before = TITLE_BEFORE.exec(text.slice(sentenceStart, person.start));
    const after = TITLE_AFTER.exec(text.slice(person.end, person.end + 60));
    const found = before ?? after;
    if (!found) continue;
    const title = found[1]!.replace(/\s+/gu, ' ');
    const at = before ? sentenceStart + before.index + before[0].indexOf(title) : person.end + after!.index + after![0].indexOf(title);
    const hit = { start: at, end: at + title.length };
    const minister = /^(.+?)\s+minister$/u.exec(title);
    const office = OFFICE_BODIES.find(([re]) => re.test(title));
    const body = minister
      ? ministryOf(named, text, minister[1]!)
      : office
        ? salient(text, named, [office[1], office[2]], office[3])
        : undefined;
    // "regional governor": an office's last word names it when the whole does not.
    const type = minister ? 'LEADS' : (relationOfBodyTitle(title) ?? relationOfBodyTitle(title.split(' ').pop()!));
    if (!body || !type || body.id === person.id || !fits(type, person.type, body.type)) continue;
    // A body the sentence names just before the person is for body-title-relations to read.
    if (inside.some((e) => e.id === body.id && e.start < person.start && person.start - e.start < 80)) continue;
    out.push(proposal({ text, type, source: person, target: body, hit, strength: 0.6 }));
  }
  return out;
}
