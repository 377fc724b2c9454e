/** The welcome's starting points: the most central actors, one button each. */
import { fill, h } from './dom.js';
import { swatch } from './entity-styles.js';

/**
 * Shows the actors as buttons in `list`, in the order given.
 * @param {HTMLElement} list
 * @param {{ entity: { id: string, name: string, type: string } }[]} central
 * @param {(id: string) => void} onPick
 */
export function renderStarters(list, central, onPick) {
  fill(
    list,
    ...central.map((r) =>
      h(
        'li',
        {},
        h('button', { type: 'button', class: 'chip', onclick: () => onPick(r.entity.id) }, swatch(r.entity.type, 14), r.entity.name),
      ),
    ),
  );
}
