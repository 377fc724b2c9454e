/**
 * The small forms of step 2: a select of entity types, the search for the known actor to merge a
 * candidate with, and the form that adds an actor from the words selected in the text.
 */
import { h } from '../../explore/js/dom.js';
import { styleOf } from '../../explore/js/entity-styles.js';
import { createSearchBox } from '../../explore/js/search-box.js';

/**
 * A select of entity types (the value first when the list lacks it).
 * @param {string[]} types
 * @param {string} value
 * @param {Record<string, unknown>} props
 * @returns {HTMLSelectElement}
 */
export function typeSelect(types, value, props) {
  const options = types.includes(value) ? types : [value, ...types];
  return /** @type {HTMLSelectElement} */ (
    h(
      'select',
      props,
      options.map((t) => h('option', { value: t, selected: t === value }, styleOf(t).label)),
    )
  );
}

/**
 * The search (a combobox over `search`) for the known actor to merge a candidate with.
 * @param {{
 *   actor: import('./draft-model.js').Actor,
 *   api: ReturnType<typeof import('../../explore/js/api.js').createApi>,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 *   onPick: (entity: { id: string, name: string, type: string, aliases: string[] }) => void,
 *   onCancel: () => void,
 * }} options
 */
export function mergeSearch({ actor, api, say, onPick, onCancel }) {
  const input = /** @type {HTMLInputElement} */ (
    h('input', {
      id: `merge-${actor.key}`,
      type: 'search',
      role: 'combobox',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': `merge-${actor.key}-options`,
      autocomplete: 'off',
      spellcheck: 'false',
      value: actor.name,
    })
  );
  const listbox = h('ul', { id: `merge-${actor.key}-options`, role: 'listbox', 'aria-label': 'Known actors', hidden: true });
  createSearchBox({ input, listbox, api, onMessage: say, onPick });
  return h(
    'div',
    { class: 'merge-box field' },
    h('label', { for: input.id }, `Known actor to merge “${actor.name}” with`),
    h('div', { class: 'combo' }, input, listbox),
    h('button', { type: 'button', class: 'link', onclick: onCancel }, 'Cancel'),
  );
}

/**
 * The form that adds an actor named by the words selected (its name, editable, and its type).
 * Ctrl+Enter adds, Escape cancels.
 * @param {{ words: string, entityTypes: string[], onAdd: (name: string, type: string) => void, onCancel: () => void }} options
 * @returns {HTMLFormElement}
 */
export function newActorForm({ words, entityTypes, onAdd, onCancel }) {
  const name = /** @type {HTMLInputElement} */ (h('input', { id: 'new-actor-name', type: 'text', value: words, required: true }));
  const type = typeSelect(entityTypes, 'ORGANIZATION', { id: 'new-actor-type' });
  const form = /** @type {HTMLFormElement} */ (
    h(
      'form',
      { class: 'card editor', 'aria-label': 'New actor' },
      h('h3', {}, `New actor: “${words}”`),
      h(
        'div',
        { class: 'card-fields' },
        h('div', { class: 'field' }, h('label', { for: name.id }, 'Name'), name),
        h('div', { class: 'field' }, h('label', { for: type.id }, 'Type'), type),
      ),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit', class: 'primary' }, 'Add the actor'),
        h('button', { type: 'button', onclick: onCancel }, 'Cancel'),
      ),
    )
  );
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (!name.value.trim()) return name.focus();
    onAdd(name.value.trim(), type.value);
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') onCancel();
    if (e.key === 'Enter' && e.ctrlKey) form.requestSubmit();
  });
  return form;
}
