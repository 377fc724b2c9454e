/**
 * Step 2, the actors: each new actor the analysis found, to accept, reject, retype, rename or
 * merge with an actor the graph knows (found by search); the known actors the text names; and
 * actors added by selecting their name in the text.
 */
import { fill, h } from '../../explore/js/dom.js';
import { styleOf, swatch } from '../../explore/js/entity-styles.js';
import { actorOf, addActor, rejectActor, renameActor } from './draft-model.js';
import { nextPending } from './relationship-rules.js';
import { errorNote, messagesAt } from './field-errors.js';
import { focusCard, keepFocus } from './keep-focus.js';
import { mergeSearch, newActorForm, typeSelect } from './actor-forms.js';

/**
 * @typedef {import('./draft-model.js').Actor} Actor
 * @typedef {import('./draft-model.js').Draft} Draft
 */

/** @param {string} id */
const el = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * Creates step 2.
 * @param {{
 *   store: ReturnType<typeof import('./draft-store.js').createDraftStore>,
 *   api: ReturnType<typeof import('../../explore/js/api.js').createApi>,
 *   entityTypes: () => string[],
 *   selection: () => { start: number, end: number } | null,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 * }} options `selection`: the text selected in the text view, as offsets
 */
export function createActorsStep({ store, api, entityTypes, selection, say }) {
  const list = el('candidate-list');
  const known = el('known-list');
  const formSlot = el('actor-form-slot');
  /** @type {string | null} the card whose merge search is open */
  let merging = null;

  /**
   * @template T
   * @param {(d: Draft) => T} fn
   * @returns {T}
   */
  const change = (fn) => store.change('actors', fn);

  /**
   * @param {Actor} a
   * @param {boolean} advance whether the next undecided actor becomes the current one
   */
  function accept(a, advance) {
    change((d) => {
      const actor = actorOf(d, a.key);
      if (actor) actor.decision = 'accepted';
      if (advance) d.current.actor = nextPending(candidates(d), a.key)?.key ?? a.key;
    });
  }

  /**
   * @param {Actor} a
   * @param {boolean} advance
   */
  function reject(a, advance) {
    const undone = change((d) => {
      const actor = actorOf(d, a.key);
      const n = actor ? rejectActor(d, actor) : 0;
      if (advance) d.current.actor = nextPending(candidates(d), a.key)?.key ?? a.key;
      return n;
    });
    if (undone) say(`${a.name} rejected: ${undone} accepted relationship${undone === 1 ? '' : 's'} with it went back to undecided.`);
  }

  /** @param {Draft} d */
  const candidates = (d) => d.actors.filter((a) => a.origin !== 'known');

  /**
   * Calls `fn` with the actor of `key`, when the draft has it.
   * @param {Draft} d
   * @param {string} key
   * @param {(actor: Actor) => void} fn
   */
  const withActor = (d, key, fn) => {
    const actor = actorOf(d, key);
    if (actor) fn(actor);
  };

  /**
   * One new actor's card.
   * @param {Actor} a
   * @param {Draft} d
   */
  function card(a, d) {
    const k = a.key;
    const problems = messagesAt(d.problems, (p) => p.where === 'actor' && p.key === k);
    const name = /** @type {HTMLInputElement} */ (
      h('input', { id: `name-${k}`, type: 'text', value: a.name, 'data-focus-id': `${k}:name`, disabled: Boolean(a.merge) })
    );
    name.addEventListener('change', () => change((x) => withActor(x, k, (actor) => renameActor(x, actor, name.value))));
    const type = typeSelect(entityTypes(), a.type, { id: `type-${k}`, 'data-focus-id': `${k}:type`, disabled: Boolean(a.merge) });
    type.addEventListener('change', () =>
      change((x) =>
        withActor(x, k, (actor) => {
          actor.type = /** @type {HTMLSelectElement} */ (type).value;
        }),
      ),
    );
    const n = a.spans.length;
    return h(
      'li',
      {
        class: `card actor-card decision-${a.decision}${d.current.actor === k ? ' current' : ''}`,
        tabindex: '-1',
        dataset: { key: k },
        'aria-label': `${a.name}, ${styleOf(a.type).label}, ${a.decision === 'pending' ? 'undecided' : a.decision}`,
      },
      h(
        'p',
        { class: 'card-head' },
        swatch(a.type, 16),
        h('strong', {}, a.name),
        h('span', { class: 'muted small' }, ` ${a.id} · named ${n} time${n === 1 ? '' : 's'}`),
        h('span', { class: `badge ${a.decision}` }, a.decision === 'pending' ? 'undecided' : a.decision),
      ),
      a.merge
        ? h(
            'p',
            { class: 'merged' },
            'Merged with ',
            h('strong', {}, a.merge.name),
            ` (${a.merge.id}, in the graph). `,
            h(
              'button',
              {
                type: 'button',
                class: 'link',
                'data-focus-id': `${k}:unmerge`,
                onclick: () =>
                  change((x) =>
                    withActor(x, k, (actor) => {
                      actor.merge = null;
                    }),
                  ),
              },
              'Undo the merge',
            ),
          )
        : null,
      h(
        'div',
        { class: 'card-fields' },
        h('div', { class: 'field' }, h('label', { for: `name-${k}` }, 'Name'), name),
        h('div', { class: 'field' }, h('label', { for: `type-${k}` }, 'Type'), type),
      ),
      errorNote(`problem-${k}`, problems),
      h(
        'div',
        { class: 'buttons' },
        h(
          'button',
          { type: 'button', 'data-focus-id': `${k}:accept`, disabled: a.decision === 'accepted', onclick: () => accept(a, false) },
          'Accept',
        ),
        h(
          'button',
          { type: 'button', 'data-focus-id': `${k}:reject`, disabled: a.decision === 'rejected', onclick: () => reject(a, false) },
          'Reject',
        ),
        a.merge
          ? null
          : h('button', { type: 'button', 'data-focus-id': `${k}:merge`, onclick: () => openMerge(k) }, 'Merge with a known actor …'),
      ),
      merging === k ? mergeBox(a) : null,
    );
  }

  /**
   * The search for the known actor to merge a candidate with.
   * @param {Actor} a
   */
  function mergeBox(a) {
    return mergeSearch({
      actor: a,
      api,
      say,
      onCancel: () => closeMerge(a.key),
      onPick: (e) => {
        merging = null;
        change((x) =>
          withActor(x, a.key, (actor) => {
            actor.merge = { id: e.id, name: e.name, type: e.type, aliases: e.aliases };
            actor.type = e.type;
            if (actor.decision === 'pending') actor.decision = 'accepted';
          }),
        );
        say(`${a.name} merged with ${e.name}.`);
      },
    });
  }

  /** @param {string} key */
  function openMerge(key) {
    merging = key;
    render();
    const input = /** @type {HTMLInputElement | null} */ (document.getElementById(`merge-${key}`));
    input?.focus();
    input?.select();
    input?.dispatchEvent(new Event('input'));
  }

  /** @param {string} key */
  function closeMerge(key) {
    merging = null;
    render();
    focusCard(list, key);
  }

  /** The form that adds an actor from the text selected. */
  function openAddForm() {
    const range = selection();
    const d = store.get();
    if (!range || !d.analysedText) {
      say('Select the actor’s name in the text first.', 'error');
      return;
    }
    const form = newActorForm({
      words: d.analysedText.slice(range.start, range.end),
      entityTypes: entityTypes(),
      onCancel: () => fill(formSlot),
      onAdd: (name, type) => {
        const added = change((x) => {
          const actor = addActor(x, { ...range, name, type });
          x.current.actor = actor.key;
          return actor;
        });
        fill(formSlot);
        say(`${added.name} added: named ${added.spans.length} time${added.spans.length === 1 ? '' : 's'} in the text.`);
        focusCard(list, added.key);
      },
    });
    fill(formSlot, form);
    /** @type {HTMLElement | null} */ (form.querySelector('#new-actor-type'))?.focus();
  }

  function render() {
    const d = store.get();
    const cands = candidates(d);
    el('candidate-count').textContent = String(cands.length);
    keepFocus(list, () => fill(list, ...cands.map((a) => card(a, d))));
    const knownActors = d.actors.filter((a) => a.origin === 'known');
    el('known-count').textContent = String(knownActors.length);
    fill(
      known,
      ...knownActors.map((a) =>
        h(
          'li',
          {},
          swatch(a.type, 14),
          h('span', {}, a.name),
          h('span', { class: 'muted small' }, ` ${styleOf(a.type).label} · named ${a.spans.length} time${a.spans.length === 1 ? '' : 's'}`),
        ),
      ),
    );
  }

  /** @param {number} step +1 or -1 */
  function move(step) {
    const d = store.get();
    const cands = candidates(d);
    if (!cands.length) return;
    const at = cands.findIndex((a) => a.key === d.current.actor);
    const next = cands[(at + step + cands.length) % cands.length];
    change((x) => void (x.current.actor = next?.key ?? null));
    focusCard(list, next?.key ?? null);
  }

  /** The current actor, for the shortcuts. */
  const current = () => {
    const d = store.get();
    return candidates(d).find((a) => a.key === d.current.actor) ?? null;
  };

  el('add-actor').addEventListener('click', openAddForm);

  return {
    render,
    /** Shows the actor of `key` (clicked in the text). @param {string} key */
    show(key) {
      const a = actorOf(store.get(), key);
      if (!a || a.origin === 'known') return;
      change((x) => void (x.current.actor = key));
      focusCard(list, key);
    },
    shortcuts: {
      next: () => move(+1),
      previous: () => move(-1),
      accept() {
        const a = current();
        if (a) accept(a, true);
        focusCard(list, store.get().current.actor);
      },
      reject() {
        const a = current();
        if (a) reject(a, true);
        focusCard(list, store.get().current.actor);
      },
      edit() {
        const a = current();
        if (a) document.getElementById(`name-${a.key}`)?.focus();
      },
      add: openAddForm,
    },
  };
}
