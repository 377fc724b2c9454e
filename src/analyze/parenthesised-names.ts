/**
 * Another name of an entity in brackets right after it ("the Ministry of Transport (MTC) and CRCC
 * (China Railway Construction Corporation) signed …") is no separate party: the sentence reads as
 * if the brackets were not there. The relation rules then see "the Ministry of Transport and CRCC
 * signed", with offsets unchanged.
 */
import type { Endpoint } from './types.js';

/** A bracketed aside right after an entity: its brackets and what they hold. */
const BRACKETS = /^\s*\(([^()]{1,80})\)/u;
/** One word, perhaps with a dot or hyphen: an acronym or short form no finder read as a name ("(Ositrán)", "(MTC)"). */
const ONE_NAME = /^\s*[\p{Lu}][\p{L}\d.&-]*\s*$/u;

/** A text and the entities of a sentence, with the brackets holding only another name of the entity before them blanked out. */
export interface WithoutBracketedNames {
  /** The text with each such aside turned into spaces of its length. */
  text: string;
  /** The entities, without those inside a blanked aside. */
  inside: Endpoint[];
}

/**
 * Blanks each bracketed aside right after an entity that holds only that entity's other name (an
 * endpoint with its id, or one capitalised word no finder took), and drops the endpoints inside it.
 */
export function withoutBracketedNames(text: string, inside: readonly Endpoint[]): WithoutBracketedNames {
  const blanks: { start: number; end: number }[] = [];
  for (const e of inside) {
    const m = BRACKETS.exec(text.slice(e.end, e.end + 90));
    if (!m) continue;
    const start = e.end + m.index + m[0].indexOf('(');
    const end = e.end + m.index + m[0].length;
    const within = inside.filter((x) => x.start > start && x.end < end);
    const sameActor = within.length > 0 && within.every((x) => x.id === e.id);
    if (sameActor || (within.length === 0 && ONE_NAME.test(m[1]!))) blanks.push({ start, end });
  }
  if (blanks.length === 0) return { text, inside: [...inside] };
  let out = '';
  let at = 0;
  for (const b of blanks) {
    out += text.slice(at, b.start) + ' '.repeat(b.end - b.start);
    at = b.end;
  }
  out += text.slice(at);
  return { text: out, inside: inside.filter((x) => !blanks.some((b) => x.start > b.start && x.end < b.end)) };
}
