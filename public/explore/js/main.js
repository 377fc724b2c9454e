/**
 * The Explorer's controller: holds the view state (mirrored in the URL), asks the GraphQL API for
 * what the view needs, and hands the answer to the network, the lists, the path finder and the
 * details panel. Every answer is cached per (query, filters), so expanding or stepping back
 * costs no second request; there is no polling.
 */
import { createApi } from './api.js';
import { INIT, NEIGHBORHOOD, PATHS } from './queries.js';
import { filterArgs, readState, writeState } from './url-state.js';
import { createGraphView } from './graph-view.js';
import { createSearchBox } from './search-box.js';
import { createDetailsPanel } from './details-panel.js';
import { createViewLists } from './view-lists.js';
import { createFilters } from './filters.js';
import { alternatives, createPathFinder } from './path-finder.js';
import { exportView } from './export.js';
import { askForKey } from './key-dialog.js';
import { fill, h } from './dom.js';
import { swatch } from './entity-styles.js';

/** Relationships asked per neighbourhood (the API's default is 50, its cap 500). */
const NEIGHBORHOOD_FIRST = 100;

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/** @type {import('./url-state.js').ViewState} */
let state = readState(location.search);
let generation = 0;
let pending = 0;
/** @type {string | null} the selected actor or relationship */
let selected = null;
/** What is drawn now. */
const view = {
  /** @type {Map<string, any>} */ nodes: new Map(),
  /** @type {Map<string, any>} */ edges: new Map(),
  /** @type {{ nodes: string[], edges: string[] } | null} */ path: null,
};
/** @type {Map<string, Promise<any>>} */
const cache = new Map();

const api = createApi({ askForKey: (refused) => askForKey(/** @type {HTMLDialogElement} */ ($('key-dialog')), refused) });

/**
 * `1 actor`, `2 actors`.
 * @param {number} n
 * @param {string} noun
 */
const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * @param {string} text
 * @param {'info' | 'error'} [kind]
 */
function say(text, kind = 'info') {
  const status = $('status');
  status.textContent = text;
  status.dataset.kind = kind;
}

/**
 * One request per key for the page's life (failures are forgotten, so they can be retried).
 * @param {string} key
 * @param {() => Promise<any>} load
 */
function cached(key, load) {
  let p = cache.get(key);
  if (!p) {
    p = load();
    cache.set(key, p);
    p.catch(() => cache.delete(key));
  }
  return p;
}

/**
 * @param {string} id
 * @param {ReturnType<typeof filterArgs>} f
 */
function loadNeighborhood(id, f) {
  // No relation type chosen: the actor alone (the API reads an empty `types` as "any").
  const none = f.types !== null && f.types.length === 0;
  const vars = { id, first: none ? 0 : NEIGHBORHOOD_FIRST, types: none ? null : f.types, since: f.since, until: f.until };
  return cached(JSON.stringify([NEIGHBORHOOD, vars]), () =>
    api.gql(NEIGHBORHOOD, vars).then((d) => (none ? { ...d.neighborhood, truncated: false } : d.neighborhood)),
  );
}

/**
 * @param {string} from
 * @param {string} to
 * @param {ReturnType<typeof filterArgs>} f
 */
function loadPaths(from, to, f) {
  const none = f.types !== null && f.types.length === 0;
  const vars = { from, to, ...f, types: none ? null : f.types };
  return cached(JSON.stringify([PATHS, vars]), () =>
    api.gql(PATHS, vars).then((d) => ({ ...d, shortestPath: none ? null : d.shortestPath, paths: none ? [] : d.paths })),
  );
}

