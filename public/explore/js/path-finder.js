/**
 * The path finder: two actor search boxes, the shortest path between them, and the alternatives
 * (`paths`, shortest first) to step through with Previous / Next. Each step lists its relationship,
 * which opens its evidence.
 */
import { createSearchBox } from './search-box.js';
import { fill, h } from './dom.js';

/**
 * @typedef {{ id: string, name: string }} Named
 * @typedef {{ reversed: boolean, from: { id: string }, to: { id: string }, relationship: { id: string, type: string } }} Step
 * @typedef {{ length: number, nodes: Named[], steps: Step[] }} Path
 */

/**
 * A path's identity: its relationships in order.
 * @param {Path} p
 */
export const pathKey = (p) => p.steps.map((s) => s.relationship.id).join(' ');

/**
 * The shortest path first, then the other paths without repeating it.
 * @param {Path | null} shortest
 * @param {Path[]} paths
 * @returns {Path[]}
 */
export function alternatives(shortest, paths) {
  if (!shortest) return paths;
  const key = pathKey(shortest);
  return [shortest, ...paths.filter((p) => pathKey(p) !== key)];
}

/**
 * @param {{
 *   root: HTMLElement,
 *   api: { gql(query: string, variables?: Record<string, unknown>): Promise<any> },
 *   onFind: (from: string, to: string) => void,
 *   onClear: () => void,
 *   onStep: (index: number) => void,
 *   onShowEdge: (id: string) => void,
 *   onMessage: (text: string) => void,
 * }} options
 */
export function createPathFinder({ root, api, onFind, onClear, onStep, onShowEdge, onMessage }) {
  const $ = (/** @type {string} */ sel) => /** @type {HTMLElement} */ (root.querySelector(sel));
  const findButton = /** @type {HTMLButtonElement} */ ($('.path-find'));
  const clearButton = /** @type {HTMLButtonElement} */ ($('.path-clear'));
  const prevButton = /** @type {HTMLButtonElement} */ ($('.path-prev'));
  const nextButton = /** @type {HTMLButtonElement} */ ($('.path-next'));
  const position = $('.path-position');
  const summary = $('.path-summary');
  const steps = $('.path-steps');
  const nav = $('.path-nav');

  /** @type {{ from: string | null, to: string | null }} */
  const ends = { from: null, to: null };
  let index = 0;
  let count = 0;

  const update = () => {
    findButton.disabled = !(ends.from && ends.to);
  };
  /**
   * @param {'from' | 'to'} end
   * @param {string} inputSel
   */
  const box = (end, inputSel) =>
    createSearchBox({
      input: /** @type {HTMLInputElement} */ ($(inputSel)),
      listbox: $(`${inputSel}-options`),
      api,
      onMessage,
      onPick: (e) => {
        ends[end] = e.id;
        update();
        // With both ends chosen, Enter in the second box finds the path at once.
        if (ends.from && ends.to) onFind(ends.from, ends.to);
      },
    });
  const fromBox = box('from', '#path-from');
  const toBox = box('to', '#path-to');

  findButton.addEventListener('click', () => {
    if (ends.from && ends.to) onFind(ends.from, ends.to);
  });
  clearButton.addEventListener('click', () => {
    ends.from = ends.to = null;
    fromBox.clear();
    toBox.clear();
    update();
    onClear();
  });
  prevButton.addEventListener('click', () => index > 0 && onStep(index - 1));
  nextButton.addEventListener('click', () => index < count - 1 && onStep(index + 1));

  update();
  return {
    /**
     * Sets an end from elsewhere (e.g. "Path from here" in the details panel).
     * @param {'from' | 'to'} end
     * @param {Named} entity
     */
    setEnd(end, entity) {
      ends[end] = entity.id;
      (end === 'from' ? fromBox : toBox).setText(entity.name);
      update();
    },

    /**
     * Shows the result for the current ends.
     * @param {{ from: Named | null, to: Named | null, paths: Path[], index: number } | null} result null: no path asked
     */
    render(result) {
      if (!result) {
        count = 0;
        nav.hidden = true;
        fill(summary);
        fill(steps);
        return;
      }
      if (result.from) this.setEnd('from', result.from);
      if (result.to) this.setEnd('to', result.to);
      count = result.paths.length;
      index = result.index;
      const path = result.paths[index];
      nav.hidden = count === 0;
      prevButton.disabled = index <= 0;
      nextButton.disabled = index >= count - 1;
      position.textContent = count ? `Path ${index + 1} of ${count}${index === 0 ? ' (shortest)' : ''}` : '';
      if (!path) {
        fill(summary, h('p', {}, 'No path within 4 hops under the current filters.'));
        fill(steps);
        return;
      }
      const names = new Map(path.nodes.map((n) => [n.id, n.name]));
      const nameOf = (/** @type {string} */ id) => names.get(id) ?? id;
      fill(
        summary,
        h('p', { class: 'path-line' }, path.nodes.map((n) => n.name).join(' → ')),
        h('p', { class: 'muted' }, `${path.length} ${path.length === 1 ? 'hop' : 'hops'}`),
      );
      fill(
        steps,
        ...path.steps.map((s) =>
          h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => onShowEdge(s.relationship.id) },
              s.reversed
                ? `${nameOf(s.from.id)} ←${s.relationship.type}— ${nameOf(s.to.id)}`
                : `${nameOf(s.from.id)} —${s.relationship.type}→ ${nameOf(s.to.id)}`,
            ),
          ),
        ),
      );
    },
  };
}
