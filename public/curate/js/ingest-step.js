/**
 * Step 5, the ingest: the reviewed draft written for real, then what it did with a link per
 * relationship that opens it in the Explorer. The draft is then forgotten (the next one starts
 * empty); a refusal goes back to the review with its problems.
 */
import { fill, h } from '../../explore/js/dom.js';
import { problemsOf } from './field-errors.js';
import { toIngestInput } from './ingest-input.js';
import { INGEST } from './queries.js';
import { matchedNames, reviewIsCurrent } from './review-step.js';
import { resultDiff } from './result-lists.js';

/**
 * Creates step 5.
 * @param {{
 *   store: ReturnType<typeof import('./draft-store.js').createDraftStore>,
 *   api: ReturnType<typeof import('../../explore/js/api.js').createApi>,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 *   busy: <T>(work: Promise<T>) => Promise<T>,
 *   goTo: (step: number) => void,
 * }} options
 */
export function createIngestStep({ store, api, say, busy, goTo }) {
  const body = /** @type {HTMLElement} */ (document.getElementById('ingest-body'));
  /**
   * The last ingest of this page.
   * @type {{ result: import('./result-lists.js').IngestResult, title: string, matched: Map<string, string> } | null}
   */
  let done = null;

  async function ingest() {
    if (!(await api.ensureKey())) {
      say('A key is needed to ingest.', 'error');
      return;
    }
    const draft = store.get();
    const { input, index } = toIngestInput(draft);
    try {
      const d = await busy(api.gql(INGEST, { input, dryRun: false }));
      done = { result: d.ingestArticle, title: draft.article.title || draft.article.id, matched: matchedNames(draft) };
      store.reset({ step: 5 });
      say(`Ingested “${done.title}”.`);
    } catch (err) {
      const problems = problemsOf(err, index);
      store.change('review', (x) => {
        x.review = null;
        x.problems = problems;
      });
      say(`The ingest was refused: ${err instanceof Error ? err.message : String(err)}`, 'error');
      goTo(4);
    }
  }

  function render() {
    const d = store.get();
    if (done) {
      const { result, title, matched } = done;
      const n = result.createdRelationships.length + result.corroboratedRelationships.length + result.disputedRelationships.length;
      fill(
        body,
        h(
          'p',
          { class: 'notice success', role: 'status' },
          `Ingested “${title}” (article ${result.article.id}): ` +
            `${n} relationship${n === 1 ? '' : 's'} created, corroborated or disputed. Audit entry `,
          h('code', {}, result.auditId ?? ''),
          '.',
        ),
        resultDiff(result, { links: true, matched }),
        h(
          'div',
          { class: 'buttons step-actions' },
          h(
            'a',
            { href: `/curate?article=${encodeURIComponent(result.article.id)}`, class: 'button-link' },
            'Correct or retract this article',
          ),
          h('button', { type: 'button', class: 'primary', onclick: () => ((done = null), goTo(1)) }, 'Curate another article'),
        ),
      );
      return;
    }
    if (!reviewIsCurrent(d) || !d.review) {
      fill(body, h('p', { class: 'muted' }, 'Review the draft first (step 4): the ingest writes what the review showed.'));
      return;
    }
    const r = d.review.result;
    fill(
      body,
      h(
        'p',
        {},
        `Ready to write “${d.article.title || d.article.id}”: ${r.createdRelationships.length} new relationships, ` +
          `${r.corroboratedRelationships.length} corroborated, ${r.disputedRelationships.length} disputed, ` +
          `${r.createdEntities.length} new actors.`,
      ),
      h('div', { class: 'buttons' }, h('button', { type: 'button', id: 'ingest', class: 'primary', onclick: ingest }, 'Ingest')),
    );
  }

  return {
    render,
    /** Whether step 5 has something to show: a reviewed draft, or the last ingest. */
    available: () => done !== null || reviewIsCurrent(store.get()),
  };
}
