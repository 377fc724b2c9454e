/**
 * Redrawing a list without losing the keyboard's place: controls carry `data-focus-id`, and the
 * control that had the focus before a redraw gets it back after (or the card of the same key).
 */

/**
 * Runs `draw`, then gives the focus back to what had it inside `container`: the same element when
 * the redraw kept it (moved into a new card), else the control of the same `data-focus-id`.
 * @param {HTMLElement} container
 * @param {() => void} draw
 */
export function keepFocus(container, draw) {
  const active = document.activeElement;
  const inside = active instanceof HTMLElement && container.contains(active) ? active : null;
  draw();
  if (!inside) return;
  if (inside.isConnected) {
    if (document.activeElement !== inside) inside.focus({ preventScroll: true });
    return;
  }
  const { focusId, key } = inside.dataset;
  const selector = focusId ? `[data-focus-id="${CSS.escape(focusId)}"]` : key ? `[data-key="${CSS.escape(key)}"]` : null;
  const again = selector ? /** @type {HTMLElement | null} */ (container.querySelector(selector)) : null;
  again?.focus({ preventScroll: true });
}

/**
 * Focuses the card of `key` in `container` and brings it into view.
 * @param {HTMLElement} container
 * @param {string | null} key
 */
export function focusCard(container, key) {
  if (!key) return;
  const card = /** @type {HTMLElement | null} */ (container.querySelector(`[data-key="${CSS.escape(key)}"]`));
  if (!card) return;
  card.focus({ preventScroll: true });
  card.scrollIntoView({ block: 'nearest' });
}
