/**
 * Relations that titles state: "<demonym or country's> <title> <person>" and "<person>, <country's>
 * <title>," give LEADS (president) or HOLDS_OFFICE_IN (minister …); "<demonym> <company noun>
 * <company>" gives AFFILIATED_WITH.
 */
import type { RelationType } from '../domain/vocabulary.js';
import { DEMONYMS } from '../domain/demonyms.js';
import { proposal, WORD, type Proposal } from './proposal.js';
import { BODY_NOUNS, LEADER_TITLES, OFFICE_TITLES } from './triggers.js';
import type { Endpoint } from './types.js';

/** Entity types a country's title or possessive may affiliate. */
const BODY_TYPES = ['COMPANY', 'ORGANIZATION', 'GROUP', 'MEDIA', 'GOVERNMENT'];

/**
 * The relations the titles around the entities `inside` one sentence give: to a country named
 * there, or to the catalog's country of a demonym (`countryOf`).
 */
export function titleRelations({
  text,
  inside,
  countryOf,
}: {
  text: string;
  inside: readonly Endpoint[];
  countryOf: (demonym: string) => string | undefined;
}): Proposal[] {
  const out: Proposal[] = [];
  const countryAt = (start: number, end: number): Endpoint | undefined => {
    const e = inside.find((x) => x.type === 'COUNTRY' && x.start === start && x.end <= end);
    if (e) return e;
    const w = text.slice(start, end);
    // Spanish "china" in lower case is the adjective ("la siderúrgica china Shougang").
    const demonym = DEMONYMS.some(([re]) => re.test(w)) || /^chinas?$/u.test(w);
    const id = demonym ? countryOf(/^chinas?$/u.test(w) ? 'chino' : w) : undefined;
    return id ? { kind: 'known', id, type: 'COUNTRY', start, end } : undefined;
  };
  for (const p of inside) {
    const body = p.type === 'PERSON' || BODY_TYPES.includes(p.type);
    if (!body) continue;
    // Words before the entity, nearest first, up to a punctuation mark; one comma may stand right
    // before it ("China’s commerce minister, Wang Wentao").
    const pre = text.slice(Math.max(0, p.start - 80), p.start);
    const offset = p.start - pre.length;
    const tokens = [...pre.matchAll(WORD)].map((m) => ({
      w: m[0].replace(/['’]s$/u, ''),
      possessive: /['’]s$/u.test(m[0]),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    }));
    const titleWords: string[] = [];
    let found: { country: Endpoint; from: number; demonym: boolean; nounFirst: boolean } | undefined;
    for (let k = tokens.length - 1, n = 0; k >= 0 && n < 6; k--, n++) {
      const t = tokens[k]!;
      const next = k + 1 < tokens.length ? tokens[k + 1]!.start : p.start;
      const gap = text.slice(t.end, next);
      if (/[;:.()"“”]/u.test(gap) || (/,/u.test(gap) && (next !== p.start || !/^\s*,\s*$/u.test(gap)))) break;
      const country = found ? undefined : countryAt(t.start, t.start + t.w.length);
      if (country && titleWords.length > 0 && !/^(?:de|del|of)$/iu.test(titleWords[0]!)) {
        found = { country, from: t.start, demonym: !inside.includes(country), nounFirst: false };
        break;
      }
      // "China’s Ministry of Commerce", "Peru’s Council of Ministers": a country's own body.
      if (country && t.possessive && next === p.start && p.type !== 'PERSON') {
        out.push(
          proposal({ text, type: 'AFFILIATED_WITH', source: p, target: country, hit: { start: t.start, end: t.end }, strength: 0.7 }),
        );
        break;
      }
      // "la china Zijin Mining": an article, a demonym, the company.
      const article = tokens[k - 1];
      if (
        country &&
        titleWords.length === 0 &&
        p.type !== 'PERSON' &&
        article &&
        /^(?:la|el|the|las|los)$/iu.test(article.w) &&
        next === p.start
      ) {
        out.push(
          proposal({ text, type: 'AFFILIATED_WITH', source: p, target: country, hit: { start: t.start, end: t.end }, strength: 0.65 }),
        );
        break;
      }
      // "el presidente de China, Xi Jinping", "su homólogo chino, Wang Yi": the title before the country.
      if (country && titleWords.length === 0) {
        found = { country, from: t.start, demonym: !inside.includes(country), nounFirst: true };
        continue;
      }
      if (found && /^(?:de|del|of)$/iu.test(t.w) && titleWords.length === 0) continue;
      titleWords.unshift(t.w);
      if (found && relationOfTitle(p.type, titleWords)) break;
    }
    if (found && titleWords.length > 0) {
      const nouns = titleWords.filter((w) => !/^(?:la|el|los|las|the|a|an|un|una|su|sus)$/iu.test(w));
      const rel =
        relationOfTitle(p.type, titleWords) ??
        (found.demonym && found.nounFirst && affiliatedByDemonym(p.type, nouns) ? 'AFFILIATED_WITH' : undefined);
      const last = tokens[tokens.length - 1]!;
      const from = Math.min(found.from, ...tokens.filter((t) => titleWords.includes(t.w) && t.start >= p.start - 80).map((t) => t.start));
      if (rel)
        out.push(proposal({ text, type: rel, source: p, target: found.country, hit: { start: from, end: last.end }, strength: 0.75 }));
    }
    // "el Ministerio de Cultura peruano": a demonym right after a body's name.
    const trailing = /^\s+(\p{Ll}+)(?=[\s,.;])/u.exec(text.slice(p.end, p.end + 30));
    const trailingCountry =
      trailing && p.type !== 'PERSON' ? countryAt(p.end + trailing[0].indexOf(trailing[1]!), p.end + trailing[0].length) : undefined;
    if (trailingCountry) {
      out.push(
        proposal({
          text,
          type: 'AFFILIATED_WITH',
          source: p,
          target: trailingCountry,
          hit: { start: p.end, end: p.end + trailing![0].length },
          strength: 0.65,
        }),
      );
    }
    // "Rómulo Mucho, Peru's energy and mines minister,"
    const appo =
      /^\s*,\s*(?:the\s+)?([\p{L}]+)(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s*(?:[,.;]|\s(?:that|which|of|que|de)\s)/u.exec(
        text.slice(p.end, p.end + 100),
      );
    if (appo) {
      const cStart = p.end + appo[0].indexOf(appo[1]!);
      const country = countryAt(cStart, cStart + appo[1]!.length);
      // "Rómulo Mucho, Peru's mining minister,"; "COSCO Shipping, the Chinese carrier that …".
      const rel = country && relationOfTitle(p.type, appo[2]!.split(/\s+/u).slice(0, p.type === 'PERSON' ? 5 : 1));
      if (country && rel)
        out.push(
          proposal({ text, type: rel, source: p, target: country, hit: { start: cStart, end: p.end + appo[0].length - 1 }, strength: 0.7 }),
        );
    }
  }
  return out;
}

/**
 * LEADS, HOLDS_OFFICE_IN or AFFILIATED_WITH for the words between a country and an entity of type
 * `entityType`, if they name an office (a person) or a kind of company (up to four words, for
 * anything else); undefined otherwise.
 */
export function relationOfTitle(entityType: string, titleWords: readonly string[]): RelationType | undefined {
  const phrases = titleWords.flatMap((w, i) => [w, i + 1 < titleWords.length ? `${w} ${titleWords[i + 1]}` : '']).filter(Boolean);
  if (entityType === 'PERSON') {
    if (phrases.some((p) => LEADER_TITLES.test(p))) return 'LEADS';
    if (phrases.some((p) => OFFICE_TITLES.test(p))) return 'HOLDS_OFFICE_IN';
    return undefined;
  }
  return titleWords.some((w) => BODY_NOUNS.test(w)) && titleWords.length <= 4 ? 'AFFILIATED_WITH' : undefined;
}

/** "la eléctrica china Huadian", "la aseguradora estatal china PICC": a noun or two and a demonym before a body. */
function affiliatedByDemonym(entityType: string, titleWords: readonly string[]): boolean {
  return entityType !== 'PERSON' && titleWords.length >= 1 && titleWords.length <= 3 && titleWords.every((w) => /^\p{Ll}/u.test(w));
}
