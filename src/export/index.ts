/** Subgraph downloads (GET /export): query checks, loading, and the GraphML, CSV and JSON writers. */
export { parseExportQuery, EXPORT_FORMATS, EXPORT_VIEWS } from './export-query.js';
export type { ExportCommon, ExportFormat, ExportQuery, ExportRequest, ExportView } from './export-query.js';
export { exportSubgraph } from './export-subgraph.js';
export type { ExportEdge, ExportEvidence, ExportReader, ExportSubgraph } from './export-subgraph.js';
export { toGraphml } from './to-graphml.js';
export { toEdgesCsv, toNodesCsv } from './to-csv.js';
export { toJson } from './to-json.js';
export { exportFilename, renderExport } from './render-export.js';
export type { RenderedExport } from './render-export.js';
