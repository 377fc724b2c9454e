/**
 * A minister named by a portfolio: "El ministro de Defensa, Aldo Sotomayor,", "Interior Minister Julio
 * Díaz", "la viceministra china de Comercio, Li Fei", "Canciller Elmer Schialer". The portfolio names
 * the ministry when the text names one whose name holds its words (a minister or a vice-minister
 * HOLDS_OFFICE_IN it, as the README's table of verbs has it); else the minister HOLDS_OFFICE_IN a
 * country: the one a demonym or possessive in the title names, China for a Chinese surname, else
 * Peru, whose news this is.
 */
import { foldForMatch } from '../domain/text.js';
import { CHINESE_SURNAMES } from './gazetteer.js';
import { proposal, type Proposal } from './proposal.js';
import type { Endpoint } from './types.js';

/** A capitalised word of a portfolio, perhaps after "y", "and", "de" ("Comercio Exterior y Turismo", "Energy and Mines"). */
const PORTFOLIO = '\\p{Lu}[\\p{L}-]*(?:\\s+(?:(?:y|e|and|de|del|la|of|the)\\s+)*\\p{Lu}[\\p{L}-]*)*';
const NATION = "(?:Chinese|Peruvian|China['’]s|Peru['’]s|chin[oa]|peruan[oa])";
/** Spanish: "el ministro (chino) de Defensa (peruano), ", "la viceministra de Comercio Exterior ", "el canciller ". */
const SPANISH = new RegExp(
  `(?:^|[\\s,(—–])(?:[Ee]l|[Ll]a|[Aa]l|[Dd]el)\\s+((?:vice)?ministr[oa]|canciller)(?:\\s+(${NATION}))?` +
    `(?:\\s+(?:de|del|de la)\\s+(${PORTFOLIO}))?(?:\\s+(${NATION}))?\\s*,?\\s*$`,
  'u',
);
/** English: "(Chinese) (Vice) Minister of Commerce, ", "(Peru's) Energy and Mines Minister ", "Foreign Minister ". */
const ENGLISH = new RegExp(
  `(?:^|[\\s,(—–])(?:(?:the|The)\\s+)?(?:(${NATION})\\s+)?(?:(${PORTFOLIO})\\s+)?((?:[Vv]ice[- ]|[Dd]eputy\\s+)?[Mm]inister)` +
    `(?:\\s+of\\s+(?:the\\s+)?(${PORTFOLIO}))?\\s*,?\\s*$`,
  'u',
);
/** Words of a portfolio that say nothing of which ministry it is. */
const FILLER = /^(?:and|y|e|of|de|del|the|la|el|vice|deputy|minister)$/u;
/** A foreign minister's portfolio, and the words its ministry's name holds instead ("Foreign Affairs", "Relaciones Exteriores"). */
const FOREIGN = /^(?:foreign|canciller)$/u;
const FOREIGN_MINISTRY = 'affairs|relaciones|relations';

/** The ministry whose name holds every word of a portfolio ("Energy and Mines" → "Ministry of Energy and Mines"), if one. */
function ministryOf(named: readonly Endpoint[], text: string, portfolio: string, chinese: boolean): Endpoint | undefined {
  const words = foldForMatch(portfolio)
    .split(/\s+/u)
    .filter((w) => w && !FILLER.test(w))
    .flatMap((w) => (FOREIGN.test(w) ? [FOREIGN_MINISTRY] : [w]));
  if (words.length === 0) return undefined;
  const ids = new Map<string, Endpoint>();
  for (const e of named) {
    if (e.type !== 'GOVERNMENT') continue;
    const name = ` ${foldForMatch(text.slice(e.start, e.end))} `;
    // "Transport" is the ministry of "Transportes": a word may be the start of one of the name's.
    const holds = (w: string) => w.split('|').some((x) => new RegExp(`\\s${x}`, 'u').test(name));
    // A Chinese minister's ministry is China's, another's is not ("Ministerio de Relaciones Exteriores de China").
    const china = /\s(?:china|chinese|chino)\s/u.test(name);
    if (/\s(?:ministry|ministerio)\s/u.test(name) && words.every(holds) && china === chinese) ids.set(e.id, e);
  }
  return ids.size === 1 ? [...ids.values()][0] : undefined;
}

/** The relations between the ministers of one sentence (`inside`) and their ministries or countries, found among `named`. */
export function ministerRelations({
  text,
  inside,
  named,
  countryOf,
}: {
  text: string;
  inside: readonly Endpoint[];
  named: readonly Endpoint[];
  countryOf: (demonym: string) => string | undefined;
}): Proposal[] {
  const out: Proposal[] = [];
  for (const [i, person] of inside.entries()) {
    if (person.type !== 'PERSON') continue;
    const from = i === 0 ? Math.max(0, person.start - 90) : inside[i - 1]!.end;
    const before = text.slice(from, person.start);
    const es = SPANISH.exec(before);
    const en = es ? null : ENGLISH.exec(before);
    if (!es && !en) continue;
    const title = es ? es[1]! : en![3]!;
    const nation = es ? (es[2] ?? es[4]) : en![1];
    const portfolio = es ? (title.startsWith('canciller') ? 'canciller' : es[3]) : (en![2] ?? en![4]);
    const vice = /^(?:vice|deputy)/iu.test(title);
    const start = from + (es ?? en)!.index;
    const hit = { start, end: person.start };
    const surname = text.slice(person.start, person.end).split(/\s+/u)[0] ?? '';
    const demonym = nation?.replace(/['’]s$/u, '') ?? (CHINESE_SURNAMES.test(foldForMatch(surname)) ? 'Chinese' : undefined);
    const id = countryOf(demonym ?? 'Peruvian') ?? countryOf(foldForMatch(demonym ?? 'peruano'));
    const chinese = id !== undefined && id === countryOf('Chinese');
    const ministry = portfolio ? ministryOf(named, text, portfolio, chinese) : undefined;
    if (ministry) {
      // A ministry the sentence names right before the person is for body-title-relations to read.
      if (!inside.some((e) => e.id === ministry.id && e.start >= from && e.end <= person.start))
        out.push(proposal({ text, type: 'HOLDS_OFFICE_IN', source: person, target: ministry, hit, strength: 0.6 }));
      continue;
    }
    // A bare "el ministro X" repeats an office the text gave before; a vice-minister's body is the ministry, not the country.
    if (!id || vice || (!portfolio && !nation)) continue;
    const country: Endpoint = { id, kind: 'known', type: 'COUNTRY', start: hit.start, end: hit.start };
    out.push(proposal({ text, type: 'HOLDS_OFFICE_IN', source: person, target: country, hit, strength: 0.55 }));
  }
  return out;
}
