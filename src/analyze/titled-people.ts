/**
 * Descriptions that name a person again by the office the text gave them: "the minister", "el
 * canciller", "the Chinese ambassador", "el diplomático", after "Energy minister Jorge Montero …" or
 * "…, the Chinese ambassador, Song Yang". Each becomes another endpoint of that person, so that
 * relation rules read "The minister told Andina that …" as they read "Montero told Andina that …".
 * A description names the nearest person before it whose title is of the same office (its
 * translations and near synonyms count); a demonym in it ("the Chinese minister") keeps only people
 * whose title or name ties them to that country. With no such person it names no one.
 */
import { nationalitiesOf, nationalityOfWords } from './coreference.js';
import type { Endpoint, TextEndpoints } from './types.js';

/** Offices a description may name a person by, each with the words of a title that hold it. */
const OFFICES: readonly (readonly [string, RegExp])[] = [
  ['minister', /^(?:minister|ministers|ministro|ministra|canciller|vice-?minister|viceministr[oa]|secretary)$/iu],
  ['ambassador', /^(?:ambassador|embajador|embajadora|envoy|diplomat|diplomático|diplomática|consul|cónsul)$/iu],
  ['president', /^(?:president|presidente|presidenta|mandatario|mandataria|head of state|jefe de estado|jefa de estado)$/iu],
  ['premier', /^(?:premier|prime minister|primer ministro|primera ministra|jefe del gabinete|jefa del gabinete)$/iu],
  ['governor', /^(?:governor|gobernador|gobernadora)$/iu],
  ['mayor', /^(?:mayor|alcalde|alcaldesa)$/iu],
  ['chairman', /^(?:chairman|chairwoman|chair)$/iu],
  ['manager', /^(?:general manager|manager|gerente|gerenta|gerente general|gerenta general|chief executive|ceo)$/iu],
  ['rector', /^(?:rector|rectora)$/iu],
  ['lawmaker', /^(?:lawmaker|legislator|congressman|congresswoman|congresista|legislador|legisladora|parlamentari[oa])$/iu],
];
/** Words a title may stand with that say nothing of the office ("deputy", "regional", "new"). */
const OFFICE_OF = (phrase: string): string[] => {
  const words = phrase
    .toLowerCase()
    .split(/[^\p{L}-]+/u)
    .filter(Boolean);
  const grams = words.flatMap((w, i) => [
    w,
    i + 1 < words.length ? `${w} ${words[i + 1]}` : '',
    i + 2 < words.length ? `${w} ${words[i + 1]} ${words[i + 2]}` : '',
  ]);
  return OFFICES.filter(([, re]) => grams.some((g) => g && re.test(g))).map(([office]) => office);
};

/** "the minister", "el nuevo embajador chino", "la diplomática": an article, up to two modifiers, an office word. */
const DESCRIPTION = new RegExp(
  '(?<![\\p{L}\\p{N}])(?:[Tt]he|[Ee]l|[Ll]a|[Dd]el|[Aa]l)\\s+((?:[\\p{Ll}-]+\\s+|Chinese\\s+|Peruvian\\s+){0,2}?' +
    '(?:minister|ministro|ministra|canciller|ambassador|embajador|embajadora|envoy|diplomat|diplomático|diplomática|' +
    'president|presidente|presidenta|mandatario|mandataria|premier|governor|gobernador|gobernadora|mayor|alcalde|' +
    'alcaldesa|chairman|chairwoman|rector|rectora|lawmaker|congresista))(?:\\s+(chino|china|peruano|peruana))?(?![\\p{L}\\p{N}-])',
  'gu',
);
/**
 * After a description: a name, perhaps past a modifier, a comma or "of"/"de" ("El gobernador regional, Manuel
 * Ubillús", "the minister of Energy"), which make it a title before that name, not a description.
 */
const NAMED_AFTER = new RegExp(
  '^\\s*(?:,\\s*)?(?:(?:of|de|del|for|para)\\s+(?:the\\s+|la\\s+|el\\s+)?)?\\p{Lu}|' +
    '^(?:\\s+[\\p{Ll}-]+){1,2}\\s*,\\s*(?:[\\p{Ll}-]+\\s+)?\\p{Lu}',
  'u',
);

/**
 * The words that title a person's mention: before it in its phrase ("Energy minister ", "the Chinese
 * ambassador, "), and an apposition after it.
 */
function titleAround(text: string, e: Endpoint, endpoints: readonly Endpoint[]): string {
  // Not past another name: "Foreign Minister Elmer Schialer met Wang" gives Wang no title.
  const from = Math.max(0, e.start - 70, ...endpoints.filter((x) => x.end <= e.start).map((x) => x.end));
  const before =
    text
      .slice(from, e.start)
      .split(/[.;:()"“”—–]/u)
      .pop() ?? '';
  const lead = before.split(/,(?!\s*$)/u).pop() ?? '';
  const after = /^\s*,\s*((?:[^,.;]{1,60}))[,.;]/u.exec(text.slice(e.end, e.end + 70))?.[1] ?? '';
  return `${lead} | ${after}`;
}

/** The endpoints that office descriptions add ("the minister" → the minister named before). */
export function titledPersonEndpoints({ text, sentences, endpoints }: TextEndpoints): Endpoint[] {
  const people = endpoints.filter((e) => e.type === 'PERSON');
  // A person's offices and titles, over all their mentions ("Energy minister Jorge Montero …. Montero said …").
  const titled = new Map<string, { offices: Set<string>; titles: string }>();
  for (const p of people) {
    const title = titleAround(text, p, endpoints);
    const known = titled.get(p.id) ?? { offices: new Set<string>(), titles: '' };
    for (const o of OFFICE_OF(title)) known.offices.add(o);
    titled.set(p.id, { offices: known.offices, titles: `${known.titles} ${title}` });
  }
  const out: Endpoint[] = [];
  for (const sentence of sentences) {
    for (const m of text.slice(sentence.start, sentence.end).matchAll(DESCRIPTION)) {
      // "del ministro", "al embajador": the contraction's preposition stays outside the description.
      const contracted = /^(?:del|al)\s/iu.test(m[0]);
      const start = sentence.start + m.index + (contracted ? m[0].indexOf(m[1]!) : 0);
      const end = sentence.start + m.index + m[0].length;
      if (endpoints.some((e) => e.start < end && e.end > start)) continue;
      if (NAMED_AFTER.test(text.slice(end, end + 40))) continue;
      const wanted = OFFICE_OF(m[1]!);
      const country = nationalityOfWords(`${m[1]} ${m[2] ?? ''}`);
      const holder = [...people].reverse().find((p) => {
        if (p.end > start) return false;
        const t = titled.get(p.id)!;
        if (![...t.offices].some((x) => wanted.includes(x))) return false;
        // "the Chinese minister": not one whose titles tie them to the other country only.
        const ties = nationalitiesOf(t.titles);
        return !country || ties.has(country) || ties.size === 0;
      });
      if (holder) out.push({ ...holder, start, end });
    }
  }
  return out;
}
