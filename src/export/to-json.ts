/**
 * The JSON download, streamed: `{ nodes, edges, truncated, query }` written entity by entity and
 * relationship by relationship, byte for byte what `JSON.stringify(…, null, 2)` of the whole
 * document gives.
 */
import type { ExportContext, ExportEntity, ExportItem, ExportRelationship, StreamFormat } from './records.js';
import { inArticleOrder, sourceCount } from './field-text.js';

/** A value as `JSON.stringify(value, null, 2)` writes it nested `depth` levels deep (strings hold no raw newline). */
const nested = (value: unknown, depth: number): string => JSON.stringify(value, null, 2).replaceAll('\n', `\n${'  '.repeat(depth)}`);

/** A node with its keys in the fixed order. */
function node(n: ExportEntity): Record<string, unknown> {
  return { id: n.id, name: n.name, type: n.type, aliases: n.aliases, description: n.description, mergedIds: n.mergedIds };
}

/** An edge with its keys in the fixed order, its evidence in article order (see inArticleOrder). */
function edge(e: ExportRelationship): Record<string, unknown> {
  return {
    id: e.id,
    type: e.type,
    sourceId: e.sourceId,
    targetId: e.targetId,
    validFrom: e.validFrom,
    validTo: e.validTo,
    status: e.status,
    topic: e.topic,
    role: e.role,
    quantities: e.quantities.map((q) => ({ value: q.value, unit: q.unit, label: q.label })),
    knownFrom: e.knownFrom,
    note: e.note,
    sourceCount: sourceCount(e.evidence),
    evidence: inArticleOrder(e.evidence).map((ev) => ({
      quote: ev.quote,
      articleId: ev.articleId,
      articleSource: ev.articleSource,
      articleUrl: ev.articleUrl,
      publishedAt: ev.publishedAt,
    })),
  };
}

/**
 * Writes `{ nodes, edges, truncated, query }` as indented JSON with a final newline, one chunk per
 * node or edge. Nodes and edges come in the records' id order with their keys in a fixed order; each
 * edge carries its evidence and `sourceCount` (distinct outlets); `query` is the context's (the
 * normalized parameters; for a selection `{ view: 'selection', entityIds, relationshipIds, format }`).
 * Articles are not written: each quote names its article inline.
 */
async function* writeJson(items: AsyncIterable<ExportItem>, context: ExportContext): AsyncGenerator<string> {
  let section: 'nodes' | 'edges' | null = null;
  let count = 0;
  /** Closes the open list, if any, and opens `next`. */
  const open = (next: 'nodes' | 'edges'): string => {
    const close = section === null ? '{\n' : count === 0 ? '[],\n' : '\n  ],\n';
    section = next;
    count = 0;
    return `${close}  "${next}": `;
  };
  const element = (value: unknown): string => `${count++ === 0 ? '[\n' : ',\n'}    ${nested(value, 2)}`;
  let head = open('nodes');
  for await (const item of items) {
    if (item.kind === 'entity') {
      yield head + element(node(item.entity));
      head = '';
    } else if (item.kind === 'relationship') {
      if (section === 'nodes') head += open('edges');
      yield head + element(edge(item.relationship));
      head = '';
    }
  }
  if (section === 'nodes') head += open('edges');
  yield `${head}${count === 0 ? '[],\n' : '\n  ],\n'}  "truncated": ${context.truncated},\n  "query": ${nested(context.query, 1)}\n}\n`;
}

/** The JSON download (`format=json`). */
export const jsonFormat: StreamFormat = { contentType: 'application/json; charset=utf-8', extension: 'json', write: writeJson };
