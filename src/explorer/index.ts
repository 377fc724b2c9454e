/** The Explorer page at /explore: a router that serves its files. */
export { createExplorerRouter, explorerAssetsDir, EXPLORER_CSP } from './explorer-router.js';
