/**
 * The key prompt: a modal dialog with a labelled password field. Resolves with the key, or null
 * when the user cancels (button or Escape).
 */

/**
 * @param {HTMLDialogElement} dialog holds a `<form method="dialog">` with `input[name=key]`, a
 *   `.key-message` paragraph, and a submit button whose value is "ok"
 * @param {boolean} refused whether a key was sent and refused
 * @param {string} [purpose] what the key is for, as the end of "This service asks for a key …"
 * @returns {Promise<string | null>}
 */
export function askForKey(dialog, refused, purpose = 'to read the graph') {
  const input = /** @type {HTMLInputElement} */ (dialog.querySelector('input[name="key"]'));
  const message = /** @type {HTMLElement} */ (dialog.querySelector('.key-message'));
  message.textContent = refused
    ? 'The service refused that key. Enter another one.'
    : `This service asks for a key ${purpose}. It is kept for this browser tab only.`;
  input.value = '';
  dialog.returnValue = '';
  return new Promise((resolve) => {
    dialog.addEventListener(
      'close',
      () => {
        const key = input.value.trim();
        input.value = '';
        resolve(dialog.returnValue === 'ok' && key ? key : null);
      },
      { once: true },
    );
    dialog.showModal();
    input.focus();
  });
}
