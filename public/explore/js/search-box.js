/**
 * An actor search box (ARIA 1.2 combobox with a list box): suggestions from `search(text, first: 8)`
 * as one types (debounced), arrow keys to move, Enter to open the highlighted or else the top
 * suggestion, Escape to close. Used for the main search and for both ends of the path finder.
 */
import { SEARCH } from './queries.js';
import { styleOf, swatch } from './entity-styles.js';
import { debounce, fill, h } from './dom.js';

const DEBOUNCE_MS = 180;
const MAX_ALIASES = 3;

/**
 * @typedef {{ id: string, name: string, type: string, aliases: string[] }} Suggestion
 */

/**
 * Turns an `<input role="combobox">` and its `<ul role="listbox">` into an actor search.
 * @param {{
 *   input: HTMLInputElement,
 *   listbox: HTMLElement,
 *   api: { gql(query: string, variables?: Record<string, unknown>): Promise<any> },
 *   onPick: (entity: Suggestion) => void,
 *   onMessage?: (text: string) => void,
 * }} options `onMessage` reports "no match" and errors
 */
export function createSearchBox({ input, listbox, api, onPick, onMessage = () => {} }) {
  /** @type {Suggestion[]} */
  let options = [];
  /** the text the options are for */
  let optionsFor = '';
  let active = -1;
  let sequence = 0;

  /**
   * Asks for suggestions; only the answer to the latest question is shown.
   * @param {string} text
   * @returns {Promise<Suggestion[]>}
   */
  async function lookUp(text) {
    const mine = ++sequence;
    const trimmed = text.trim();
    if (!trimmed) return [];
    try {
      const data = await api.gql(SEARCH, { text: trimmed.slice(0, 500) });
      if (mine === sequence) show(data.search, text);
      return data.search;
    } catch (err) {
      onMessage(`Search failed: ${err instanceof Error ? err.message : String(err)}`);
      return [];
    }
  }
  const lookUpSoon = debounce(lookUp, DEBOUNCE_MS);

  /**
   * @param {Suggestion[]} found
   * @param {string} text
   */
  function show(found, text) {
    options = found;
    optionsFor = text;
    active = -1;
    const base = listbox.id;
    fill(
      listbox,
      ...found.map((e, i) =>
        h(
          'li',
          { id: `${base}-${i}`, role: 'option', 'aria-selected': 'false', dataset: { id: e.id } },
          swatch(e.type, 14),
          h('span', { class: 'option-name' }, e.name),
          h('span', { class: 'option-type' }, styleOf(e.type).label),
          e.aliases.length ? h('span', { class: 'option-aliases' }, e.aliases.slice(0, MAX_ALIASES).join(' · ')) : null,
        ),
      ),
    );
    if (!found.length && text.trim()) {
      listbox.append(
        h(
          'li',
          { class: 'no-match', role: 'option', 'aria-disabled': 'true', 'aria-selected': 'false' },
          `No actor matches “${text.trim()}”`,
        ),
      );
    }
    setOpen(document.activeElement === input && listbox.children.length > 0);
  }

  /** @param {boolean} open */
  function setOpen(open) {
    listbox.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (!open) input.removeAttribute('aria-activedescendant');
  }

  /** @param {number} i */
  function highlight(i) {
    active = i;
    [...listbox.children].forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    const li = listbox.children[i];
    if (li) {
      input.setAttribute('aria-activedescendant', li.id);
      li.scrollIntoView({ block: 'nearest' });
    }
  }

  /** @param {Suggestion} entity */
  function pick(entity) {
    lookUpSoon.cancel();
    sequence++;
    input.value = entity.name;
    setOpen(false);
    onPick(entity);
  }

  input.addEventListener('input', () => {
    if (input.value.trim()) lookUpSoon(input.value);
    else {
      lookUpSoon.cancel();
      sequence++;
      show([], '');
    }
  });
  input.addEventListener('keydown', async (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      setOpen(true);
      const step = e.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const text = input.value;
      if (!text.trim()) return;
      // Enter before the suggestions arrived: ask now and open the top one.
      const found = optionsFor === text ? options : await lookUp(text);
      const chosen = found[active >= 0 && optionsFor === text ? active : 0];
      if (chosen) pick(chosen);
      else onMessage(`No actor matches “${text.trim()}”.`);
    } else if (e.key === 'Escape') {
      if (!listbox.hidden) {
        e.preventDefault();
        setOpen(false);
      }
    }
  });
  input.addEventListener('focus', () => setOpen(options.length > 0 && optionsFor === input.value));
  input.addEventListener('blur', () => setOpen(false));
  // mousedown, not click: picking must happen before the input loses focus and closes the list.
  listbox.addEventListener('mousedown', (e) => {
    const li = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (e.target).closest('li[data-id]'));
    if (!li) return;
    e.preventDefault();
    const chosen = options.find((o) => o.id === li.dataset.id);
    if (chosen) pick(chosen);
  });

  return {
    /**
     * Shows a name in the box without searching (e.g. the focus after a reload).
     * @param {string} name
     */
    setText(name) {
      input.value = name;
      optionsFor = '';
      options = [];
    },
    clear() {
      input.value = '';
      show([], '');
    },
  };
}
