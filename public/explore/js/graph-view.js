/**
 * The network view: Cytoscape.js on a 2D canvas. It draws what it is given (entities and
 * relationships), keeps positions when only edges change, lays the view out again when actors come
 * or go, and highlights a path. Interaction is reported through callbacks.
 */
import cytoscape from '../vendor/cytoscape.esm.min.mjs';
import { typeStyleRules } from './entity-styles.js';

const PATH_COLOR = '#e8590c';
/** Below this canvas width, the view is never zoomed out past READABLE_ZOOM. */
const NARROW_PX = 600;
const READABLE_ZOOM = 0.75;
const SELECT_COLOR = '#1c4fa0';

/** @type {any[]} Cytoscape stylesheet */
const STYLE = [
  {
    selector: 'node',
    style: {
      label: 'data(name)',
      width: 30,
      height: 30,
      'background-color': '#808080',
      'border-width': 1.5,
      'border-color': '#2b2b2b',
      color: '#1d1d1f',
      'font-size': 13,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", sans-serif',
      'text-valign': 'bottom',
      'text-margin-y': 5,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-outline-color': '#ffffff',
      'text-outline-width': 2.5,
      'min-zoomed-font-size': 6,
    },
  },
  ...typeStyleRules(),
  { selector: 'node.focus', style: { width: 44, height: 44, 'border-width': 3, 'font-weight': 'bold', 'font-size': 14 } },
  { selector: 'node.expanded', style: { 'border-width': 3, 'border-style': 'double' } },
  {
    selector: 'edge',
    style: {
      label: 'data(type)',
      width: 1.6,
      'curve-style': 'bezier',
      'line-color': '#8b93a1',
      'target-arrow-shape': 'triangle',
      'target-arrow-color': '#8b93a1',
      'arrow-scale': 0.9,
      'font-size': 10,
      color: '#3a3f47',
      'text-rotation': 'autorotate',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 1.5,
      'min-zoomed-font-size': 7,
    },
  },
  { selector: 'edge[status = "DISPUTED"], edge[status = "REVERSED"]', style: { 'line-style': 'dashed' } },
  { selector: 'edge[status = "PLANNED"]', style: { 'line-style': 'dotted' } },
  { selector: '.faded', style: { opacity: 0.3 } },
  { selector: 'node.path', style: { 'border-color': PATH_COLOR, 'border-width': 5 } },
  {
    selector: 'edge.path',
    style: { width: 5, 'line-color': PATH_COLOR, 'target-arrow-color': PATH_COLOR, color: '#9c3a00', 'font-weight': 'bold', 'z-index': 10 },
  },
  { selector: 'node:selected', style: { 'overlay-color': SELECT_COLOR, 'overlay-opacity': 0.18, 'overlay-padding': 6 } },
  {
    selector: 'edge:selected',
    style: {
      width: 4,
      'line-color': SELECT_COLOR,
      'target-arrow-color': SELECT_COLOR,
      color: SELECT_COLOR,
      'font-weight': 'bold',
      'z-index': 20,
    },
  },
];

/**
 * @typedef {{ id: string, name: string, type: string }} NodeData
 * @typedef {{ id: string, type: string, source: { id: string }, target: { id: string }, status: string }} EdgeData
 */

/**
 * An element's data without the keys Cytoscape does not let change after creation.
 * @param {Record<string, unknown>} data
 */
function mutable({ id: _id, source: _source, target: _target, ...rest }) {
  return rest;
}

/**
 * Creates the view in `container`.
 * @param {{
 *   container: HTMLElement,
 *   onNodeTap: (id: string) => void,
 *   onNodeDoubleTap: (id: string) => void,
 *   onEdgeTap: (id: string) => void,
 *   onBackgroundTap: () => void,
 * }} options
 */
