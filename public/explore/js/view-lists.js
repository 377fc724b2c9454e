/**
 * The view as text: every actor and every relationship drawn in the network, as lists of buttons
 * (keyboard users and screen readers get all of it), and the legend of the types in view.
 */
import { fill, h } from './dom.js';
import { styleOf, swatch } from './entity-styles.js';
import { typeLegend } from './legend.js';

/**
 * @typedef {{ id: string, name: string, type: string }} Node
 * @typedef {{ id: string, type: string, topic: string | null, validFrom: string | null, status: string, source: { id: string }, target: {
 * id: string } }} Edge
 */

/**
 * The edge as one line of text: `Dina Boluarte —LEADS→ Peru`.
 * @param {Edge} e
 * @param {(id: string) => string} nameOf
 */
export function edgeText(e, nameOf) {
  return `${nameOf(e.source.id)} —${e.type}→ ${nameOf(e.target.id)}`;
}

/**
 * Creates the lists and the legend.
 * @param {{
 *   nodeList: HTMLElement, edgeList: HTMLElement, nodeCount: HTMLElement, edgeCount: HTMLElement, legend: HTMLElement,
 *   onNode: (id: string) => void, onEdge: (id: string) => void,
 * }} options
 */
export function createViewLists({ nodeList, edgeList, nodeCount, edgeCount, legend, onNode, onEdge }) {
  return {
    /**
     * @param {{ nodes: Node[], edges: Edge[], focus: string | null, expanded: string[], path: { nodes: string[], edges: string[] } | null
     * }} view
     */
    render({ nodes, edges, focus, expanded, path }) {
      const names = new Map(nodes.map((n) => [n.id, n.name]));
      const nameOf = (/** @type {string} */ id) => names.get(id) ?? id;
      const onPath = new Set(path ? [...path.nodes, ...path.edges] : []);
      const sortedNodes = [...nodes].sort((a, b) => Number(b.id === focus) - Number(a.id === focus) || a.name.localeCompare(b.name));
      nodeCount.textContent = String(nodes.length);
      edgeCount.textContent = String(edges.length);
      fill(
        nodeList,
        ...sortedNodes.map((n) => {
          const notes = [
            n.id === focus ? 'focus' : null,
            expanded.includes(n.id) ? 'neighbours added' : null,
            onPath.has(n.id) ? 'on the path' : null,
          ].filter(Boolean);
          return h(
            'li',
            { dataset: { id: n.id }, class: `node-item${onPath.has(n.id) ? ' on-path' : ''}` },
            swatch(n.type, 14),
            h(
              'span',
              {},
              h('button', { type: 'button', class: 'link', onclick: () => onNode(n.id) }, n.name),
              h('span', { class: 'muted' }, ` ${styleOf(n.type).label}${notes.length ? ` · ${notes.join(', ')}` : ''}`),
            ),
          );
        }),
      );
      const sortedEdges = [...edges].sort((a, b) => edgeText(a, nameOf).localeCompare(edgeText(b, nameOf)));
      fill(
        edgeList,
        ...sortedEdges.map((e) =>
          h(
            'li',
            { dataset: { id: e.id }, class: onPath.has(e.id) ? 'on-path' : null },
            h('button', { type: 'button', class: 'link', onclick: () => onEdge(e.id) }, edgeText(e, nameOf)),
            h(
              'span',
              { class: 'muted' },
              [e.topic, e.validFrom, e.status === 'REPORTED' ? null : e.status.toLowerCase()]
                .filter(Boolean)
                .map((s) => ` · ${s}`)
                .join(''),
            ),
          ),
        ),
      );
      const types = nodes.map((n) => n.type);
      fill(
        legend,
        h('h2', { class: 'visually-hidden' }, 'Legend'),
        typeLegend(types),
        h(
          'ul',
          { class: 'legend-lines' },
          h('li', {}, h('span', { class: 'line solid', 'aria-hidden': 'true' }), 'reported / confirmed'),
          h('li', {}, h('span', { class: 'line dashed', 'aria-hidden': 'true' }), 'disputed / reversed'),
          h('li', {}, h('span', { class: 'line dotted', 'aria-hidden': 'true' }), 'planned'),
          path ? h('li', {}, h('span', { class: 'line path', 'aria-hidden': 'true' }), 'path') : null,
        ),
      );
    },

    /**
     * Marks the list item of the selected element.
     * @param {string | null} id
     */
    markSelected(id) {
      for (const li of [...nodeList.children, ...edgeList.children]) {
        const button = li.querySelector('button');
        if (!button) continue;
        if (/** @type {HTMLElement} */ (li).dataset.id === id) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
      }
    },
  };
}
