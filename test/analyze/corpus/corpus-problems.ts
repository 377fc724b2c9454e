/**
 * What is wrong with a corpus article's form (see README.md in this folder): markup, catalog ids,
 * entity types, relationship ends, sentence numbers, dates and amounts. It reads no analyser output.
 */
import { ENTITY_TYPES, RELATION_TYPES } from '../../../src/domain/vocabulary.js';
import { CATALOG } from '../fixtures.js';
import type { CorpusArticle } from './corpus-article.js';
import { parseArticle } from './score-corpus.js';

const KNOWN = new Set(CATALOG.map((e) => e.id));
const TYPES = new Set<string>(ENTITY_TYPES);
/** Where a reader starts a new sentence: after a full stop, question or exclamation mark, a space, then a capital or an opening mark. */
export const READER_SENTENCE_BREAK = /(?<=[.!?…”"])\s+(?=[\p{Lu}¿¡“"(\d])/gu;
const PARTIAL_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** What is wrong with one article, as messages that name the article and the item. */
export function problemsOf(article: CorpusArticle): string[] {
  const out: string[] = [];
  const at = (what: string) => out.push(`${article.name}: ${what}`);
  const parsed = parseArticle(article.annotated);
  if (/\[\[|\]\]|\{\{|\}\}/.test(parsed.text)) at('markup left in the text after parsing');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(article.publishedAt)) at(`publishedAt ${article.publishedAt} is not YYYY-MM-DD`);
  for (const k of parsed.known) if (!KNOWN.has(k.id)) at(`[[…|${k.id}]] is not a CATALOG id`);
  for (const a of parsed.actors) if (!TYPES.has(a.type)) at(`{{…|${a.type}}} is not an entity type`);
  const marked = new Set([...parsed.known.map((k) => k.id), ...parsed.actors.map((a) => a.id)]);
  const sentences = parsed.text.split(READER_SENTENCE_BREAK).length;
  for (const r of article.relationships) {
    const name = `${r.type} ${r.source} → ${r.target}`;
    if (!(r.type in RELATION_TYPES)) at(`${name}: not a relation type`);
    // A known end may stand only as a demonym ("the Chinese company"), which is not marked.
    for (const end of [r.source, r.target]) if (!marked.has(end) && !KNOWN.has(end)) at(`${name}: ${end} is neither marked nor known`);
    if (r.source === r.target) at(`${name}: both ends are one entity`);
    if (!Number.isInteger(r.sentence) || r.sentence < 1 || r.sentence > sentences + 2)
      at(`${name}: sentence ${r.sentence} of ~${sentences}`);
    if (r.validFrom !== undefined && !PARTIAL_DATE.test(r.validFrom)) at(`${name}: validFrom ${r.validFrom} is not a partial date`);
    for (const q of r.quantities ?? []) if (!Number.isFinite(q.value) || !q.unit) at(`${name}: quantity ${JSON.stringify(q)}`);
  }
  return out;
}
