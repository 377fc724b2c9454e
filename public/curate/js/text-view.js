/**
 * The analysed text, drawn exactly as given (white space kept), with every place an actor is named
 * marked in its type's colour (solid for actors in the graph, dashed for new ones), the quote of
 * the relationship at hand outlined, and the legend of the types shown. It also reads the
 * selection as offsets into the text, which is how quotes are made: never typed.
 */
import { fill, h } from '../../explore/js/dom.js';
import { styleOf } from '../../explore/js/entity-styles.js';
import { typeLegend } from '../../explore/js/legend.js';
import { shownName } from './draft-model.js';

/**
 * @typedef {import('./draft-model.js').Actor} Actor
 * @typedef {{ start: number, end: number }} Range
 */

/**
 * The selection inside `root` as offsets into the text `root` shows (white space at either end
 * left out), or null when nothing of it is selected.
 * @param {HTMLElement} root
 * @returns {Range | null}
 */
export function selectionIn(root) {
  const sel = document.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const range = sel.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  /** @param {Node} node @param {number} offset */
  const offsetOf = (node, offset) => {
    const before = document.createRange();
    before.selectNodeContents(root);
    before.setEnd(node, offset);
    return before.toString().length;
  };
  let start = offsetOf(range.startContainer, range.startOffset);
  let end = offsetOf(range.endContainer, range.endOffset);
  const text = root.textContent ?? '';
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return end > start ? { start, end } : null;
}

/**
 * The segments of the text between every boundary of the actors' spans and the outlined range.
 * @param {number} length
 * @param {Actor[]} actors
 * @param {Range | null} outline
 */
function boundaries(length, actors, outline) {
  const cuts = new Set([0, length]);
  for (const a of actors) for (const s of a.spans) cuts.add(s.start).add(s.end);
  if (outline) cuts.add(outline.start).add(outline.end);
  return [...cuts].filter((c) => c >= 0 && c <= length).sort((a, b) => a - b);
}

/**
 * Creates the text view in `root`, its legend in `legend`.
 * @param {{ root: HTMLElement, legend: HTMLElement, onActor: (key: string) => void }} options `onActor`: a
 *   marked name was clicked (without selecting text)
 */
export function createTextView({ root, legend, onActor }) {
  root.addEventListener('click', (e) => {
    const mark = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('mark[data-actor]'));
    const sel = document.getSelection();
    if (mark?.dataset.actor && (!sel || sel.isCollapsed)) onActor(mark.dataset.actor);
  });

  return {
    /**
     * Draws the text.
     * @param {{ text: string, actors: Actor[], outline: Range | null, ends: string[] }} view `outline`: the quote
     *   of the relationship at hand; `ends`: the keys of its actors, drawn stronger
     */
    render({ text, actors, outline, ends }) {
      const shown = actors.filter((a) => a.decision !== 'rejected');
      /** @type {Map<number, Actor>} */
      const startsAt = new Map();
      for (const a of shown) for (const s of a.spans) startsAt.set(s.start, a);
      const cuts = boundaries(text.length, shown, outline);
      /** @type {Node[]} */
      const nodes = [];
      /** @type {{ actor: Actor, end: number } | null} */
      let open = null;
      for (let i = 0; i < cuts.length - 1; i++) {
        const [from, to] = [/** @type {number} */ (cuts[i]), /** @type {number} */ (cuts[i + 1])];
        if (open && from >= open.end) open = null;
        const starting = startsAt.get(from);
        if (!open && starting) open = { actor: starting, end: starting.spans.find((s) => s.start === from)?.end ?? from };
        /** @type {Node} */
        let node = document.createTextNode(text.slice(from, to));
        if (open && to <= open.end) {
          const a = open.actor;
          const mark = h(
            'mark',
            {
              class: `actor ${a.origin === 'known' || a.merge ? 'known' : 'new'}${ends.includes(a.key) ? ' end' : ''}`,
              dataset: { actor: a.key, type: a.type },
              title: `${shownName(a)} · ${styleOf(a.type).label}${a.origin === 'known' || a.merge ? '' : ' · new'}`,
            },
            node,
          );
          // CSSOM, which the page's CSP allows (a style attribute would not be).
          mark.style.setProperty('--type-color', styleOf(a.type).color);
          node = mark;
        }
        if (outline && from >= outline.start && to <= outline.end) node = h('span', { class: 'quote' }, node);
        nodes.push(node);
      }
      fill(root, ...nodes);
      fill(
        legend,
        h('h3', { class: 'visually-hidden' }, 'Legend'),
        typeLegend(shown.map((a) => a.type)),
        h(
          'ul',
          { class: 'legend-marks' },
          h('li', {}, h('span', { class: 'sample known', 'aria-hidden': 'true' }, 'Abc'), 'in the graph'),
          h('li', {}, h('span', { class: 'sample new', 'aria-hidden': 'true' }, 'Abc'), 'new'),
          h('li', {}, h('span', { class: 'sample quote', 'aria-hidden': 'true' }, 'Abc'), 'quote at hand'),
        ),
      );
    },
  };
}
