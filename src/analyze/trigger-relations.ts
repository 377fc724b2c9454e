/**
 * Relations that trigger words state: a trigger ("signed", "visited", "投资" …) relates the
 * nearest entity before it (and those coordinated with it) to the nearest after it that fits,
 * read in passive order after "by"/由/被; verb-final and symmetric triggers pair two entities
 * before them.
 */
import type { RelationType } from '../domain/vocabulary.js';
import type { Sentence } from './nlp.js';
import { proposal, type Proposal } from './proposal.js';
import { triggerHits, type Hit } from './trigger-hits.js';
import { fits } from './triggers.js';
import type { Endpoint } from './types.js';

/** Text between a trigger and its target that ends the clause ("owns 60 percent, and the miner X holds …"). */
const CLAUSE_BREAK = /,\s|;|:|\s(?:but|while|which|who|whereas|although|after|before|because)\s|[，；。：]/u;
/** Text between a subject and its trigger that ends the clause. */
const SUBJECT_BREAK = /;|:|[；。：]/u;
/** Only a conjunction between two entities: they are coordinated ("Peru and China signed …"). */
const COORDINATED = /^\s*(?:,\s*)?(?:and|y|e|&|和|与|及|、|,)?\s*$/iu;
/** A verb coordinated with the one before it ("visited X … and met Y"): same subject. */
const VERB_COORDINATION = /\s(?:and|y)\s|并|并且|，并/u;
const PASSIVE_AFTER = /^\s+(?:by|por)\s/iu;
const PASSIVE_CJK = /[由被]/u;
const CJK = /[\p{Script=Han}]/u;

/** Every relation the triggers of one sentence give between the entities `inside` it (sorted by start). */
export function triggerRelations({
  text,
  sentence,
  inside,
}: {
  text: string;
  sentence: Sentence;
  inside: readonly Endpoint[];
}): Proposal[] {
  const out: Proposal[] = [];
  let previous: { hit: Hit; sources: Endpoint[] } | undefined;
  for (const hit of triggerHits(text, sentence, inside)) {
    const { type, strength } = hit.trigger;
    const before = inside.filter((e) => e.end <= hit.start && !SUBJECT_BREAK.test(text.slice(e.end, hit.start)));
    const after = inside.filter((e) => e.start >= hit.end && !CLAUSE_BREAK.test(text.slice(hit.end, e.start)));
    const passive = PASSIVE_AFTER.test(text.slice(hit.end, hit.end + 5));
    let sources = coordinatedBefore(text, before);
    const nearest = before[before.length - 1];
    if (previous && nearest && nearest.start >= previous.hit.end && VERB_COORDINATION.test(text.slice(previous.hit.end, hit.start))) {
      sources = previous.sources;
    }
    // "China has been Peru's largest trading partner": the possessor is the other end.
    if (hit.trigger.noun && nearest && /^['’]s\s+(?:[\p{L}-]+\s+){0,3}$/u.test(text.slice(nearest.end, hit.start)) && before.length >= 2) {
      const subject = before[before.length - 2]!;
      if (fits(type, subject.type, nearest.type)) out.push(proposal({ text, type, source: subject, target: nearest, hit, strength }));
      continue;
    }
    const targets = firstFitting({ type, sources, after });
    if (sources.length && targets.length) {
      for (const s of sources) {
        for (const t of targets) {
          if (s.id === t.id) continue;
          const [from, to] = passive ? [t, s] : [s, t];
          if (fits(type, from.type, to.type)) out.push(proposal({ text, type, source: from, target: to, hit, strength }));
        }
      }
      if (!hit.trigger.modifier) previous = { hit, sources };
      continue;
    }
    // "Huawei signed an agreement with the university": no agreement named, so they are partners.
    const withWhom = after[0];
    if (type === 'SIGNED' && sources.length && withWhom && /\s(?:with|con)\s/iu.test(text.slice(hit.end, withWhom.start))) {
      for (const s of sources)
        if (fits('PARTNERS_WITH', s.type, withWhom.type) && s.type !== 'PERSON' && s.id !== withWhom.id)
          out.push(proposal({ text, type: 'PARTNERS_WITH', source: s, target: withWhom, hit, strength: strength * 0.8 }));
      if (!hit.trigger.modifier) previous = { hit, sources };
      continue;
    }
    // Verb-final (Chinese "钱凯港由中远海运运营") or coordinated subjects ("Xi and Boluarte discussed …").
    const cjk = CJK.test(text.slice(hit.start, hit.end));
    if (before.length >= 2 && (cjk || hit.trigger.symmetric)) {
      // In Chinese only within the trigger's clause: "中国企业在秘鲁的投资持续增长，中铝是…投资者" pairs nothing across "，".
      const clause = cjk ? before.filter((e) => !CLAUSE_BREAK.test(text.slice(e.end, hit.start))) : before;
      const pair = nearestPair({ text, type, before: clause, cjk });
      if (pair) out.push(proposal({ text, type, source: pair[0], target: pair[1], hit, strength: strength * 0.9 }));
    }
    if (!hit.trigger.modifier) previous = { hit, sources };
  }
  return out;
}

/** The nearest entity before a trigger and those coordinated with it ("Peru and China"). */
function coordinatedBefore(text: string, before: readonly Endpoint[]): Endpoint[] {
  if (before.length === 0) return [];
  const group = [before[before.length - 1]!];
  for (let i = before.length - 2; i >= 0; i--) {
    if (!COORDINATED.test(text.slice(before[i]!.end, group[0]!.start))) break;
    group.unshift(before[i]!);
  }
  return group;
}

/** The nearest entity after a trigger that fits the relation with a source, and those coordinated with it. */
function firstFitting({
  type,
  sources,
  after,
}: {
  type: RelationType;
  sources: readonly Endpoint[];
  after: readonly Endpoint[];
}): Endpoint[] {
  const ok = (t: Endpoint) => sources.some((s) => fits(type, s.type, t.type) || fits(type, t.type, s.type));
  const first = after.findIndex(ok);
  if (first < 0 || first > 2) return [];
  return [after[first]!];
}

/** Two entities before a verb-final trigger: the nearest pair whose types fit, in passive order after 由/被. */
function nearestPair({
  text,
  type,
  before,
  cjk,
}: {
  text: string;
  type: RelationType;
  before: readonly Endpoint[];
  cjk: boolean;
}): [Endpoint, Endpoint] | undefined {
  for (let j = before.length - 1; j >= 1; j--) {
    for (let i = j - 1; i >= 0; i--) {
      const [a, b] = [before[i]!, before[j]!];
      if (a.id === b.id) continue;
      const between = text.slice(a.end, b.start);
      if (!cjk && !COORDINATED.test(between)) continue;
      const [s, t] = cjk && PASSIVE_CJK.test(between) ? [b, a] : [a, b];
      if (fits(type, s.type, t.type)) return [s, t];
    }
  }
  return undefined;
}
