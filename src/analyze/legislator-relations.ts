/**
 * A lawmaker sits in the legislature whether or not the sentence names it: "el congresista Alejandro
 * Muñante", "Congresswoman Ruth Luque", "Raúl Huamán, congresista por Ica" hold office in the
 * catalog's Congress (`legislature`), whose endpoint stands at the title. A foreign lawmaker ("the
 * Chinese lawmaker") is not Peru's.
 */
import { proposal, type Proposal } from './proposal.js';
import type { Endpoint } from './types.js';

const TITLE = '(congresista|congressman|congresswoman|lawmaker|legislator|legislador|legisladora)';
/** Before the person: an article, the title, perhaps "peruano" or "por <region>" ("el congresista por Junín "). */
const TITLE_BEFORE = new RegExp(
  `(?:^|[\\s,;(—–])(?:(?:el|la|the)\\s+)?${TITLE}\\s+(?:(?:peruan[oa]|Peruvian)\\s+)?` +
    '(?:por\\s+(?:la\\s+|el\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)?\\s+)?$',
  'iu',
);
/** After the person: a comma and the title ("Raúl Huamán, congresista por Ica"). */
const TITLE_AFTER = new RegExp(`^\\s*,\\s*(?:(?:a|an|el|la|the)\\s+)?${TITLE}(?!\\p{L})`, 'iu');
/** A foreign country's demonym right before the title. */
const FOREIGN = /(?:chinese|chin[oa]|american|estadounidense)\s+$/iu;

/** The HOLDS_OFFICE_IN relations between the lawmakers `inside` one sentence and the catalog's legislature, if it has one. */
export function legislatorRelations({
  text,
  inside,
  legislature,
}: {
  text: string;
  inside: readonly Endpoint[];
  legislature: string | undefined;
}): Proposal[] {
  if (!legislature) return [];
  const out: Proposal[] = [];
  for (const person of inside) {
    if (person.type !== 'PERSON') continue;
    const window = text.slice(Math.max(0, person.start - 60), person.start);
    const before = TITLE_BEFORE.exec(window);
    const after = before ? null : TITLE_AFTER.exec(text.slice(person.end, person.end + 40));
    const match = before ?? after;
    if (!match) continue;
    const start = before
      ? person.start - window.length + before.index + before[0].indexOf(before[1]!)
      : person.end + after!.index + after![0].indexOf(after![1]!);
    if (FOREIGN.test(text.slice(Math.max(0, start - 20), start))) continue;
    const house: Endpoint = { kind: 'known', id: legislature, type: 'GOVERNMENT', start, end: start + match[1]!.length };
    out.push(proposal({ text, type: 'HOLDS_OFFICE_IN', source: person, target: house, hit: house, strength: 0.6 }));
  }
  return out;
}
