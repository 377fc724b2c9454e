/**
 * Proposes relationships sentence by sentence: a trigger word ("signed", "visited", "投资" …) between
 * two entities of the sentence gives a relation of the vocabulary from the nearest entity before it
 * to the nearest after it, when their types fit the relation; titles ("Peruvian President Dina
 * Boluarte", "China's commerce minister Wang Wentao") give LEADS, HOLDS_OFFICE_IN and AFFILIATED_WITH.
 */
import type { RelationType } from '../domain/vocabulary.js';
import type { Sentence } from './nlp.js';
import { BODY_NOUNS, LEADER_TITLES, OFFICE_TITLES, TRIGGERS, fits, type Trigger } from './triggers.js';
import { DEMONYMS } from '../domain/demonyms.js';
import type { CandidateRelationship, Endpoint } from './types.js';

interface Hit {
  trigger: Trigger;
  start: number;
  end: number;
}

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
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’'-]*/gu;

const words = (s: string): number => (s.match(WORD) ?? []).length;

/** Every relationship proposed from the sentences of `text`. */
export function proposeRelationships({
  text,
  sentences,
  endpoints,
  countryOf,
}: {
  text: string;
  sentences: readonly Sentence[];
  endpoints: readonly Endpoint[];
  /** The catalog's country for a demonym ("Peruvian" → peru), if it has one. */
  countryOf: (demonym: string) => string | undefined;
}): CandidateRelationship[] {
  const out: CandidateRelationship[] = [];
  for (const s of sentences) {
    const inside = endpoints.filter((e) => e.start >= s.start && e.end <= s.end).sort((a, b) => a.start - b.start);
    const found = [...titleRelations({ text, inside, countryOf })];
    if (new Set(inside.map((e) => e.id)).size >= 2) found.push(...triggerRelations({ text, sentence: s, inside }));
    const best = new Map<string, Omit<CandidateRelationship, 'quote' | 'sentenceStart' | 'sentenceEnd'>>();
    for (const r of found) {
      const key = `${r.type} ${r.sourceId} ${r.targetId}`;
      if ((best.get(key)?.confidence ?? -1) < r.confidence) best.set(key, r);
    }
    for (const r of best.values()) out.push({ ...r, quote: text.slice(s.start, s.end), sentenceStart: s.start, sentenceEnd: s.end });
  }
  return out;
}

type Proposal = Omit<CandidateRelationship, 'quote' | 'sentenceStart' | 'sentenceEnd'>;

function proposal({
  text,
  type,
  source,
  target,
  hit,
  strength,
}: {
  text: string;
  type: RelationType;
  source: Endpoint;
  target: Endpoint;
  hit: { start: number; end: number };
  strength: number;
}): Proposal {
  const [a, b] = source.start < target.start ? [source, target] : [target, source];
  const gap = Math.max(0, words(text.slice(a.end, b.start)) - words(text.slice(hit.start, hit.end)));
  return {
    type,
    sourceId: source.id,
    targetId: target.id,
    sourceIsCandidate: source.kind === 'candidate',
    targetIsCandidate: target.kind === 'candidate',
    sourceStart: source.start,
    sourceEnd: source.end,
    targetStart: target.start,
    targetEnd: target.end,
    trigger: text.slice(hit.start, hit.end),
    triggerStart: hit.start,
    triggerEnd: hit.end,
    confidence: Math.round(strength * Math.max(0.3, 1 - 0.04 * gap) * 100) / 100,
  };
}

/** Trigger occurrences in a sentence, not inside an entity's name, longest first where they overlap. */
function triggerHits(text: string, sentence: Sentence, inside: readonly Endpoint[]): Hit[] {
  const body = text.slice(sentence.start, sentence.end);
  const hits: Hit[] = [];
  for (const trigger of TRIGGERS) {
    if (trigger.requires && !trigger.requires.test(body)) continue;
    for (const m of body.matchAll(trigger.pattern)) {
      const start = sentence.start + m.index;
      const end = start + m[0].length;
      if (!inside.some((e) => e.start < end && start < e.end)) hits.push({ trigger, start, end });
    }
  }
  const kept: Hit[] = [];
  for (const h of hits.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < h.end && h.start < k.end)) kept.push(h);
  }
  return kept.sort((a, b) => a.start - b.start);
}

