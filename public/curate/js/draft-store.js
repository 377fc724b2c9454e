/**
 * The one draft of the page, kept in localStorage after every change so that it survives a reload
 * (and a closed tab) until it is ingested or discarded. Parts of the page change it through
 * `change` and redraw when told.
 */
import { DRAFT_VERSION, emptyDraft } from './draft-model.js';

/** The localStorage key of the draft. */
export const DRAFT_STORAGE = 'china-peru-kg.curate.draft';

/**
 * @typedef {import('./draft-model.js').Draft} Draft
 * @typedef {(draft: Draft, what: string) => void} Listener
 */

/**
 * The stored draft, or null when there is none (or it is unreadable, or of another version).
 * @param {Storage} storage
 * @returns {Draft | null}
 */
function readStored(storage) {
  try {
    const raw = storage.getItem(DRAFT_STORAGE);
    if (!raw) return null;
    const draft = /** @type {Draft} */ (JSON.parse(raw));
    return draft && draft.version === DRAFT_VERSION ? { ...emptyDraft(), ...draft } : null;
  } catch {
    return null;
  }
}

/**
 * Creates the store, with the stored draft when there is one.
 * @param {{ storage?: Storage, onSaveError?: (err: unknown) => void }} [options] `storage` defaults to localStorage
 */
export function createDraftStore({ storage = localStorage, onSaveError = () => {} } = {}) {
  const stored = readStored(storage);
  let draft = stored ?? emptyDraft();
  /** @type {Set<Listener>} */
  const listeners = new Set();

  function save() {
    try {
      draft.savedAt = new Date().toISOString();
      storage.setItem(DRAFT_STORAGE, JSON.stringify(draft));
    } catch (err) {
      onSaveError(err);
    }
  }

  /** @param {string} what */
  function notify(what) {
    for (const l of listeners) l(draft, what);
  }

  return {
    /** Whether the page opened on a stored draft. */
    restored: stored !== null,

    /** The draft now (changed only through `change`, by convention). */
    get: () => draft,

    /**
     * Changes the draft, stores it and tells every listener.
     * @template T
     * @param {string} what a word on what changed (`article`, `actors`, `relationships`, `step`, `review` …)
     * @param {(draft: Draft) => T} fn
     * @returns {T}
     */
    change(what, fn) {
      const result = fn(draft);
      save();
      notify(what);
      return result;
    },

    /**
     * Calls `listener(draft, what)` after every change.
     * @param {Listener} listener
     */
    subscribe(listener) {
      listeners.add(listener);
    },

    /**
     * Forgets the draft (discarded, or ingested) and starts an empty one.
     * @param {Partial<Draft>} [start] fields of the new draft
     */
    reset(start = {}) {
      draft = { ...emptyDraft(), ...start };
      try {
        storage.removeItem(DRAFT_STORAGE);
      } catch (err) {
        onSaveError(err);
      }
      notify('reset');
    },

    /** Whether the draft holds anything worth keeping. */
    isEmpty: () => !draft.article.text.trim() && !draft.analysedText && !draft.article.title.trim() && !draft.article.url.trim(),
  };
}
