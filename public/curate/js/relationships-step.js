/**
 * Step 3, the relationships: the proposals with their sentences, each to accept, edit or reject
 * (by button or key), and relationships added by hand from the words selected in the text, which
 * become their quote.
 */
import { fill, h } from '../../explore/js/dom.js';
import { actorOf, relationshipOf, shownName } from './draft-model.js';
import { acceptRelationship, blocker, nextPending, relationshipFromRange, saveRelationship } from './relationship-rules.js';
import { errorNote, messagesAt } from './field-errors.js';
import { focusCard, keepFocus } from './keep-focus.js';
import { relationshipEditor } from './relationship-editor.js';

/**
 * @typedef {import('./draft-model.js').Rel} Rel
 * @typedef {import('./draft-model.js').Draft} Draft
 */

/** @param {string} id */
const el = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

/**
 * `China Three Gorges —ACQUIRED→ Luz del Sur`
 * @param {Draft} d
 * @param {Rel} r
 */
export function claimText(d, r) {
  const end = (/** @type {string} */ key) => {
    const a = actorOf(d, key);
    return a ? shownName(a) : '?';
  };
  return `${end(r.source)} —${r.type || '?'}→ ${end(r.target)}`;
}

/** The facts of a relationship worth a line, with the field each comes from. @param {Rel} r */
function facts(r) {
  const amount = (/** @type {import('./draft-model.js').Quantity} */ q) =>
    `${new Intl.NumberFormat('en', { maximumFractionDigits: 2 }).format(q.value)} ${q.unit}${q.label ? ` (${q.label})` : ''}`;
  return /** @type {[string, string, string | null][]} */ ([
    ['status', 'Status', r.status === 'REPORTED' ? null : r.status.toLowerCase()],
    ['role', 'Role', r.role],
    ['topic', 'Topic', r.topic],
    ['validFrom', 'Valid from', r.validFrom],
    ['validTo', 'Valid to', r.validTo],
    ['quantities', 'Amounts', r.quantities.length ? r.quantities.map(amount).join('; ') : null],
  ]);
}

/**
 * Creates step 3.
 * @param {{
 *   store: ReturnType<typeof import('./draft-store.js').createDraftStore>,
 *   vocabulary: () => { relationTypes: { name: string, description: string }[], statuses: string[] },
 *   selection: () => { start: number, end: number } | null,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 *   onOutline: () => void,
 * }} options `onOutline`: the quote to outline in the text changed
 */
