/** Subgraph downloads (GET and POST /export): query and body checks, loading, and the GraphML, CSV and JSON writers. */
export {
  parseExportBody,
  parseExportQuery,
  EXPORT_FORMATS,
  EXPORT_VIEWS,
  MAX_SELECTION_ENTITIES,
  MAX_SELECTION_RELATIONSHIPS,
} from './export-query.js';
export type { ExportCommon, ExportFormat, ExportQuery, ExportRequest, ExportSelection, ExportView } from './export-query.js';
export { exportSubgraph } from './export-subgraph.js';
export { exportSelection } from './export-selection.js';
export type { SelectionReader } from './export-selection.js';
export type { ExportEdge, ExportEvidence, ExportReader, ExportSubgraph } from './export-subgraph.js';
export { toGraphml } from './to-graphml.js';
export { toEdgesCsv, toNodesCsv } from './to-csv.js';
export { toJson } from './to-json.js';
export { exportFilename, renderExport } from './render-export.js';
export type { RenderedExport } from './render-export.js';
