/** Reproducible snapshots of the graph as article files, and its content version. */
export { readSnapshot, type SnapshotContent, type SnapshotRead } from './read-snapshot.js';
export { snapshotFiles, snapshotVersion, ENTITIES_FILE } from './snapshot-files.js';
export { exportSnapshot, checkSnapshotFiles, type ExportSummary } from './export-snapshot.js';
export { restoreSnapshot } from './restore-snapshot.js';
export { dataVersion } from './data-version.js';
