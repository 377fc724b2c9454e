/**
 * The curation draft and the rules of its actors, without the page: the article's fields, the
 * actors the text names (known entities, candidates, actors added by hand) with where it names
 * them, and the relationships (proposed or added by hand) with their quotes, whose rules are in
 * relationship-rules.js. Every quote is a slice of the analysed text, so it is verbatim by
 * construction.
 */

/**
 * @typedef {'pending' | 'accepted' | 'rejected'} Decision
 * @typedef {{ start: number, end: number }} Span
 * @typedef {{ id: string, name: string, type: string, aliases: string[] }} KnownEntity
 * @typedef {{
 *   key: string, origin: 'known' | 'candidate' | 'manual', id: string, name: string, type: string,
 *   aliases: string[], spans: Span[], decision: Decision, merge: KnownEntity | null,
 * }} Actor `aliases`: of a known entity, its names in the graph; `merge`: the known entity a candidate is merged with
 * @typedef {{ value: number, unit: string, label: string | null }} Quantity
 * @typedef {{
 *   key: string, origin: 'proposed' | 'manual', decision: Decision,
 *   type: string, source: string, target: string,
 *   topic: string | null, role: string | null, validFrom: string | null, validTo: string | null,
 *   status: string, quantities: Quantity[], note: string | null,
 *   quote: string, quoteStart: number, quoteEnd: number, confidence: number | null, trigger: string | null,
 * }} Rel `source`, `target`: actor keys
 * @typedef {{
 *   id: string, idEdited: boolean, title: string, source: string, url: string, publishedAt: string, language: string, text: string,
 * }} ArticleFields
 * @typedef {{
 *   version: number, savedAt: string | null, step: number, article: ArticleFields, analysedText: string | null,
 *   actors: Actor[], relationships: Rel[], current: { actor: string | null, relationship: string | null },
 *   problems: import('./field-errors.js').LocatedProblem[],
 *   review: { inputKey: string, result: any } | null, ingested: any | null, nextKey: number,
 * }} Draft `analysedText`: the text as analysed (null before the analysis); `problems`: of the last refusal
 */

/** The draft format's version: a stored draft of another version is not restored. */
export const DRAFT_VERSION = 1;

/** @returns {Draft} */
export function emptyDraft() {
  return {
    version: DRAFT_VERSION,
    savedAt: null,
    step: 1,
    article: { id: '', idEdited: false, title: '', source: '', url: '', publishedAt: '', language: 'en', text: '' },
    analysedText: null,
    actors: [],
    relationships: [],
    current: { actor: null, relationship: null },
    problems: [],
    review: null,
    ingested: null,
    nextKey: 1,
  };
}

/**
 * A lowercase slug (`Meng Zhenping` → `meng-zhenping`), accents removed, at most `max` characters,
 * cut at a hyphen.
 * @param {string} text
 * @param {number} [max]
 */
export function slugify(text, max = 60) {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const hyphen = cut.lastIndexOf('-');
  return (hyphen > 0 ? cut.slice(0, hyphen) : slug.slice(0, max)).replace(/-+$/, '');
}

/**
 * `base`, or `base-2`, `base-3` … the first not in `taken`.
 * @param {string} base
 * @param {Set<string>} taken
 */