/** @param {'push' | 'replace' | 'none'} mode */
function writeUrl(mode) {
  if (mode === 'none') return;
  const url = `${location.pathname}${writeState(state)}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (mode === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

/** @param {number} delta */
function busy(delta) {
  pending += delta;
  document.documentElement.dataset.busy = String(pending > 0);
  $('cy-wrap').setAttribute('aria-busy', String(pending > 0));
}

/**
 * Loads and draws the view `state` describes.
 * @param {'push' | 'replace' | 'none'} [mode] how the URL follows
 */
async function refresh(mode = 'replace') {
  const gen = ++generation;
  writeUrl(mode);
  busy(+1);
  try {
    const f = filterArgs(state);
    const neighbourhoods = Promise.all(
      (state.focus ? [state.focus, ...state.expand] : []).map((id, i) =>
        // A failed expansion drops out of the view; a failed focus fails the view.
        i === 0 ? loadNeighborhood(id, f) : loadNeighborhood(id, f).catch(() => null),
      ),
    );
    const [[focusHood, ...expanded], paths] = await Promise.all([
      neighbourhoods,
      state.from && state.to ? loadPaths(state.from, state.to, f) : null,
    ]);
    if (gen !== generation) return;
    draw(focusHood, expanded, paths);
  } catch (err) {
    if (gen !== generation) return;
    const code = /** @type {{ code?: string }} */ (err).code;
    say(
      code === 'NOT_FOUND'
        ? `No actor “${state.focus}” in the graph.`
        : `Could not load the view: ${err instanceof Error ? err.message : String(err)}`,
      'error',
    );
    draw(null, [], null);
  } finally {
    busy(-1);
  }
}

/**
 * Merges the neighbourhoods and the chosen path into one view and shows it everywhere.
 * @param {any} focusHood
 * @param {any[]} expandedHoods
 * @param {any} paths
 */
function draw(focusHood, expandedHoods, paths) {
  view.nodes = new Map();
  view.edges = new Map();
  view.path = null;
  const hoods = focusHood ? [focusHood, ...expandedHoods] : [];
  state.expand = state.expand.filter((_, i) => expandedHoods[i]);
  for (const hood of hoods.filter(Boolean)) {
    for (const n of hood.nodes) view.nodes.set(n.id, n);
    for (const r of hood.relationships) view.edges.set(r.id, r);
  }
  /** @type {any} */
  let pathResult = null;
  if (paths) {
    const list = alternatives(paths.shortestPath, paths.paths);
    state.path = Math.min(state.path, Math.max(0, list.length - 1));
    const p = list[state.path];
    if (p) {
      for (const n of p.nodes) view.nodes.set(n.id, n);
      for (const s of p.steps) view.edges.set(s.relationship.id, s.relationship);
      view.path = { nodes: p.nodes.map((/** @type {any} */ n) => n.id), edges: p.steps.map((/** @type {any} */ s) => s.relationship.id) };
    }
    pathResult = { from: paths.fromEntity, to: paths.toEntity, paths: list, index: state.path };
  }
  for (const [id, e] of view.edges) if (!view.nodes.has(e.source.id) || !view.nodes.has(e.target.id)) view.edges.delete(id);

  const shown = {
    nodes: [...view.nodes.values()],
    edges: [...view.edges.values()],
    focus: state.focus,
    expanded: state.expand,
    path: view.path,
  };
  // The lists and legend first: the legend's height sets the canvas's, which the layout fits.
  lists.render(shown);
  pathFinder.render(pathResult);
  $('welcome').hidden = view.nodes.size > 0;
  graph.show(shown);
  writeUrl('replace');

  const focus = state.focus ? view.nodes.get(state.focus) : null;
  if (focus && document.activeElement !== $('search-input')) search.setText(focus.name);
  if (selected && (view.nodes.has(selected) || view.edges.has(selected))) showSelected(selected);
  else showSelected(null);

  const counts = `${count(view.nodes.size, 'actor')}, ${count(view.edges.size, 'relationship')} in view.`;
  if (focus) {
    const cut = hoods.some((hd) => hd?.truncated)
      ? ` Only the first ${NEIGHBORHOOD_FIRST} relationships of a neighbourhood are shown.`
      : '';
    say(`${focus.name}: ${counts}${cut}`);
  } else if (view.nodes.size) say(counts);
  if (view.nodes.size) markFirstDrawn();
}

let firstDrawn = false;
/** Records when the first graph reached the screen (read by bench/explorer.ts). */
function markFirstDrawn() {
  if (firstDrawn) return;
  firstDrawn = true;
  graph.cy.one('render', () => {
    performance.mark('explorer:first-graph');
    document.documentElement.dataset.drawn = 'true';
  });
  graph.cy.forceRender?.();
}

/**
 * Selects an actor or relationship (or nothing) and shows it in the details panel.
 * @param {string | null} id
 */
function showSelected(id) {
  selected = id;
  graph.select(id);
  lists.markSelected(id);
  const node = id ? view.nodes.get(id) : null;
  const edge = id ? view.edges.get(id) : null;
  if (edge) details.showRelationship(edge, (nid) => view.nodes.get(nid));
  else if (node) details.showEntity(node, { isFocus: node.id === state.focus, isExpanded: state.expand.includes(node.id) });
  else details.clear();
}

/** @param {string} id */
function focusOn(id) {
  if (id === state.focus && !state.expand.length) return;
  state = { ...state, focus: id, expand: [] };
  selected = null;
  refresh('push');
}

/** @param {string} id */
function expand(id) {
  if (!state.focus) return focusOn(id);
  if (id === state.focus || state.expand.includes(id)) return;
  state = { ...state, expand: [...state.expand, id] };
  refresh('push');
}

/** @param {string} id */
function collapse(id) {
  state = { ...state, expand: state.expand.filter((x) => x !== id) };
  refresh('push');
}

const graph = createGraphView({
  container: $('cy'),
  onNodeTap: (id) => {
    showSelected(id);
    expand(id);
  },
  onNodeDoubleTap: focusOn,
  onEdgeTap: showSelected,
  onBackgroundTap: () => showSelected(null),
});

const lists = createViewLists({
  nodeList: $('node-list'),
  edgeList: $('edge-list'),
  nodeCount: $('node-count'),
  edgeCount: $('edge-count'),
  legend: $('legend'),
  onNode: showSelected,
  onEdge: showSelected,
});

const details = createDetailsPanel({
  root: $('details'),
  onFocus: focusOn,
  onExpand: expand,
  onCollapse: collapse,
  onPathEnd: (end, entity) => pathFinder.setEnd(end, entity),
  onShowNode: showSelected,
});

const search = createSearchBox({
  input: /** @type {HTMLInputElement} */ ($('search-input')),
  listbox: $('search-input-options'),
  api,
  onPick: (e) => focusOn(e.id),
  onMessage: (text) => say(text, 'error'),
});

const pathFinder = createPathFinder({
  root: $('path-finder'),
  api,
  onFind: (from, to) => {
    state = { ...state, from, to, path: 0, focus: state.focus ?? from };
    refresh('push');
  },
  onClear: () => {
    state = { ...state, from: null, to: null, path: 0 };
    refresh('push');
  },
  onStep: (index) => {
    state = { ...state, path: index };
    refresh('replace');
  },
  onShowEdge: showSelected,
  onMessage: (text) => say(text, 'error'),
});

const filters = createFilters({
  typeBox: $('type-box'),
  allButton: /** @type {HTMLButtonElement} */ ($('types-all')),
  noneButton: /** @type {HTMLButtonElement} */ ($('types-none')),
  sinceInput: /** @type {HTMLInputElement} */ ($('since-year')),
  untilInput: /** @type {HTMLInputElement} */ ($('until-year')),
  sinceOut: /** @type {HTMLOutputElement} */ ($('since-out')),
  untilOut: /** @type {HTMLOutputElement} */ ($('until-out')),
  onChange: (f) => {
    state = { ...state, ...f, path: 0 };
    refresh('replace');
  },
});

for (const format of /** @type {const} */ (['png', 'graphml', 'json'])) {
  $(`export-${format}`).addEventListener('click', async () => {
    if (!view.nodes.size) return say('Nothing to export yet: open an actor first.', 'error');
    try {
      const { filename, from } = await exportView({
        format,
        cy: graph.cy,
        api,
        view: {
          focus: state.focus,
          plainNeighbourhood: !state.expand.length && !view.path && !(state.types && state.types.length === 0),
          first: NEIGHBORHOOD_FIRST,
          types: state.types,
          since: state.since,
          until: state.until,
        },
      });
      say(`Saved ${filename}${from === 'service' ? ' (from the service’s export)' : ''}.`);
    } catch (err) {
      say(`Export failed: ${err instanceof Error ? err.message : String(err)}`, 'error');
    }
  });
}

window.addEventListener('popstate', () => {
  state = readState(location.search);
  filters.show(state);
  refresh('none');
});

/** Filters, starting points, and the view of the URL, in parallel. */
async function start() {
  const init = api.gql(INIT).then(
    (d) => {
      const firstYear = d.timeline[0]?.validFrom ? Number(d.timeline[0].validFrom.slice(0, 4)) : null;
      filters.setup({ relationTypes: d.vocabulary.relationTypes, firstYear });
      filters.show(state);
      fill(
        $('starters'),
        ...d.centrality.map((/** @type {any} */ r) =>
          h(
            'li',
            {},
            h('button', { type: 'button', class: 'chip', onclick: () => focusOn(r.entity.id) }, swatch(r.entity.type, 14), r.entity.name),
          ),
        ),
      );
    },
    (err) => say(`Could not load the vocabulary: ${err instanceof Error ? err.message : String(err)}`, 'error'),
  );
  busy(+1);
  await Promise.all([init, refresh('none')]).finally(() => busy(-1));
}

// For tests and the benchmark: the Cytoscape instance and the view state, read-only by convention.
Object.assign(window, { explorer: { cy: graph.cy, state: () => structuredClone(state) } });
start();
