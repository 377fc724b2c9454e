/**
 * Problems the service found, shown beside the fields they name: an input gets `aria-invalid` and
 * the messages in the element that describes it (`<id>-error`); a card's field gets a note right
 * after it.
 */
import { h } from '../../explore/js/dom.js';
import { placeOf } from './ingest-input.js';

/**
 * @typedef {import('./ingest-input.js').Place} Place
 * @typedef {{ path: string, code: string, message: string, place: Place }} LocatedProblem
 */

/**
 * Locates each problem of a refusal in the draft.
 * @param {{ path: string, code: string, message: string }[]} problems
 * @param {import('./ingest-input.js').InputIndex} index
 * @returns {LocatedProblem[]}
 */
export function locate(problems, index) {
  return problems.map((p) => ({ path: p.path, code: p.code, message: p.message, place: placeOf(p.path, index) }));
}

/**
 * The problems of an API error: `extensions.problems` of a refused ingest, or the one argument
 * `analyzeText` names (`article.publishedAt`), as problems of the article's fields.
 * @param {unknown} err
 * @param {import('./ingest-input.js').InputIndex} index
 * @returns {LocatedProblem[]}
 */
export function problemsOf(err, index) {
  const ext = /** @type {{ extensions?: { problems?: unknown, argument?: unknown } }} */ (err).extensions ?? {};
  if (Array.isArray(ext.problems)) return locate(/** @type {any[]} */ (ext.problems), index);
  const argument = typeof ext.argument === 'string' ? ext.argument : '';
  const field = /^article\.(\w+)$/.exec(argument)?.[1];
  if (!field) return [];
  const message = err instanceof Error ? err.message.replace(`${argument}: `, '') : String(err);
  return [{ path: argument, code: 'BAD_USER_INPUT', message, place: { where: 'article', field } }];
}

/**
 * The messages of the problems at one place of the draft.
 * @param {LocatedProblem[]} problems
 * @param {(place: Place) => boolean} at
 */
export const messagesAt = (problems, at) => problems.filter((p) => at(p.place)).map((p) => p.message);

/**
 * Shows `messages` beside an input of the page (in its `<id>-error` element), or clears them.
 * @param {HTMLElement} input
 * @param {string[]} messages
 */
export function setFieldError(input, messages) {
  const note = document.getElementById(`${input.id}-error`);
  if (messages.length) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
  if (!note) return;
  note.textContent = messages.join(' · ');
  note.hidden = messages.length === 0;
}

/**
 * A note for a field of a card, or null when there is nothing to say.
 * @param {string} id the note's id, for the field's `aria-describedby`
 * @param {string[]} messages
 * @returns {HTMLElement | null}
 */
export function errorNote(id, messages) {
  return messages.length ? h('p', { id, class: 'field-error' }, messages.join(' · ')) : null;
}
