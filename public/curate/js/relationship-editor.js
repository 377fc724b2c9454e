/**
 * The form that edits one relationship: its type (from the vocabulary), ends and direction, role,
 * topic, dates, status and amounts. Its quote is never typed: it is the text selected in the
 * article, taken with "Use the selection as the quote", so it is verbatim by construction.
 */
import { fill, h } from '../../explore/js/dom.js';
import { actorsIn, MAX_QUOTE_WORDS, shownName, wordCount } from './draft-model.js';
import { errorNote } from './field-errors.js';

/**
 * @typedef {import('./draft-model.js').Rel} Rel
 * @typedef {import('./draft-model.js').Draft} Draft
 * @typedef {{ name: string, description: string }} RelationType
 */

/**
 * @param {string} id
 * @param {string} label
 * @param {HTMLElement} control
 * @param {string[]} messages problems the service found in this field
 */
function field(id, label, control, messages) {
  if (messages.length) {
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${id}-error`);
  }
  return h('div', { class: 'field' }, h('label', { for: id }, label), control, errorNote(`${id}-error`, messages));
}

/**
 * @param {string} id
 * @param {string | null} value
 * @param {Record<string, unknown>} [props]
 */
const text = (id, value, props = {}) =>
  /** @type {HTMLInputElement} */ (h('input', { id, type: 'text', value: value ?? '', autocomplete: 'off', ...props }));

/** @param {string} s */
const orNull = (s) => (s.trim() ? s.trim() : null);

/**
 * Creates the editor of `original` (a copy is edited; nothing changes until Save).
 * @param {{
 *   original: Rel,
 *   draft: Draft,
 *   relationTypes: RelationType[],
 *   statuses: string[],
 *   problems: (field: string | null) => string[],
 *   selection: () => { start: number, end: number } | null,
 *   onQuote: (range: { start: number, end: number }) => void,
 *   onSave: (rel: Rel) => string | null,
 *   onCancel: () => void,
 * }} options `onQuote`: the quote changed (the text view outlines it); `onSave` answers why it could not save, or null
 * @returns {HTMLFormElement}
 */
export function relationshipEditor({ original, draft, relationTypes, statuses, problems, selection, onQuote, onSave, onCancel }) {
  const rel = structuredClone(original);
  const k = rel.key;
  const usable = draft.actors.filter((a) => a.decision !== 'rejected').sort((a, b) => shownName(a).localeCompare(shownName(b)));
  /**
   * @param {string} id
   * @param {string} value
   */
  const endSelect = (id, value) =>
    /** @type {HTMLSelectElement} */ (
      h(
        'select',
        { id },
        h('option', { value: '', selected: !value }, 'Choose an actor'),
        usable.map((a) =>
          h('option', { value: a.key, selected: a.key === value }, `${shownName(a)}${a.origin === 'known' || a.merge ? '' : ' (new)'}`),
        ),
      )
    );
  const source = endSelect(`rel-source-${k}`, rel.source);
  const target = endSelect(`rel-target-${k}`, rel.target);
  const type = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: `rel-type-${k}` },
      h('option', { value: '', selected: !rel.type }, 'Choose a relation type'),
      relationTypes.map((t) => h('option', { value: t.name, title: t.description, selected: t.name === rel.type }, t.name)),
    )
  );
  const meaning = h('p', { class: 'muted small type-meaning' });
  const explain = () => fill(meaning, relationTypes.find((t) => t.name === type.value)?.description ?? '');
  type.addEventListener('change', explain);
  explain();
  const status = /** @type {HTMLSelectElement} */ (
    h(
      'select',
      { id: `rel-status-${k}` },
      statuses.map((s) => h('option', { value: s, selected: s === rel.status }, s.toLowerCase())),
    )
  );
  const role = text(`rel-role-${k}`, rel.role, { placeholder: 'President, chairman …' });
  const topic = text(`rel-topic-${k}`, rel.topic, { placeholder: 'what it is about, when it matters' });
  const validFrom = text(`rel-validFrom-${k}`, rel.validFrom, { placeholder: '2025-03-11, 2025-03 or 2025', inputmode: 'numeric' });
  const validTo = text(`rel-validTo-${k}`, rel.validTo, { placeholder: 'when it ended', inputmode: 'numeric' });

  // The ends, in one click each: every actor named in the quote, with a button for either end.
  const chips = h('div', { class: 'chips' });
  /** @type {{ button: HTMLElement, end: HTMLSelectElement, key: string }[]} */
  let endButtons = [];
  /** Marks the buttons of the actors that are the ends now. */
  const markChips = () => {
    for (const b of endButtons) b.button.setAttribute('aria-pressed', String(b.end.value === b.key));
  };
  function drawChips() {
    const named = actorsIn(draft, rel.quoteStart, rel.quoteEnd);
    endButtons = named.flatMap((a) =>
      /** @type {const} */ ([
        [source, 'source'],
        [target, 'target'],
      ]).map(([end, label]) => ({
        key: a.key,
        end,
        button: h(
          'button',
          {
            type: 'button',
            'aria-label': `${shownName(a)} as ${label}`,
            onclick: () => {
              end.value = a.key;
              markChips();
            },
          },
          label,
        ),
      })),
    );
    fill(
      chips,
      named.length ? h('span', { class: 'muted small' }, 'Named in the quote:') : null,
      ...named.map((a) => h('span', { class: 'chip' }, shownName(a), ...endButtons.filter((b) => b.key === a.key).map((b) => b.button))),
    );
    markChips();
  }
  drawChips();
  source.addEventListener('change', markChips);
  target.addEventListener('change', markChips);

  const quote = h('blockquote', { class: 'quote-text', id: `rel-quote-${k}` }, rel.quote);
  const words = h('p', { class: 'muted small' });
  const countWords = () => {
    const n = wordCount(rel.quote);
    const tooLong = n > MAX_QUOTE_WORDS ? `: ingest takes at most ${MAX_QUOTE_WORDS}, select fewer` : '';
    words.textContent = `${n} word${n === 1 ? '' : 's'}${tooLong}`;
    words.classList.toggle('field-error', n > MAX_QUOTE_WORDS);
  };
  countWords();
  const useSelection = h('button', { type: 'button' }, 'Use the text selected as the quote');
  useSelection.addEventListener('click', () => {
    const range = selection();
    if (!range) {
      words.textContent = 'Select the words in the text first.';
      return;
    }
    rel.quoteStart = range.start;
    rel.quoteEnd = range.end;
    rel.quote = (draft.analysedText ?? '').slice(range.start, range.end);
    quote.textContent = rel.quote;
    countWords();
    drawChips();
    onQuote(range);
  });

  // Amounts: value, unit, label; rows added and removed in place.
  const amounts = h('div', { class: 'amounts' });
  let rows = 0;
  /** @param {{ value: number | null, unit: string, label: string | null }} q */
  function amountRow(q) {
    const i = rows++;
    const row = h(
      'div',
      { class: 'amount' },
      h('label', { for: `q-value-${k}-${i}` }, 'Amount'),
      h('input', { id: `q-value-${k}-${i}`, class: 'q-value', type: 'number', step: 'any', value: q.value ?? '' }),
      h('label', { for: `q-unit-${k}-${i}` }, 'Unit'),
      h('input', { id: `q-unit-${k}-${i}`, class: 'q-unit', type: 'text', value: q.unit, placeholder: 'USD, %' }),
      h('label', { for: `q-label-${k}-${i}` }, 'Label'),
      h('input', { id: `q-label-${k}-${i}`, class: 'q-label', type: 'text', value: q.label ?? '' }),
    );
    row.append(h('button', { type: 'button', class: 'link', onclick: () => row.remove() }, 'Remove'));
    amounts.append(row);
  }
  rel.quantities.forEach(amountRow);
  const addAmount = h('button', { type: 'button', onclick: () => amountRow({ value: null, unit: '', label: null }) }, 'Add an amount');

  const why = h('p', { class: 'field-error', role: 'alert', hidden: true });
  const form = /** @type {HTMLFormElement} */ (
    h(
      'form',
      { class: 'editor', 'aria-label': rel.origin === 'manual' ? 'New relationship' : 'Edit the relationship' },
      h('div', { class: 'field' }, h('span', { class: 'label' }, 'Quote (the text selected)'), quote, words, useSelection),
      errorNote(`rel-quote-${k}-error`, problems('quote')),
      chips,
      h(
        'div',
        { class: 'ends' },
        field(source.id, 'Source', source, problems('source')),
        h(
          'button',
          {
            type: 'button',
            class: 'swap',
            'aria-label': 'Swap source and target',
            onclick: () => {
              [source.value, target.value] = [target.value, source.value];
              markChips();
            },
          },
          '⇄',
        ),
        field(target.id, 'Target', target, problems('target')),
      ),
      field(type.id, 'Relation type', type, problems('type')),
      meaning,
      h(
        'div',
        { class: 'card-fields' },
        field(status.id, 'Status', status, problems('status')),
        field(role.id, 'Role', role, problems('role')),
        field(topic.id, 'Topic', topic, problems('topic')),
        field(validFrom.id, 'Valid from', validFrom, problems('validFrom')),
        field(validTo.id, 'Valid to', validTo, problems('validTo')),
      ),
      h(
        'fieldset',
        { class: 'amounts-box' },
        h('legend', {}, 'Amounts'),
        amounts,
        addAmount,
        errorNote(`rel-quantities-${k}-error`, problems('quantities')),
      ),
      why,
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'submit', class: 'primary' }, 'Save and accept'),
        h('button', { type: 'button', onclick: onCancel }, 'Cancel'),
      ),
    )
  );

  /** The form's values as a relationship. */
  function read() {
    return {
      ...rel,
      type: type.value,
      source: source.value,
      target: target.value,
      status: status.value,
      role: orNull(role.value),
      topic: orNull(topic.value),
      validFrom: orNull(validFrom.value),
      validTo: orNull(validTo.value),
      quantities: [...amounts.querySelectorAll('.amount')].flatMap((row) => {
        const value = /** @type {HTMLInputElement} */ (row.querySelector('.q-value')).value;
        const unit = /** @type {HTMLInputElement} */ (row.querySelector('.q-unit')).value.trim();
        const label = /** @type {HTMLInputElement} */ (row.querySelector('.q-label')).value;
        return value === '' && !unit ? [] : [{ value: Number(value), unit, label: orNull(label) }];
      }),
    };
  }

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const problem = onSave(read());
    why.hidden = !problem;
    why.textContent = problem ? `Not saved: ${problem}.` : '';
  });
  form.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  return form;
}
