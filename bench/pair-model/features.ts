/**
 * What the relation model (model.ts) reads of two entities of one sentence: their types and
 * order, the words between them and around them, the punctuation and other entities between, whether
 * each end is a name or stands for one ("the company", "she"), the trigger words of the sentence
 * before, between and after them, and what the hand-written rules proposed for the pair. Features are plain strings; pure, no state.
 */
import type { Proposal } from '../../src/analyze/proposal.js';
import type { Endpoint } from '../../src/analyze/types.js';

/** Lower case, accents removed, digits one token: the form words are compared in. */
function tokens(text: string): string[] {
  return (
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .match(/[\p{L}]+|\d+(?:[.,]\d+)*|[,;:()%$—–]/gu) ?? []
  ).map((t) => (/^\d/u.test(t) ? '#' : t));
}

/** Words that mark a clause of its own between two entities. */
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whose', 'que', 'quien', 'quienes', 'cuyo', 'cuya', 'donde', 'where']);
/** How many words lie between the ends, in buckets. */
const gapBucket = (n: number): string => (n <= 2 ? String(n) : n <= 4 ? '3-4' : n <= 7 ? '5-7' : n <= 12 ? '8-12' : '13+');
/** An end that stands for a name rather than being one: "the company", "la minera", "she", "su". */
const standsIn = (text: string, e: Endpoint): boolean =>
  /^\p{Ll}/u.test(text.slice(e.start, e.end)) || /^(?:It|Its|Su|Sus|He|She|The|El|La)$/u.test(text.slice(e.start, e.end));

/**
 * The features of `source` → `target` in `sentence` (offsets into `text`); `inside` are the sentence's
 * endpoints, `proposed` the rules' proposals of the sentence.
 */
export function pairFeatures({
  text,
  sentence,
  source,
  target,
  inside,
  proposed,
  hits,
}: {
  text: string;
  sentence: { start: number; end: number };
  source: Endpoint;
  target: Endpoint;
  inside: readonly Endpoint[];
  proposed: readonly Proposal[];
  /** The sentence's trigger words (trigger-hits.ts), with the relation type each names. */
  hits: readonly { type: string; start: number; end: number }[];
}): string[] {
  const forward = source.start < target.start;
  const [first, second] = forward ? [source, target] : [target, source];
  const dir = forward ? 'f' : 'r';
  const between = tokens(text.slice(first.end, Math.max(first.end, second.start)));
  const before = tokens(text.slice(Math.max(sentence.start, first.start - 60), first.start)).slice(-3);
  const after = tokens(text.slice(second.end, Math.min(sentence.end, second.end + 60))).slice(0, 3);
  const words = between.filter((t) => /\p{L}/u.test(t));
  const f = [
    'bias',
    `T:${source.type}>${target.type}`,
    `TD:${source.type}>${target.type}:${dir}`,
    `D:${dir}`,
    `G:${gapBucket(words.length)}`,
    `GD:${gapBucket(words.length)}:${dir}`,
    `S:${standsIn(text, source) ? 'stand' : 'name'}`,
    `O:${standsIn(text, target) ? 'stand' : 'name'}`,
  ];
  for (const w of new Set(between)) f.push(`B:${w}`, `BD:${dir}:${w}`);
  for (const w of new Set(words)) if (w.length > 5) f.push(`B5:${w.slice(0, 5)}`);
  for (let i = 0; i + 1 < between.length; i++) f.push(`B2:${between[i]}_${between[i + 1]}`);
  if (words.length <= 4) f.push(`BS:${dir}:${between.join('_')}`);
  for (const [k, w] of before.entries()) f.push(`L:${w}`, `L${before.length - k}:${w}`);
  for (const [k, w] of after.entries()) f.push(`R:${w}`, `R${k + 1}:${w}`);
  if (between.some((t) => CLAUSE_WORDS.has(t))) f.push('clause');
  const others = inside.filter((e) => e.start >= first.end && e.end <= second.start && e.id !== source.id && e.id !== target.id).length;
  f.push(`E:${Math.min(others, 3)}`);
  for (const h of hits) {
    const where = h.end <= first.start ? 'L' : h.start >= second.end ? 'R' : h.start >= first.end && h.end <= second.start ? 'B' : 'X';
    f.push(`H${where}:${h.type}`, `H${where}:${h.type}:${dir}`);
  }
  for (const p of proposed) {
    if (p.sourceId === source.id && p.targetId === target.id) f.push(`P:${p.type}`);
    else if (p.sourceId === target.id && p.targetId === source.id) f.push(`PR:${p.type}`);
    else if (p.sourceId === source.id) f.push(`PS:${p.type}`);
    else if (p.targetId === target.id) f.push(`PT:${p.type}`);
  }
  return f;
}