export function uniqueId(base, taken) {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** Words in a quote, as ingest counts them (at most 40). @param {string} quote */
export const wordCount = (quote) => quote.split(/\s+/).filter(Boolean).length;

/** The most words ingest accepts in a quote. */
export const MAX_QUOTE_WORDS = 40;

/**
 * @param {Draft} draft
 * @param {string} key
 */
export const actorOf = (draft, key) => draft.actors.find((a) => a.key === key);

/**
 * @param {Draft} draft
 * @param {string} key
 */
export const relationshipOf = (draft, key) => draft.relationships.find((r) => r.key === key);

/** The id the ingest input names an actor by: the known entity it is merged with, else its own. @param {Actor} a */
export const inputIdOf = (a) => a.merge?.id ?? a.id;

/** The name shown for an actor (a merged candidate: the known entity's). @param {Actor} a */
export const shownName = (a) => a.merge?.name ?? a.name;

/**
 * The surface forms of an actor in the text other than its name: the aliases a new actor is ingested with.
 * @param {Actor} actor
 * @param {string} text
 */
export function surfaceForms(actor, text) {
  const forms = new Set(actor.spans.map((s) => text.slice(s.start, s.end)));
  forms.delete(actor.name);
  return [...forms];
}

/**
 * The actors named within `start`–`end` of the text, in the order they are first named there.
 * @param {Draft} draft
 * @param {number} start
 * @param {number} end
 * @returns {Actor[]}
 */
export function actorsIn(draft, start, end) {
  return draft.actors
    .filter((a) => a.decision !== 'rejected')
    .map((a) => ({ a, at: Math.min(...a.spans.filter((s) => s.start >= start && s.end <= end).map((s) => s.start)) }))
    .filter((x) => Number.isFinite(x.at))
    .sort((x, y) => x.at - y.at)
    .map((x) => x.a);
}

/** @param {number} c a UTF-16 code unit's character */
const isWordChar = (c) => /[\p{L}\p{N}]/u.test(String.fromCharCode(c));

/**
 * Every whole-word occurrence of `name` in `text`.
 * @param {string} text
 * @param {string} name
 * @returns {Span[]}
 */
export function occurrences(text, name) {
  /** @type {Span[]} */
  const found = [];
  if (!name) return found;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const end = at + name.length;
    const before = at > 0 && isWordChar(text.charCodeAt(at - 1)) && isWordChar(text.charCodeAt(at));
    const after = end < text.length && isWordChar(text.charCodeAt(end)) && isWordChar(text.charCodeAt(end - 1));
    if (!before && !after) found.push({ start: at, end });
  }
  return found;
}

/**
 * Adds an actor named by the text between `start` and `end`: it is named wherever its name occurs
 * as a whole word, taking over the places where another actor was named by exactly those words
 * (not those inside a longer name). An actor of that name already there is returned instead.
 * @param {Draft} draft
 * @param {{ start: number, end: number, name: string, type: string }} what
 * @returns {Actor}
 */
export function addActor(draft, { start, end, name, type }) {
  const text = draft.analysedText ?? '';
  const existing = draft.actors.find((a) => a.origin !== 'known' && a.name === name && a.decision !== 'rejected');
  if (existing) return existing;
  const spans = occurrences(text, name);
  if (!spans.some((s) => s.start === start && s.end === end)) spans.push({ start, end });
  /** @type {Span[]} */
  const mine = [];
  for (const span of spans) {
    const holder = draft.actors.find((a) => a.spans.some((s) => s.start <= span.start && s.end >= span.end));
    if (!holder) mine.push(span);
    else if (holder.spans.some((s) => s.start === span.start && s.end === span.end)) {
      holder.spans = holder.spans.filter((s) => s.start !== span.start || s.end !== span.end);
      mine.push(span);
    }
  }
  const taken = new Set(draft.actors.map((a) => a.id));
  /** @type {Actor} */
  const actor = {
    key: `m${draft.nextKey++}`,
    origin: 'manual',
    id: uniqueId(slugify(name) || 'actor', taken),
    name,
    type,
    aliases: [],
    spans: mine.sort((a, b) => a.start - b.start),
    decision: 'accepted',
    merge: null,
  };
  draft.actors.push(actor);
  return actor;
}

/**
 * Renames a new actor; its id follows the name.
 * @param {Draft} draft
 * @param {Actor} actor
 * @param {string} name
 */
export function renameActor(draft, actor, name) {
  const trimmed = name.trim();
  if (!trimmed || actor.origin === 'known') return;
  actor.name = trimmed;
  const taken = new Set(draft.actors.filter((a) => a !== actor).map((a) => a.id));
  actor.id = uniqueId(slugify(trimmed) || 'actor', taken);
}

/**
 * Rejects an actor; the accepted relationships that need it go back to undecided.
 * @param {Draft} draft
 * @param {Actor} actor
 * @returns {number} how many relationships went back
 */
export function rejectActor(draft, actor) {
  actor.decision = 'rejected';
  let undone = 0;
  for (const r of draft.relationships) {
    if (r.decision === 'accepted' && (r.source === actor.key || r.target === actor.key)) {
      r.decision = 'pending';
      undone++;
    }
  }
  return undone;
}
