/**
 * The Explorer's controller: holds the view state (mirrored in the URL), asks the loader for what
 * the view needs, merges the answers into one view and hands it to the network, the lists, the
 * path finder and the details panel. A newer load supersedes the answer of an older one.
 */
import { filterArgs, writeState } from './url-state.js';
import { mergeView } from './merge-view.js';
import { viewSummary } from './status.js';
import { NEIGHBORHOOD_FIRST } from './view-loader.js';

/**
 * @typedef {import('./url-state.js').ViewState} ViewState
 * @typedef {'push' | 'replace' | 'none'} UrlMode how the URL follows a change
 * @typedef {{
 *   graph: ReturnType<typeof import('./graph-view.js').createGraphView>,
 *   lists: ReturnType<typeof import('./view-lists.js').createViewLists>,
 *   pathFinder: ReturnType<typeof import('./path-finder.js').createPathFinder>,
 *   details: ReturnType<typeof import('./details-panel.js').createDetailsPanel>,
 *   search: ReturnType<typeof import('./search-box.js').createSearchBox>,
 * }} Parts
 */

/**
 * Creates the controller.
 * @param {{
 *   initial: ViewState,
 *   initialSelection?: string | null,
 *   loader: ReturnType<typeof import('./view-loader.js').createViewLoader>,
 *   status: ReturnType<typeof import('./status.js').createStatus>,
 *   parts: () => Parts,
 *   welcome: HTMLElement,
 *   searchInput: HTMLElement,
 * }} options `parts`: the page's parts, created after the controller because their callbacks call it;
 *   `welcome`: hidden while the view has actors; `searchInput`: shows the focus's name unless it is being typed in;
 *   `initialSelection`: the actor or relationship to select once the first view is drawn (when in it)
 */
export function createViewController({ initial, initialSelection = null, loader, status, parts, welcome, searchInput }) {
  let state = initial;
  let generation = 0;
  /** @type {string | null} the selected actor or relationship */
  let selected = initialSelection;
  /** @type {import('./merge-view.js').View} what is drawn now */
  let view = { nodes: new Map(), edges: new Map(), path: null };

  /** @param {UrlMode} mode */
  function writeUrl(mode) {
    if (mode === 'none') return;
    const url = `${location.pathname}${writeState(state)}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }

  /**
   * Loads and draws the view `state` describes.
   * @param {UrlMode} [mode] how the URL follows
   */
  async function refresh(mode = 'replace') {
    const gen = ++generation;
    writeUrl(mode);
    status.busy(+1);
    try {
      const f = filterArgs(state);
      const neighbourhoods = Promise.all(
        (state.focus ? [state.focus, ...state.expand] : []).map((id, i) =>
          // A failed expansion drops out of the view; a failed focus fails the view.
          i === 0 ? loader.neighborhood(id, f) : loader.neighborhood(id, f).catch(() => null),
        ),
      );
      const [[focusHood, ...expanded], paths] = await Promise.all([
        neighbourhoods,
        state.from && state.to ? loader.paths(state.from, state.to, f) : null,
      ]);
      if (gen !== generation) return;
      draw(focusHood, expanded, paths);
    } catch (err) {
      if (gen !== generation) return;
      const code = /** @type {{ code?: string }} */ (err).code;
      status.say(
        code === 'NOT_FOUND'
          ? `No actor “${state.focus}” in the graph.`
          : `Could not load the view: ${err instanceof Error ? err.message : String(err)}`,
        'error',
      );
      draw(null, [], null);
    } finally {
      status.busy(-1);
    }
  }

  /**
   * Merges the neighbourhoods and the chosen path into one view and shows it everywhere.
   * @param {any} focusHood
   * @param {any[]} expandedHoods
   * @param {any} paths
   */
  function draw(focusHood, expandedHoods, paths) {
    const merged = mergeView({ focusHood, expandedHoods, paths, expand: state.expand, pathIndex: state.path });
    view = { nodes: merged.nodes, edges: merged.edges, path: merged.path };
    state.expand = merged.expand;
    state.path = merged.pathIndex;
    const { graph, lists, pathFinder, search } = parts();
    const shown = {
      nodes: [...view.nodes.values()],
      edges: [...view.edges.values()],
      focus: state.focus,
      expanded: state.expand,
      path: view.path,
    };
    // The lists and legend first: the legend's height sets the canvas's, which the layout fits.
    lists.render(shown);
    pathFinder.render(merged.pathResult);
    welcome.hidden = view.nodes.size > 0;
    graph.show(shown);
    writeUrl('replace');

    const focus = state.focus ? view.nodes.get(state.focus) : null;
    if (focus && document.activeElement !== searchInput) search.setText(focus.name);
    select(selected && (view.nodes.has(selected) || view.edges.has(selected)) ? selected : null);
    const summary = viewSummary({
      focusName: focus ? focus.name : null,
      actors: view.nodes.size,
      relationships: view.edges.size,
      truncated: merged.truncated,
      first: NEIGHBORHOOD_FIRST,
    });
    if (summary) status.say(summary);
    if (view.nodes.size) status.markDrawn(graph.cy);
  }

  /**
   * Selects an actor or relationship (or nothing) and shows it in the details panel.
   * @param {string | null} id
   */
  function select(id) {
    const { graph, lists, details } = parts();
    selected = id;
    graph.select(id);
    lists.markSelected(id);
    const node = id ? view.nodes.get(id) : null;
    const edge = id ? view.edges.get(id) : null;
    if (edge) details.showRelationship(edge, (nid) => view.nodes.get(nid));
    else if (node) details.showEntity(node, { isFocus: node.id === state.focus, isExpanded: state.expand.includes(node.id) });
    else details.clear();
  }

  /**
   * Centres the view on an actor: its neighbourhood alone, nothing selected.
   * @param {string} id
   */
  function focusOn(id) {
    if (id === state.focus && !state.expand.length) return;
    state = { ...state, focus: id, expand: [] };
    selected = null;
    refresh('push');
  }

  return {
    /** The view state now (read-only by convention). */
    state: () => state,
    /** How many actors are drawn, and whether a path is. */
    drawn: () => ({ actors: view.nodes.size, hasPath: Boolean(view.path) }),
    refresh,
    select,
    focusOn,
    /**
     * Adds an actor's neighbourhood to the view (or centres on it when nothing is in focus).
     * @param {string} id
     */
    expand(id) {
      if (!state.focus) return focusOn(id);
      if (id === state.focus || state.expand.includes(id)) return;
      state = { ...state, expand: [...state.expand, id] };
      refresh('push');
    },
    /**
     * Takes an actor's neighbourhood out of the view.
     * @param {string} id
     */
    collapse(id) {
      state = { ...state, expand: state.expand.filter((x) => x !== id) };
      refresh('push');
    },
    /**
     * Changes the view state and loads the view.
     * @param {Partial<ViewState>} change
     * @param {UrlMode} mode
     */
    update(change, mode) {
      state = { ...state, ...change };
      refresh(mode);
    },
    /**
     * Shows a view state read from the URL (going back or forward), leaving the URL as it is.
     * @param {ViewState} next
     */
    restore(next) {
      state = next;
      refresh('none');
    },
  };
}
