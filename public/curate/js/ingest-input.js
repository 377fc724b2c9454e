/**
 * The draft as an `ArticleInput` for `ingestArticle`, and the way back: which field of the draft
 * a problem's input path (`input.relationships[3].validFrom`) names, so the page shows the problem
 * beside that field.
 */
import { actorOf, inputIdOf, surfaceForms } from './draft-model.js';

/**
 * @typedef {import('./draft-model.js').Draft} Draft
 * @typedef {import('./draft-model.js').Actor} Actor
 * @typedef {import('./draft-model.js').Rel} Rel
 * @typedef {{ entities: string[], relationships: string[][] }} InputIndex the actor key behind each input
 *   entity, and the relationship keys behind each input relationship (one per evidence item)
 * @typedef {{ where: 'article', field: string }
 *   | { where: 'actor', key: string, field: string | null }
 *   | { where: 'relationship', key: string, field: string | null }
 *   | { where: 'input' }} Place
 */

/** @param {string} s */
const orNull = (s) => (s.trim() ? s.trim() : null);

/**
 * The article record of the input.
 * @param {Draft} draft
 */
function articleRecord(draft) {
  const a = draft.article;
  return {
    id: a.id.trim(),
    title: orNull(a.title),
    source: a.source.trim(),
    url: orNull(a.url),
    publishedAt: orNull(a.publishedAt),
    language: a.language.trim() || 'en',
    text: draft.analysedText ?? a.text,
  };
}

/**
 * The entity records: every accepted new actor, and, for candidates merged with a known entity,
 * that entity with the names the text gives it that it lacks (one record per known entity).
 * @param {Draft} draft
 * @param {string} text
 * @returns {{ records: Record<string, unknown>[], keys: string[] }}
 */
function entityRecords(draft, text) {
  /** @type {Record<string, unknown>[]} */
  const records = [];
  /** @type {string[]} */
  const keys = [];
  /** @type {Map<string, { record: { aliases: string[] }, known: Set<string> }>} */
  const merged = new Map();
  for (const a of draft.actors) {
    if (a.origin === 'known' || a.decision !== 'accepted') continue;
    if (!a.merge) {
      records.push({ id: a.id, name: a.name, type: a.type, aliases: surfaceForms(a, text) });
      keys.push(a.key);
      continue;
    }
    let m = merged.get(a.merge.id);
    if (!m) {
      const record = { id: a.merge.id, name: a.merge.name, type: a.merge.type, aliases: /** @type {string[]} */ ([]) };
      m = { record, known: new Set([a.merge.name, ...a.merge.aliases].map((n) => n.toLowerCase())) };
      merged.set(a.merge.id, m);
    }
    for (const form of [a.name, ...surfaceForms(a, text)]) {
      if (!m.known.has(form.toLowerCase())) {
        m.known.add(form.toLowerCase());
        m.record.aliases.push(form);
      }
    }
    if (m.record.aliases.length && !records.includes(m.record)) {
      records.push(m.record);
      keys.push(a.key);
    }
  }
  return { records, keys };
}

/** @param {{ type: string, source: string, target: string, validFrom: string | null, validTo: string | null, topic: string | null }} r */
const claimKey = (r) => [r.type, r.source, r.target, r.validFrom ?? '', r.validTo ?? '', (r.topic ?? '').toLowerCase()].join('\u241f');

/**
 * The relationship records: every accepted relationship; two with the same claim (type, ends,
 * valid time, topic) become one with both quotes.
 * @param {Draft} draft
 * @param {string} articleId
 * @returns {{ records: Record<string, unknown>[], keys: string[][] }}
 */
function relationshipRecords(draft, articleId) {
  /** @type {Map<string, { record: Record<string, unknown> & { evidence: { article: string, quote: string }[] }, keys: string[] }>} */
  const byClaim = new Map();
  for (const r of draft.relationships) {
    if (r.decision !== 'accepted') continue;
    const source = actorOf(draft, r.source);
    const target = actorOf(draft, r.target);
    const ends = { source: source ? inputIdOf(source) : r.source, target: target ? inputIdOf(target) : r.target };
    const key = claimKey({ ...r, ...ends });
    const same = byClaim.get(key);
    if (same) {
      if (!same.record.evidence.some((e) => e.quote === r.quote)) {
        same.record.evidence.push({ article: articleId, quote: r.quote });
        same.keys.push(r.key);
      }
      continue;
    }
    byClaim.set(key, {
      record: {
        type: r.type,
        ...ends,
        topic: r.topic,
        role: r.role,
        validFrom: r.validFrom,
        validTo: r.validTo,
        status: r.status,
        quantities: r.quantities,
        evidence: [{ article: articleId, quote: r.quote }],
        note: r.note,
      },
      keys: [r.key],
    });
  }
  const groups = [...byClaim.values()];
  return { records: groups.map((g) => g.record), keys: groups.map((g) => g.keys) };
}

/**
 * The draft as an ingest input, and the index from the input's records back to the draft.
 * @param {Draft} draft
 * @returns {{
 *   input: { articles: Record<string, unknown>[], entities: Record<string, unknown>[], relationships: Record<string, unknown>[] },
 *   index: InputIndex,
 * }}
 */
export function toIngestInput(draft) {
  const article = articleRecord(draft);
  const entities = entityRecords(draft, draft.analysedText ?? '');
  const relationships = relationshipRecords(draft, article.id);
  return {
    input: { articles: [article], entities: entities.records, relationships: relationships.records },
    index: { entities: entities.keys, relationships: relationships.keys },
  };
}

/**
 * The field of the draft an input path names.
 * @param {string} path e.g. `input.articles[0].url`, `input.relationships[2].evidence[0].quote`
 * @param {InputIndex} index
 * @returns {Place}
 */
export function placeOf(path, index) {
  const m = /^(?:input\.)?(articles|entities|relationships)\[(\d+)\](?:\.(\w+)(?:\[(\d+)\])?)?/.exec(path);
  if (!m) return { where: 'input' };
  const [, list, i, field = null, sub] = m;
  const n = Number(i);
  if (list === 'articles') return n === 0 && field ? { where: 'article', field } : { where: 'input' };
  if (list === 'entities') {
    const key = index.entities[n];
    return key ? { where: 'actor', key, field } : { where: 'input' };
  }
  const keys = index.relationships[n];
  if (!keys?.length) return { where: 'input' };
  if (field === 'evidence') {
    const key = keys[sub === undefined ? 0 : Number(sub)] ?? keys[0] ?? '';
    // An evidence item is one relationship of the draft and its quote.
    return { where: 'relationship', key, field: 'quote' };
  }
  return { where: 'relationship', key: keys[0] ?? '', field };
}
