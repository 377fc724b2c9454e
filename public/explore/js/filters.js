/**
 * The filters: relation types (checkboxes from `vocabulary { relationTypes }`) and a valid-time
 * window in years (two sliders whose outer ends mean "open"), mapped to `types`, `since` and
 * `until`. Changes are reported (debounced for the sliders, which fire on every arrow key).
 */
import { debounce, fill, h } from './dom.js';

const SLIDER_COMMIT_MS = 250;

/**
 * @typedef {{ types: string[] | null, since: number | null, until: number | null }} Filters
 */

/**
 * @param {{
 *   typeBox: HTMLElement, allButton: HTMLButtonElement, noneButton: HTMLButtonElement,
 *   sinceInput: HTMLInputElement, untilInput: HTMLInputElement, sinceOut: HTMLOutputElement, untilOut: HTMLOutputElement,
 *   onChange: (filters: Filters) => void,
 * }} options
 */
export function createFilters({ typeBox, allButton, noneButton, sinceInput, untilInput, sinceOut, untilOut, onChange }) {
  /** @type {string[]} */
  let allTypes = [];
  let first = 2000;
  let last = new Date().getFullYear();

  /** @returns {HTMLInputElement[]} */
  const boxes = () => [...typeBox.querySelectorAll('input[type="checkbox"]')].map((b) => /** @type {HTMLInputElement} */ (b));

  /** @returns {Filters} */
  function read() {
    const checked = boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
    const since = Number(sinceInput.value);
    const until = Number(untilInput.value);
    return {
      types: checked.length === allTypes.length ? null : checked,
      since: since < first ? null : since,
      until: until > last ? null : until,
    };
  }

  function label() {
    const { since, until } = read();
    sinceOut.value = since === null ? 'any' : String(since);
    untilOut.value = until === null ? 'any' : String(until);
    sinceInput.setAttribute('aria-valuetext', since === null ? 'any year' : String(since));
    untilInput.setAttribute('aria-valuetext', until === null ? 'any year' : String(until));
  }

  const commit = () => onChange(read());
  const commitSoon = debounce(commit, SLIDER_COMMIT_MS);

  /** @param {HTMLInputElement} moved */
  function keepOrdered(moved) {
    // The window never turns inside out: moving one end past the other pushes it along.
    if (Number(sinceInput.value) > Number(untilInput.value)) {
      if (moved === sinceInput) untilInput.value = sinceInput.value;
      else sinceInput.value = untilInput.value;
    }
    label();
  }

  for (const input of [sinceInput, untilInput]) {
    input.addEventListener('input', () => keepOrdered(input));
    input.addEventListener('change', () => commitSoon());
  }
  typeBox.addEventListener('change', commit);
  allButton.addEventListener('click', () => {
    boxes().forEach((b) => (b.checked = true));
    commit();
  });
  noneButton.addEventListener('click', () => {
    boxes().forEach((b) => (b.checked = false));
    commit();
  });

  return {
    /**
     * Builds the controls for the relation types in use and the years that have dated claims.
     * @param {{ relationTypes: string[], firstYear: number | null }} vocabulary
     */
    setup({ relationTypes, firstYear }) {
      allTypes = [...relationTypes].sort();
      first = Math.min(firstYear ?? last - 10, last);
      // A zero-width space after each underscore lets long names (GRANTED_EXCLUSIVITY_TO) wrap at word ends.
      fill(
        typeBox,
        ...allTypes.map((t) =>
          h(
            'label',
            { class: 'check' },
            h('input', { type: 'checkbox', value: t, checked: true, name: 'types' }),
            h('span', {}, t.replaceAll('_', '_\u200b')),
          ),
        ),
      );
      // One step beyond each end stands for "open" (no since / no until).
      for (const input of [sinceInput, untilInput]) {
        input.min = String(first - 1);
        input.max = String(last + 1);
      }
      sinceInput.value = sinceInput.min;
      untilInput.value = untilInput.max;
      label();
    },

    /**
     * Shows the filters of a view (after a reload or a step back in history).
     * @param {Filters} filters
     */
    show({ types, since, until }) {
      // A shared link may name years outside the slider: widen it rather than drop them.
      if (since !== null && since < first) first = since;
      if (until !== null && until > last) last = until;
      for (const input of [sinceInput, untilInput]) {
        input.min = String(first - 1);
        input.max = String(last + 1);
      }
      const on = types ? new Set(types) : null;
      boxes().forEach((b) => (b.checked = on ? on.has(b.value) : true));
      sinceInput.value = String(since ?? first - 1);
      untilInput.value = String(until ?? last + 1);
      label();
    },

    /** @returns {Filters} */
    read,
  };
}
