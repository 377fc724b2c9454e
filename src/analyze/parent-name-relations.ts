/**
 * A company named after another with words added ("Huawei Cloud", "CNPC Perú", "China Southern Power
 * Grid International") is most likely that company's unit: where the text names both, the longer
 * name's first mention gives PART_OF the shorter one. Annotators record it for about four in five such
 * names of the corpus; the quote is the sentence of the longer name, and the confidence is low.
 */
import { proposal, type Proposal } from './proposal.js';
import type { Endpoint } from './types.js';

const BODIES = new Set(['COMPANY', 'GROUP']);
/** Words that finish a company's own name rather than name a unit of it ("China Three Gorges Corporation", "Shougang Group"). */
const OWN_ENDING = new RegExp(
  '^(?:group|grupo|corporation|corporación|corp|holdings?|company|compañía|co|ltd|limited|inc|sa|saa|sac|plc|llc|' +
    'engineering|airlines|technologies|technology|resources|industries|international group)\\.?$',
  'iu',
);

/** PART_OF from each company first named in one sentence (`inside`) to the company of the text (`named`) its name extends. */
export function parentNameRelations({
  text,
  inside,
  named,
}: {
  text: string;
  inside: readonly Endpoint[];
  named: readonly Endpoint[];
}): Proposal[] {
  const out: Proposal[] = [];
  const surface = (e: Endpoint) => text.slice(e.start, e.end);
  for (const unit of inside) {
    if (!BODIES.has(unit.type) || named.find((e) => e.id === unit.id) !== unit) continue;
    const name = surface(unit);
    const parents = named.filter(
      (e) =>
        BODIES.has(e.type) &&
        e.id !== unit.id &&
        /^\p{Lu}/u.test(surface(e)) &&
        name.startsWith(`${surface(e)} `) &&
        !OWN_ENDING.test(name.slice(surface(e).length + 1)),
    );
    // The longest name it extends: "China Southern Power Grid International" is China Southern Power Grid's, not China's.
    const parent = parents.sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    if (parent) out.push(proposal({ text, type: 'PART_OF', source: unit, target: parent, hit: unit, strength: 0.5 }));
  }
  return out;
}
