/** GraphML for Gephi and yEd, streamed: directed edges whose ids are the relationship ids. */
import type { ExportItem, ExportContext, StreamFormat } from './records.js';
import { aliasesText, evidenceText, inArticleOrder, quantitiesText, sourceCount } from './field-text.js';
import { xmlAttr, xmlText } from './xml-text.js';

const KEYS = [
  ['n_name', 'node', 'name', 'string'],
  ['n_type', 'node', 'type', 'string'],
  ['n_aliases', 'node', 'aliases', 'string'],
  ['n_description', 'node', 'description', 'string'],
  ['e_type', 'edge', 'type', 'string'],
  ['e_validFrom', 'edge', 'validFrom', 'string'],
  ['e_validTo', 'edge', 'validTo', 'string'],
  ['e_status', 'edge', 'status', 'string'],
  ['e_topic', 'edge', 'topic', 'string'],
  ['e_quantities', 'edge', 'quantities', 'string'],
  ['e_evidence', 'edge', 'evidence', 'string'],
  ['e_sourceCount', 'edge', 'sourceCount', 'int'],
] as const;

type KeyId = (typeof KEYS)[number][0];

/** `<data>` lines of the non-empty values, in the order given. */
function data(indent: string, values: [KeyId, string | number | null][]): string[] {
  return values.filter(([, v]) => v !== null && v !== '').map(([key, v]) => `${indent}<data key="${key}">${xmlText(String(v))}</data>`);
}

/**
 * Writes the records as GraphML 1.0 (UTF-8, `edgedefault="directed"`), one chunk per node or edge:
 * `<key>` declarations for the node fields (name, type, aliases joined with " | ", description)
 * and edge fields (type, validFrom, validTo, status, topic, quantities, evidence as
 * `quote — source (date) url` lines in article order, sourceCount); nodes and edges in the records'
 * id order; empty values left out; a `<desc>` on the graph when the cap cut it. Every string is
 * XML-escaped and stripped of characters XML 1.0 forbids. Articles are not written.
 */
async function* writeGraphml(items: AsyncIterable<ExportItem>, context: ExportContext): AsyncGenerator<string> {
  const head = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ' +
      'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, kind, name, type]) => `  <key id="${id}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  if (context.truncated) head.push('    <desc>truncated: the relationship cap cut this subgraph; raise first to see more</desc>');
  yield lines(head);
  for await (const item of items) {
    if (item.kind === 'entity') {
      const n = item.entity;
      yield lines([
        `    <node id="${xmlAttr(n.id)}">`,
        ...data('      ', [
          ['n_name', n.name],
          ['n_type', n.type],
          ['n_aliases', aliasesText(n.aliases)],
          ['n_description', n.description],
        ]),
        '    </node>',
      ]);
    } else if (item.kind === 'relationship') {
      const e = item.relationship;
      yield lines([
        `    <edge id="${xmlAttr(e.id)}" source="${xmlAttr(e.sourceId)}" target="${xmlAttr(e.targetId)}">`,
        ...data('      ', [
          ['e_type', e.type],
          ['e_validFrom', e.validFrom],
          ['e_validTo', e.validTo],
          ['e_status', e.status],
          ['e_topic', e.topic],
          ['e_quantities', quantitiesText(e.quantities)],
          ['e_evidence', evidenceText(inArticleOrder(e.evidence))],
          ['e_sourceCount', sourceCount(e.evidence)],
        ]),
        '    </edge>',
      ]);
    }
  }
  yield lines(['  </graph>', '</graphml>']);
}

/** Lines, each ended by a newline. */
const lines = (ls: readonly string[]): string => ls.map((l) => `${l}\n`).join('');

/** The GraphML download (`format=graphml`). */
export const graphmlFormat: StreamFormat = {
  contentType: 'application/graphml+xml; charset=utf-8',
  extension: 'graphml',
  write: writeGraphml,
};
