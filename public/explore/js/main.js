/**
 * The Explorer page's wiring: creates the API client, the loader, the controller that holds the
 * view state (view-controller.js), and the page's parts (network, lists, details with each
 * article's provenance, search, path finder, filters, export), and connects each part's events to the controller. Then it loads the
 * filters, the starting points and the view of the URL.
 */
import { createApi } from './api.js';
import { INIT } from './queries.js';
import { readSelection, readState } from './url-state.js';
import { createGraphView } from './graph-view.js';
import { createSearchBox } from './search-box.js';
import { createDetailsPanel } from './details-panel.js';
import { createProvenance } from './provenance.js';
import { createViewLists } from './view-lists.js';
import { createFilters } from './filters.js';
import { createPathFinder } from './path-finder.js';
import { bindExportButtons } from './export.js';
import { askForKey } from './key-dialog.js';
import { createStatus } from './status.js';
import { renderStarters } from './starters.js';
import { createViewController } from './view-controller.js';
import { createViewLoader, NEIGHBORHOOD_FIRST } from './view-loader.js';

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const api = createApi({ askForKey: (refused) => askForKey(/** @type {HTMLDialogElement} */ ($('key-dialog')), refused) });
const status = createStatus({ status: $('status'), wrap: $('cy-wrap') });
/** @param {string} text */
const sayError = (text) => status.say(text, 'error');

const controller = createViewController({
  initial: readState(location.search),
  initialSelection: readSelection(location.search),
  loader: createViewLoader(api),
  status,
  parts: () => ({ graph, lists, pathFinder, details, search }),
  welcome: $('welcome'),
  searchInput: $('search-input'),
});

const graph = createGraphView({
  container: $('cy'),
  onNodeTap: (id) => {
    controller.select(id);
    controller.expand(id);
  },
  onNodeDoubleTap: controller.focusOn,
  onEdgeTap: controller.select,
  onBackgroundTap: () => controller.select(null),
});

const lists = createViewLists({
  nodeList: $('node-list'),
  edgeList: $('edge-list'),
  nodeCount: $('node-count'),
  edgeCount: $('edge-count'),
  legend: $('legend'),
  onNode: controller.select,
  onEdge: controller.select,
});

const details = createDetailsPanel({
  root: $('details'),
  onFocus: controller.focusOn,
  onExpand: controller.expand,
  onCollapse: controller.collapse,
  onPathEnd: (end, entity) => pathFinder.setEnd(end, entity),
  onShowNode: controller.select,
  provenance: createProvenance(api),
});

const search = createSearchBox({
  input: /** @type {HTMLInputElement} */ ($('search-input')),
  listbox: $('search-input-options'),
  api,
  onPick: (e) => controller.focusOn(e.id),
  onMessage: sayError,
});

const pathFinder = createPathFinder({
  root: $('path-finder'),
  api,
  onFind: (from, to) => controller.update({ from, to, path: 0, focus: controller.state().focus ?? from }, 'push'),
  onClear: () => controller.update({ from: null, to: null, path: 0 }, 'push'),
  onStep: (index) => controller.update({ path: index }, 'replace'),
  onShowEdge: controller.select,
  onMessage: sayError,
});

const filters = createFilters({
  typeBox: $('type-box'),
  allButton: /** @type {HTMLButtonElement} */ ($('types-all')),
  noneButton: /** @type {HTMLButtonElement} */ ($('types-none')),
  sinceInput: /** @type {HTMLInputElement} */ ($('since-year')),
  untilInput: /** @type {HTMLInputElement} */ ($('until-year')),
  sinceOut: /** @type {HTMLOutputElement} */ ($('since-out')),
  untilOut: /** @type {HTMLOutputElement} */ ($('until-out')),
  onChange: (f) => controller.update({ ...f, path: 0 }, 'replace'),
});

bindExportButtons({
  button: (format) => $(`export-${format}`),
  cy: graph.cy,
  api,
  current: () => ({ state: controller.state(), ...controller.drawn() }),
  first: NEIGHBORHOOD_FIRST,
  say: status.say,
});

window.addEventListener('popstate', () => {
  const state = readState(location.search);
  filters.show(state);
  controller.restore(state);
});

/** Filters, starting points, and the view of the URL, in parallel. */
async function start() {
  const init = api.gql(INIT).then(
    (d) => {
      const firstYear = d.timeline[0]?.validFrom ? Number(d.timeline[0].validFrom.slice(0, 4)) : null;
      filters.setup({ relationTypes: d.vocabulary.relationTypes, firstYear });
      filters.show(controller.state());
      renderStarters($('starters'), d.centrality, controller.focusOn);
    },
    (err) => sayError(`Could not load the vocabulary: ${err instanceof Error ? err.message : String(err)}`),
  );
  status.busy(+1);
  await Promise.all([init, controller.refresh('none')]).finally(() => status.busy(-1));
}

// For tests and the benchmark: the Cytoscape instance and the view state, read-only by convention.
Object.assign(window, { explorer: { cy: graph.cy, state: () => structuredClone(controller.state()) } });
start();