function triggerRelations({ text, sentence, inside }: { text: string; sentence: Sentence; inside: readonly Endpoint[] }): Proposal[] {
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

/**
 * Relations that titles state: "<demonym or country's> <title> <person>" and "<person>, <country's>
 * <title>," give LEADS (president) or HOLDS_OFFICE_IN (minister …); "<demonym> <company noun>
 * <company>" gives AFFILIATED_WITH.
 */
function titleRelations({
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
    const id = DEMONYMS.some(([re]) => re.test(w)) ? countryOf(w) : undefined;
    return id ? { kind: 'known', id, type: 'COUNTRY', start, end } : undefined;
  };
  for (const p of inside) {
    const body = p.type === 'PERSON' || ['COMPANY', 'ORGANIZATION', 'GROUP', 'MEDIA'].includes(p.type);
    if (!body) continue;
    // Words before the entity, nearest first, up to a punctuation mark.
    const pre = text.slice(Math.max(0, p.start - 80), p.start);
    const offset = p.start - pre.length;
    const tokens = [...pre.matchAll(WORD)].map((m) => ({
      w: m[0].replace(/['’]s$/u, ''),
      start: offset + m.index,
      end: offset + m.index + m[0].length,
    }));
    const titleWords: string[] = [];
    for (let k = tokens.length - 1, n = 0; k >= 0 && n < 5; k--, n++) {
      const t = tokens[k]!;
      const next = k + 1 < tokens.length ? tokens[k + 1]!.start : p.start;
      if (/[,;:.()"“”]/u.test(text.slice(t.end, next))) break;
      const country = countryAt(t.start, t.start + t.w.length);
      if (country && titleWords.length > 0) {
        const rel = relationOfTitle(p.type, titleWords);
        if (rel)
          out.push(
            proposal({
              text,
              type: rel,
              source: p,
              target: country,
              hit: { start: t.start, end: tokens[tokens.length - 1]!.end },
              strength: 0.75,
            }),
          );
        break;
      }
      titleWords.unshift(t.w);
    }
    // "Rómulo Mucho, Peru's energy and mines minister,"
    const appo = /^\s*,\s*(?:the\s+)?([\p{L}]+)(?:['’]s)?\s+((?:[\p{L}-]+\s+){0,4}?[\p{L}-]+)\s*[,.;]/u.exec(
      text.slice(p.end, p.end + 100),
    );
    if (p.type === 'PERSON' && appo) {
      const cStart = p.end + appo[0].indexOf(appo[1]!);
      const country = countryAt(cStart, cStart + appo[1]!.length);
      const rel = country && relationOfTitle('PERSON', appo[2]!.split(/\s+/u));
      if (country && rel)
        out.push(
          proposal({ text, type: rel, source: p, target: country, hit: { start: cStart, end: p.end + appo[0].length - 1 }, strength: 0.7 }),
        );
    }
  }
  return out;
}

/** LEADS, HOLDS_OFFICE_IN or AFFILIATED_WITH for the words between a country and an entity, if they name an office or a kind of company. */
function relationOfTitle(entityType: string, titleWords: readonly string[]): RelationType | undefined {
  const phrases = titleWords.flatMap((w, i) => [w, i + 1 < titleWords.length ? `${w} ${titleWords[i + 1]}` : '']).filter(Boolean);
  if (entityType === 'PERSON') {
    if (phrases.some((p) => LEADER_TITLES.test(p))) return 'LEADS';
    if (phrases.some((p) => OFFICE_TITLES.test(p))) return 'HOLDS_OFFICE_IN';
    return undefined;
  }
  return titleWords.some((w) => BODY_NOUNS.test(w)) && titleWords.length <= 4 ? 'AFFILIATED_WITH' : undefined;
}
