/**
 * The keys for the frequent actions (listed on the page): J / K next and previous, A accept, R
 * reject, E edit, N new from the text selected, Alt+1…5 a step. They act when the focus is not
 * in a field and no dialog is open, on the list of the step shown.
 */

/**
 * @typedef {{ next(): void, previous(): void, accept(): void, reject(): void, edit(): void, add(): void }} Actions
 */

/** @param {EventTarget | null} target */
function isField(target) {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName) || Boolean(target.closest('form.editor'));
}

/**
 * Listens for the keys on `root`.
 * @param {{ root: Document, step: () => number, actions: (step: number) => Actions | null, goTo: (step: number) => void }} options
 *   `actions`: the list actions of a step, or null when it has none (or they are paused, an editor being open)
 */
export function bindShortcuts({ root, step, actions, goTo }) {
  root.addEventListener('keydown', (e) => {
    if (e.defaultPrevented || e.isComposing || document.querySelector('dialog[open]')) return;
    if (e.altKey && !e.ctrlKey && !e.metaKey && /^Digit[1-5]$/.test(e.code)) {
      e.preventDefault();
      goTo(Number(e.code.slice(5)));
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey || isField(e.target)) return;
    const a = actions(step());
    if (!a) return;
    /** @type {Record<string, () => void>} */
    const keys = { j: a.next, k: a.previous, a: a.accept, r: a.reject, e: a.edit, n: a.add };
    const act = keys[e.key.toLowerCase()];
    if (!act || e.shiftKey) return;
    e.preventDefault();
    act();
  });
}
