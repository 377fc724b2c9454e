/**
 * GEXF 1.3 for Gephi, dynamic: each edge lives from the first day of its `validFrom` to the last day
 * of its `validTo` (`start`/`end`, dates, inclusive; an open end is left out), so Gephi's timeline
 * plays the network's history. Nodes carry no interval: an entity exists whatever the time, and
 * its edges come and go. Written element by element; nothing is held across records.
 */
import { parsePartialDate } from '../domain/partial-date.js';
import { IDENTIFIER_SCHEMES } from '../domain/identifiers.js';
import { quantitiesText, sourceCount } from './field-text.js';
import type { ExportEntity, ExportItem, ExportRelationship, StreamFormat } from './records.js';
import { xmlAttr } from './xml-text.js';

/** The node attributes (`<attributes class="node">`): id, title, type. Identifiers get one each, by scheme. */
export const GEXF_NODE_ATTRIBUTES = [
  ['type', 'string'],
  ['aliases', 'string'],
  ['description', 'string'],
  ...IDENTIFIER_SCHEMES.map((s) => [s.toLowerCase(), 'string'] as const),
] as const;

/** The edge attributes: the relationship's fields; `validFrom`/`validTo` as written, beside the interval they give. */
export const GEXF_EDGE_ATTRIBUTES = [
  ['type', 'string'],
  ['status', 'string'],
  ['role', 'string'],
  ['topic', 'string'],
  ['validFrom', 'string'],
  ['validTo', 'string'],
  ['knownFrom', 'string'],
  ['quantities', 'string'],
  ['evidence', 'string'],
  ['sourceCount', 'integer'],
] as const;

/** `<attvalues>` of the non-empty values. */
function attvalues(values: Record<string, string | number | null>): string {
  const kept = Object.entries(values).filter(([, v]) => v !== null && v !== '');
  if (kept.length === 0) return '';
  const lines = kept.map(([k, v]) => `\n        <attvalue for="${k}" value="${xmlAttr(String(v))}"/>`);
  return `\n      <attvalues>${lines.join('')}\n      </attvalues>`;
}

/** The `start`/`end` attributes of a relationship: the first day of validFrom, the last of validTo (ISO dates). */
export function gexfInterval(r: Pick<ExportRelationship, 'validFrom' | 'validTo'>): { start: string | null; end: string | null } {
  return {
    start: r.validFrom ? (parsePartialDate(r.validFrom)?.start ?? null) : null,
    end: r.validTo ? (parsePartialDate(r.validTo)?.end ?? null) : null,
  };
}

function nodeXml(e: ExportEntity): string {
  const ids = Object.fromEntries(
    IDENTIFIER_SCHEMES.map((s) => [s.toLowerCase(), e.identifiers.find((i) => i.scheme === s)?.value ?? null]),
  );
  return `    <node id="${xmlAttr(e.id)}" label="${xmlAttr(e.name)}">${attvalues({
    type: e.type,
    aliases: e.aliases.join(' | '),
    description: e.description,
    ...ids,
  })}\n    </node>\n`;
}

function edgeXml(r: ExportRelationship): string {
  const { start, end } = gexfInterval(r);
  const interval = `${start ? ` start="${start}"` : ''}${end ? ` end="${end}"` : ''}`;
  const evidence = r.evidence.map(
    (ev) => `${ev.quote} — ${ev.articleSource}${ev.publishedAt ? ` (${ev.publishedAt})` : ''}${ev.articleUrl ? ` ${ev.articleUrl}` : ''}`,
  );
  return (
    `    <edge id="${xmlAttr(r.id)}" source="${xmlAttr(r.sourceId)}" target="${xmlAttr(r.targetId)}" label="${xmlAttr(r.type)}"` +
    ` weight="${r.evidence.length}"${interval}>${attvalues({
      type: r.type,
      status: r.status,
      role: r.role,
      topic: r.topic,
      validFrom: r.validFrom,
      validTo: r.validTo,
      knownFrom: r.knownFrom,
      quantities: quantitiesText(r.quantities),
      evidence: evidence.join('\n'),
      sourceCount: sourceCount(r.evidence),
    })}\n    </edge>\n`
  );
}

const DESCRIPTION = 'Entities and their sourced relationships; edges live over their valid time';
const TRUNCATED = '; truncated: the relationship cap cut this view';

/** The document up to `<nodes>`: meta (its description says when a cap cut the view), graph, attribute declarations. */
const header = (truncated: boolean): string =>
  '<?xml version="1.0" encoding="UTF-8"?>\n' +
  '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"' +
  ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n' +
  '  <meta>\n    <creator>China–Peru knowledge graph</creator>\n' +
  `    <description>${DESCRIPTION}${truncated ? TRUNCATED : ''}</description>\n  </meta>\n` +
  '  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" timerepresentation="interval">\n' +
  '    <attributes class="node" mode="static">\n' +
  GEXF_NODE_ATTRIBUTES.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join('') +
  '    </attributes>\n    <attributes class="edge" mode="static">\n' +
  GEXF_EDGE_ATTRIBUTES.map(([id, type]) => `      <attribute id="${id}" title="${id}" type="${type}"/>\n`).join('') +
  '    </attributes>\n';

/** Writes `<nodes>` (the entities) then `<edges>` (the relationships); articles have no place in the graph. */
async function* writeGexf(items: AsyncIterable<ExportItem>, truncated: boolean): AsyncIterable<string> {
  yield `${header(truncated)}    <nodes>\n`;
  let inEdges = false;
  for await (const item of items) {
    if (item.kind === 'entity') yield nodeXml(item.entity);
    else if (item.kind === 'relationship') {
      if (!inEdges) yield '    </nodes>\n    <edges>\n';
      inEdges = true;
      yield edgeXml(item.relationship);
    }
    // Articles reach GEXF only through the evidence text of their relationships.
  }
  yield `${inEdges ? '' : '    </nodes>\n    <edges>\n'}    </edges>\n  </graph>\n</gexf>\n`;
}

/** GEXF 1.3 (`application/gexf+xml`), dynamic, edges with their valid time as `start`/`end`. */
export const gexfFormat: StreamFormat = {
  contentType: 'application/gexf+xml; charset=utf-8',
  extension: 'gexf',
  write: (items, context) => writeGexf(items, context.truncated),
};