export function createRelationshipsStep({ store, vocabulary, selection, say, onOutline }) {
  const list = el('relationship-list');
  const newSlot = el('new-relationship-slot');
  /** @type {Rel | null} the relationship in the editor (a copy), new or not */
  let editing = null;
  /** @type {HTMLFormElement | null} the editor, kept across redraws so that what is typed in it stays */
  let editorForm = null;

  /**
   * @template T
   * @param {(d: Draft) => T} fn
   * @returns {T}
   */
  const change = (fn) => store.change('relationships', fn);

  /**
   * @param {string} key
   * @param {'accept' | 'reject'} what
   * @param {boolean} advance whether the next undecided one becomes the current one
   */
  function decide(key, what, advance) {
    const why = change((d) => {
      const r = relationshipOf(d, key);
      if (!r) return null;
      const problem = what === 'accept' ? acceptRelationship(d, r) : ((r.decision = 'rejected'), null);
      if (!problem && advance) d.current.relationship = nextPending(d.relationships, key)?.key ?? key;
      return problem;
    });
    if (why) say(`Not accepted: ${why}.`, 'error');
    if (advance) focusCard(list, store.get().current.relationship);
  }

  /** @param {Rel} r */
  function edit(r) {
    editing = structuredClone(r);
    editorForm = editor(editing);
    if (relationshipOf(store.get(), r.key)) change((d) => void (d.current.relationship = r.key));
    render();
    const type = /** @type {HTMLElement | null} */ (document.getElementById(`rel-type-${r.key}`));
    type?.focus();
    type?.scrollIntoView({ block: 'nearest' });
  }

  function closeEditor() {
    const key = editing?.key ?? null;
    editing = null;
    editorForm = null;
    render();
    onOutline();
    focusCard(list, key);
  }

  /** @param {Rel} r */
  function editor(r) {
    const v = vocabulary();
    return relationshipEditor({
      original: r,
      draft: store.get(),
      relationTypes: v.relationTypes,
      statuses: v.statuses,
      problems: (f) => messagesAt(store.get().problems, (p) => p.where === 'relationship' && p.key === r.key && p.field === f),
      selection,
      onQuote: (range) => {
        if (editing) Object.assign(editing, range, { quote: (store.get().analysedText ?? '').slice(range.start, range.end) });
        onOutline();
      },
      onSave: (edited) => {
        const why = change((d) => saveRelationship(d, edited));
        if (why) return why;
        say(`Saved and accepted: ${claimText(store.get(), edited)}.`);
        change((d) => void (d.current.relationship = nextPending(d.relationships, edited.key)?.key ?? edited.key));
        closeEditor();
        return null;
      },
      onCancel: closeEditor,
    });
  }

  /** A new relationship whose quote is the text selected. */
  function addFromSelection() {
    const range = selection();
    if (!range) {
      say('Select the words that say the relationship in the text first: they become its quote.', 'error');
      return;
    }
    edit(relationshipFromRange(store.get(), range));
    onOutline();
  }

  /**
   * One relationship's card.
   * @param {Rel} r
   * @param {Draft} d
   */
  function card(r, d) {
    const k = r.key;
    const at = (/** @type {string | null} */ f) =>
      messagesAt(d.problems, (p) => p.where === 'relationship' && p.key === k && p.field === f);
    const blocked = r.decision === 'pending' ? blocker(d, r) : null;
    const label =
      r.origin === 'manual' ? 'added by hand' : `proposed${r.confidence === null ? '' : ` · confidence ${r.confidence.toFixed(2)}`}`;
    const rows = facts(r).filter(([f, , value]) => value !== null || at(f).length);
    return h(
      'li',
      {
        class: `card rel-card decision-${r.decision}${d.current.relationship === k ? ' current' : ''}`,
        tabindex: '-1',
        dataset: { key: k },
        'aria-label': `${claimText(d, r)}, ${r.decision === 'pending' ? 'undecided' : r.decision}`,
      },
      h(
        'p',
        { class: 'card-head' },
        h('strong', { class: 'claim' }, claimText(d, r)),
        h('span', { class: `badge ${r.decision}` }, r.decision === 'pending' ? 'undecided' : r.decision),
        h('span', { class: 'muted small' }, ` ${label}`),
      ),
      errorNote(`problem-${k}`, [...at(null), ...at('type'), ...at('source'), ...at('target')]),
      h('blockquote', { class: 'quote-text' }, r.quote),
      errorNote(`problem-${k}-quote`, at('quote')),
      rows.length
        ? h(
            'dl',
            { class: 'facts' },
            rows.flatMap(([f, term, value]) => [h('dt', {}, term), h('dd', {}, value ?? '—', errorNote(`problem-${k}-${f}`, at(f)))]),
          )
        : null,
      blocked ? h('p', { class: 'muted small' }, `To accept it: ${blocked}.`) : null,
      editing?.key === k && editorForm
        ? editorForm
        : h(
            'div',
            { class: 'buttons' },
            h(
              'button',
              {
                type: 'button',
                'data-focus-id': `${k}:accept`,
                disabled: r.decision === 'accepted',
                onclick: () => decide(k, 'accept', false),
              },
              'Accept',
            ),
            h('button', { type: 'button', 'data-focus-id': `${k}:edit`, onclick: () => edit(r) }, 'Edit'),
            h(
              'button',
              {
                type: 'button',
                'data-focus-id': `${k}:reject`,
                disabled: r.decision === 'rejected',
                onclick: () => decide(k, 'reject', false),
              },
              'Reject',
            ),
          ),
    );
  }

  function render() {
    const d = store.get();
    const count = (/** @type {string} */ decision) => d.relationships.filter((r) => r.decision === decision).length;
    el('relationship-counts').textContent =
      `${d.relationships.length} relationships: ${count('accepted')} accepted, ` +
      `${count('rejected')} rejected, ${count('pending')} undecided.`;
    const isNew = editing !== null && !relationshipOf(d, editing.key);
    if (isNew && editorForm) {
      if (!newSlot.contains(editorForm))
        fill(newSlot, h('div', { class: 'card rel-card new' }, h('h3', {}, 'New relationship'), editorForm));
    } else fill(newSlot);
    keepFocus(list, () => fill(list, ...d.relationships.map((r) => card(r, d))));
  }

  /** @param {number} step +1 or -1 */
  function move(step) {
    const d = store.get();
    if (!d.relationships.length) return;
    const at = d.relationships.findIndex((r) => r.key === d.current.relationship);
    const next = d.relationships[(at + step + d.relationships.length) % d.relationships.length];
    change((x) => void (x.current.relationship = next?.key ?? null));
    focusCard(list, next?.key ?? null);
    onOutline();
  }

  /** The current relationship, for the shortcuts. */
  const current = () => {
    const d = store.get();
    return d.relationships.find((r) => r.key === d.current.relationship) ?? null;
  };

  el('add-relationship').addEventListener('click', addFromSelection);

  return {
    render,
    /**
     * Opens the editor of a relationship at a field (a problem's).
     * @param {string} key
     * @param {string | null} field
     */
    open(key, field) {
      const r = relationshipOf(store.get(), key);
      if (!r) return;
      edit(r);
      const control = document.getElementById(`rel-${field ?? 'type'}-${key}`);
      control?.focus();
      control?.scrollIntoView({ block: 'center' });
    },
    /** Whether the editor is open. */
    isEditing: () => editing !== null,
    /** What the text view outlines: the quote and ends of the relationship in the editor, else of the current one. */
    outline() {
      const r = editing ?? current();
      return r ? { range: { start: r.quoteStart, end: r.quoteEnd }, ends: [r.source, r.target] } : null;
    },
    shortcuts: {
      next: () => move(+1),
      previous: () => move(-1),
      accept() {
        const r = current();
        if (r) decide(r.key, 'accept', true);
        onOutline();
      },
      reject() {
        const r = current();
        if (r) decide(r.key, 'reject', true);
        onOutline();
      },
      edit() {
        const r = current();
        if (r) edit(r);
      },
      add: addFromSelection,
    },
  };
}
