/**
 * Step 4, the review: the draft sent to `ingestArticle(dryRun: true)`, and its answer shown as a
 * diff of the graph. A refusal lists every problem beside the field its path names (the field's
 * label and value, then the message), with a way to that field in its step; the same messages
 * stand beside the fields in the other steps until the next preview.
 */
import { fill, h } from '../../explore/js/dom.js';
import { actorOf, relationshipOf, shownName } from './draft-model.js';
import { problemsOf } from './field-errors.js';
import { toIngestInput } from './ingest-input.js';
import { INGEST } from './queries.js';
import { claimText } from './relationships-step.js';
import { resultDiff } from './result-lists.js';

/**
 * @typedef {import('./draft-model.js').Draft} Draft
 * @typedef {import('./field-errors.js').LocatedProblem} LocatedProblem
 * @typedef {import('./ingest-input.js').Place} Place
 */

/** The label of each field a problem may name. */
const LABELS = /** @type {Record<string, string>} */ ({
  id: 'Id',
  title: 'Title',
  source: 'Source',
  url: 'URL',
  publishedAt: 'Date published',
  language: 'Language',
  text: 'Text',
  note: 'Note',
  name: 'Name',
  type: 'Type',
  aliases: 'Other names',
  description: 'Description',
  target: 'Target',
  topic: 'Topic',
  role: 'Role',
  validFrom: 'Valid from',
  validTo: 'Valid to',
  status: 'Status',
  quantities: 'Amounts',
  quote: 'Quote',
});

/**
 * Whether the review shown is of the draft as it is now.
 * @param {Draft} d
 */
export function reviewIsCurrent(d) {
  return d.review !== null && d.review.inputKey === JSON.stringify(toIngestInput(d).input);
}

/**
 * The value a problem's field holds in the draft, as text.
 * @param {Draft} d
 * @param {Place} place
 * @returns {string}
 */
function valueAt(d, place) {
  const shown = (/** @type {unknown} */ v) =>
    v === null || v === undefined || v === '' ? '(empty)' : Array.isArray(v) ? JSON.stringify(v) : String(v);
  if (place.where === 'article')
    return place.field === 'text' ? `${(d.analysedText ?? '').length} characters` : shown(/** @type {any} */ (d.article)[place.field]);
  if (place.where === 'actor' && place.field) return shown(/** @type {any} */ (actorOf(d, place.key))?.[place.field]);
  if (place.where === 'relationship' && place.field) {
    const r = relationshipOf(d, place.key);
    if (!r) return '';
    if (place.field === 'source' || place.field === 'target') {
      const a = actorOf(d, r[place.field]);
      return a ? shownName(a) : '(none)';
    }
    return shown(/** @type {any} */ (r)[place.field]);
  }
  return '';
}

/**
 * What the draft calls the entities an ingest matches to the graph's, by input id: the candidates
 * merged with a known actor (under its id), by the names the text gives them.
 * @param {Draft} d
 */
export function matchedNames(d) {
  /** @type {Map<string, string[]>} */
  const names = new Map();
  for (const a of d.actors) {
    if (a.merge && a.decision === 'accepted') names.set(a.merge.id, [...(names.get(a.merge.id) ?? []), a.name]);
  }
  return new Map([...names].map(([id, n]) => [id, n.map((x) => `“${x}”`).join(', ')]));
}

/**
 * Creates step 4.
 * @param {{
 *   store: ReturnType<typeof import('./draft-store.js').createDraftStore>,
 *   api: ReturnType<typeof import('../../explore/js/api.js').createApi>,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 *   busy: <T>(work: Promise<T>) => Promise<T>,
 *   fix: (place: Place) => void,
 *   removedNames: () => Map<string, string>,
 * }} options `fix`: go to the step and field of a problem; `removedNames`: names of the relationships a re-ingest may remove
 */
export function createReviewStep({ store, api, say, busy, fix, removedNames }) {
  const body = /** @type {HTMLElement} */ (document.getElementById('review-body'));
  const next = /** @type {HTMLButtonElement} */ (document.getElementById('to-ingest'));

  /** Sends the draft as a dry run and keeps the answer, or the problems of the refusal. */
  async function preview() {
    if (!(await api.ensureKey())) {
      say('A key is needed to preview an ingest: the service runs it as a write it rolls back.', 'error');
      return;
    }
    const { input, index } = toIngestInput(store.get());
    const inputKey = JSON.stringify(input);
    try {
      const d = await busy(api.gql(INGEST, { input, dryRun: true }));
      store.change('review', (draft) => {
        draft.review = { inputKey, result: d.ingestArticle };
        draft.problems = [];
      });
      say('Preview ready: nothing was written.');
    } catch (err) {
      const problems = problemsOf(err, index);
      store.change('review', (draft) => {
        draft.review = null;
        draft.problems = problems;
      });
      const n = problems.length;
      say(
        n
          ? `The service refused the draft (${n} problem${n === 1 ? '' : 's'}); nothing was written.`
          : `The preview failed: ${err instanceof Error ? err.message : String(err)}`,
        'error',
      );
    }
  }

  /**
   * One problem: the field it names with its value, the message beside it, and the way there.
   * @param {Draft} d
   * @param {LocatedProblem} p
   */
  function problemItem(d, p) {
    const { place } = p;
    const field = 'field' in place && place.field ? place.field : null;
    const where =
      place.where === 'article'
        ? 'Article'
        : place.where === 'actor'
          ? `Actor “${actorOf(d, place.key)?.name ?? place.key}”`
          : place.where === 'relationship'
            ? (() => {
                const r = relationshipOf(d, place.key);
                return r ? `Relationship ${claimText(d, r)}` : 'Relationship';
              })()
            : 'Input';
    return h(
      'li',
      { class: 'problem', dataset: { path: p.path, code: p.code } },
      h('p', { class: 'problem-where' }, where),
      h(
        'div',
        { class: 'problem-field' },
        field ? h('span', { class: 'problem-label' }, LABELS[field] ?? field) : null,
        field ? h('span', { class: 'problem-value' }, field === 'quote' ? h('q', {}, valueAt(d, place)) : valueAt(d, place)) : null,
        h('span', { class: 'field-error' }, p.message),
      ),
      place.where === 'input' ? null : h('button', { type: 'button', class: 'link', onclick: () => fix(place) }, 'Fix it'),
    );
  }

  function render() {
    const d = store.get();
    const current = reviewIsCurrent(d);
    next.disabled = !current;
    if (current && d.review) {
      fill(body, resultDiff(d.review.result, { names: removedNames(), matched: matchedNames(d) }));
      return;
    }
    if (d.problems.length) {
      fill(
        body,
        h(
          'p',
          { class: 'notice error', role: 'alert' },
          `The service refused this draft: ${d.problems.length} problem${d.problems.length === 1 ? '' : 's'}. Nothing was written.`,
        ),
        h(
          'ul',
          { class: 'problems' },
          d.problems.map((p) => problemItem(d, p)),
        ),
      );
      return;
    }
    fill(body, h('p', { class: 'muted' }, d.review ? 'The draft changed since the last preview.' : 'No preview yet.'));
  }

  /** @type {HTMLElement} */ (document.getElementById('preview')).addEventListener('click', preview);

  return {
    render,
    preview,
    /** Entering the step: previews the draft unless the preview shown is of it. */
    enter() {
      if (!reviewIsCurrent(store.get())) preview();
    },
  };
}
