/**
 * The types of `/explore/vendor/cytoscape.esm.min.mjs`, the module build of Cytoscape.js that the
 * Explorer router serves from node_modules: the package's own types. This folder is overlaid on
 * public/explore by tsconfig.public.json's `rootDirs`, so `../vendor/cytoscape.esm.min.mjs`
 * resolves here for the type checker while the page loads the served file.
 */
import cytoscape from 'cytoscape';

export default cytoscape;
