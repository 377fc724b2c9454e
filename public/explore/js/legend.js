/**
 * The legend of entity types: each type's shape and colour with its name, drawn by swatch(), so
 * every page that colours actors by type (the Explorer's network, the curation page's text) shows
 * the same legend.
 */
import { h } from './dom.js';
import { styleOf, swatch } from './entity-styles.js';

/**
 * A list of the types given, in name order, each with its swatch and label.
 * @param {Iterable<string>} types entity types (repeats are shown once)
 * @returns {HTMLElement} a `ul.legend-types`
 */
export function typeLegend(types) {
  const sorted = [...new Set(types)].sort();
  return h(
    'ul',
    { class: 'legend-types' },
    sorted.map((t) => h('li', { dataset: { type: t } }, swatch(t, 14), styleOf(t).label)),
  );
}
