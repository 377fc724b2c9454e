/** The service's browser pages: the Explorer at /explore and curation at /curate, routers that serve their files. */
export { createExplorerRouter, explorerAssetsDir, EXPLORER_CSP } from './explorer-router.js';
export { createCurateRouter, curateAssetsDir } from './curate-router.js';
