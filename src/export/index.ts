/**
 * Downloads (GET and POST /export, npm run export -- --format): query and body checks, the export
 * source (one read transaction, streamed), and the streamed writers of every format.
 */
export {
  describeQuery,
  parseExportBody,
  parseExportQuery,
  EXPORT_VIEWS,
  MAX_SELECTION_ENTITIES,
  MAX_SELECTION_RELATIONSHIPS,
} from './export-query.js';
export type { ExportCommon, ExportQuery, ExportRequest, ExportSelection, ExportView } from './export-query.js';
export { EXPORT_FORMATS, STREAM_FORMATS, isExportFormat } from './formats.js';
export { jsonldNodes, rdfPrefixes, vocabularyQuads } from './rdf-terms.js';
export type { ExportFormat } from './formats.js';
export { openExport } from './export-source.js';
export type { ExportSubject, OpenedExport } from './export-source.js';
export { exportFilename, renderExport } from './render-export.js';
export type { RenderedExport } from './render-export.js';
export type {
  ExportArticle,
  ExportContext,
  ExportEntity,
  ExportEvidenceItem,
  ExportIngest,
  ExportItem,
  ExportRelationship,
  StreamFormat,
} from './records.js';
