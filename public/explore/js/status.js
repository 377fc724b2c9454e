/**
 * What the page tells its reader and its tests: the status line, whether something is loading
 * (`data-busy` on the page, `aria-busy` on the network), and when the first graph was drawn.
 */

/**
 * `1 actor`, `2 actors`.
 * @param {number} n
 * @param {string} noun
 */
export const count = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/**
 * The status line for a drawn view: the focus's name, the counts, and a note when a neighbourhood
 * was cut at `first` relationships; the counts alone without a focus; null for an empty view
 * without a focus (the line keeps what it said).
 * @param {{ focusName: string | null, actors: number, relationships: number, truncated: boolean, first: number }} view
 * @returns {string | null}
 */
export function viewSummary({ focusName, actors, relationships, truncated, first }) {
  const counts = `${count(actors, 'actor')}, ${count(relationships, 'relationship')} in view.`;
  if (focusName !== null) {
    const cut = truncated ? ` Only the first ${first} relationships of a neighbourhood are shown.` : '';
    return `${focusName}: ${counts}${cut}`;
  }
  return actors ? counts : null;
}

/**
 * Creates the page's status.
 * @param {{ status: HTMLElement, wrap: HTMLElement }} elements the status line, and the network's wrapper
 */
export function createStatus({ status, wrap }) {
  let pending = 0;
  let firstDrawn = false;
  return {
    /**
     * Says something in the status line.
     * @param {string} text
     * @param {'info' | 'error'} [kind]
     */
    say(text, kind = 'info') {
      status.textContent = text;
      status.dataset.kind = kind;
    },

    /**
     * Counts loads in progress up (+1) or down (-1); the page is busy while any is.
     * @param {number} delta
     */
    busy(delta) {
      pending += delta;
      document.documentElement.dataset.busy = String(pending > 0);
      wrap.setAttribute('aria-busy', String(pending > 0));
    },

    /**
     * Records when the first graph reached the screen (read by bench/explorer.ts); later calls do nothing.
     * @param {import('cytoscape').Core} cy
     */
    markDrawn(cy) {
      if (firstDrawn) return;
      firstDrawn = true;
      cy.one('render', () => {
        performance.mark('explorer:first-graph');
        document.documentElement.dataset.drawn = 'true';
      });
      cy.forceRender?.();
    },
  };
}