export function createGraphView({ container, onNodeTap, onNodeDoubleTap, onEdgeTap, onBackgroundTap }) {
  const cy = cytoscape({ container, style: STYLE, minZoom: 0.15, maxZoom: 2.5, boxSelectionEnabled: false, selectionType: 'single' });
  cy.on('tap', 'node', (e) => onNodeTap(e.target.id()));
  cy.on('dbltap', 'node', (e) => onNodeDoubleTap(e.target.id()));
  cy.on('tap', 'edge', (e) => onEdgeTap(e.target.id()));
  cy.on('tap', (e) => {
    if (e.target === cy) onBackgroundTap();
  });
  // Cytoscape follows window resizes itself, not a container that changes size with the page.
  new ResizeObserver(() => cy.resize()).observe(container);

  /**
   * Shows exactly these elements: removes the others, adds the new, refreshes the data of the rest.
   * Lays out again (around the focus) when the set of actors changed.
   * @param {{ nodes: NodeData[], edges: EdgeData[], focus: string | null, expanded: string[], path: { nodes: string[], edges: string[] } |
   * null }} view
   * @returns {boolean} whether actors came or went
   */
  function show({ nodes, edges, focus, expanded, path }) {
    cy.resize(); // the canvas may have changed size with the page around it
    const wanted = new Set([...nodes.map((n) => n.id), ...edges.map((e) => e.id)]);
    let changed = false;
    cy.batch(() => {
      const gone = cy.elements().filter((el) => !wanted.has(el.id()));
      if (gone.nodes().nonempty()) changed = true;
      gone.remove();
      for (const n of nodes) {
        const el = cy.getElementById(n.id);
        if (el.nonempty()) el.data(mutable(n));
        else {
          cy.add({ group: 'nodes', data: { ...n } });
          changed = true;
        }
      }
      for (const e of edges) {
        const el = cy.getElementById(e.id);
        const data = { ...e, source: e.source.id, target: e.target.id };
        if (el.nonempty()) el.data(mutable(data));
        else cy.add({ group: 'edges', data });
      }
      cy.elements().removeClass('focus expanded path faded');
      if (focus) cy.getElementById(focus).addClass('focus');
      for (const id of expanded) cy.getElementById(id).addClass('expanded');
      if (path) {
        const on = new Set([...path.nodes, ...path.edges]);
        cy.elements().forEach((el) => {
          el.addClass(on.has(el.id()) ? 'path' : 'faded');
        });
      }
    });
    if (changed) layout(focus);
    return changed;
  }

  /**
   * Concentric rings by hops from the focus (breadth-first, so neighbours sit near the actor
   * that brought them in). A view beyond one ring (added neighbourhoods, a path) is then relaxed
   * by a force-directed pass started from those rings, which untangles crossings and keeps nodes
   * off the lines of others. Neither pass draws at random (the force pass starts from the rings),
   * so a shared link draws the same picture.
   * @param {string | null} focus
   */
  function layout(focus) {
    if (cy.nodes().empty()) return;
    const root = focus ? cy.getElementById(focus) : cy.collection();
    const rings = /** @type {any} */ ({
      name: 'breadthfirst',
      circle: true,
      directed: false,
      roots: root.nonempty() ? root : undefined,
      spacingFactor: cy.nodes().length <= 2 ? 2 : 1.05,
      avoidOverlap: true,
      animate: false,
      fit: true,
      padding: 36,
    });
    cy.layout(rings).run();
    const beyondOneRing =
      root.nonempty() &&
      cy.nodes().some((ele) => {
        // Cytoscape's types give `some` any element; these are nodes.
        const n = /** @type {import('cytoscape').NodeSingular} */ (ele);
        return n.id() !== root.id() && n.edgesWith(root).empty();
      });
    if (beyondOneRing) relax();
    // Fit again with the labels counted, so no name is cut at the canvas edge.
    cy.fit(undefined, 24);
    // On a narrow screen a fitted view can shrink names below reading size: keep them readable,
    // centred on the path or the focus (the rest is a drag away, and listed as text below).
    if (cy.width() < NARROW_PX && cy.zoom() < READABLE_ZOOM) {
      const path = cy.elements('.path');
      cy.zoom(READABLE_ZOOM);
      cy.center(path.nonempty() ? path : root.nonempty() ? root : undefined);
    }
  }

  /** The force-directed pass, from the current positions. */
  function relax() {
    cy.layout(
      /** @type {any} */ ({
        name: 'cose',
        randomize: false,
        animate: false,
        fit: true,
        padding: 36,
        nodeDimensionsIncludeLabels: true,
        idealEdgeLength: () => 55,
        nodeRepulsion: () => 200000,
        nodeOverlap: 20,
        edgeElasticity: () => 100,
        gravity: 2,
        numIter: 1500,
      }),
    ).run();
  }

  return {
    cy,
    show,
    /** Lays the view out again and fits it. */
    relayout: () => layout(cy.nodes('.focus').first().id() || null),
    /**
     * Selects one element (and nothing else), or none.
     * @param {string | null} id
     */
    select(id) {
      cy.elements(':selected').unselect();
      if (id) cy.getElementById(id).select();
    },
    /** Fits the view to the highlighted path, or to everything. */
    fit() {
      const path = cy.elements('.path');
      cy.fit(path.nonempty() ? path : undefined, 40);
    },
  };
}
