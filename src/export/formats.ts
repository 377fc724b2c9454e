/**
 * The formats `/export` and `npm run export -- --format` write, each a streamed writer over the
 * same records (records.ts): the older subgraph formats (JSON, GraphML, two CSV tables) and the
 * formats for other tools (FollowTheMoney, JSON-LD, Turtle, N-Triples, GEXF).
 */
import type { StreamFormat } from './records.js';
import { edgesCsvFormat, nodesCsvFormat } from './to-csv.js';
import { ftmFormat } from './to-ftm.js';
import { gexfFormat } from './to-gexf.js';
import { graphmlFormat } from './to-graphml.js';
import { jsonFormat } from './to-json.js';
import { jsonldFormat } from './to-jsonld.js';
import { ntriplesFormat, turtleFormat } from './to-rdf.js';

/** The format names, as `format=` and `--format` take them. */
export const EXPORT_FORMATS = ['json', 'graphml', 'nodes.csv', 'edges.csv', 'ftm', 'jsonld', 'ttl', 'nt', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** Each format's writer, media type and file extension. */
export const STREAM_FORMATS: Readonly<Record<ExportFormat, StreamFormat>> = {
  json: jsonFormat,
  graphml: graphmlFormat,
  'nodes.csv': nodesCsvFormat,
  'edges.csv': edgesCsvFormat,
  ftm: ftmFormat,
  jsonld: jsonldFormat,
  ttl: turtleFormat,
  nt: ntriplesFormat,
  gexf: gexfFormat,
};

/** Whether `name` is one of EXPORT_FORMATS. */
export function isExportFormat(name: unknown): name is ExportFormat {
  return typeof name === 'string' && (EXPORT_FORMATS as readonly string[]).includes(name);
}
