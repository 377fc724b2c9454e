/**
 * Taking an article back: a reason, whether to remove the actors it leaves with no relationship,
 * a preview (`retractArticle(dryRun: true)`) of what the retraction would do, and only then the
 * retraction itself, which can be undone (`undoRetraction`).
 */
import { fill, h } from '../../explore/js/dom.js';
import { RETRACT, UNDO_RETRACTION } from './queries.js';

/**
 * @typedef {import('./article-step.js').ExistingArticle} ExistingArticle
 * @typedef {{
 *   articleId: string, dryRun: boolean, reason: string, evidenceRemoved: number,
 *   removedRelationshipIds: string[], keptRelationshipIds: string[], restoredRelationshipIds: string[],
 *   removedAliases: { entityId: string, alias: string }[], removedDescriptionEntityIds: string[],
 *   orphanedEntityIds: string[], removedEntityIds: string[], dataVersion: string, auditId: string | null,
 * }} RetractResult
 */

/**
 * What a retraction did or would do, as a list; relationships named from the article's claims.
 * @param {RetractResult} r
 * @param {ExistingArticle} article
 */
export function retractSummary(r, article) {
  const names = new Map(article.relationships.map((x) => [x.id, `${x.source.name} —${x.type}→ ${x.target.name}`]));
  /** @param {string[]} ids */
  const rels = (ids) => ids.map((id) => names.get(id) ?? id);
  const would = r.dryRun ? 'would be' : 'were';
  /**
   * @param {string} cls
   * @param {string} label
   * @param {string[]} items
   */
  const group = (cls, label, items) =>
    items.length
      ? h(
          'div',
          { class: `retract-group ${cls}` },
          h('h4', {}, `${label} (${items.length})`),
          h(
            'ul',
            {},
            items.map((t) => h('li', {}, t)),
          ),
        )
      : null;
  return h(
    'div',
    { class: 'retract-summary' },
    h('p', {}, `${r.evidenceRemoved} quote${r.evidenceRemoved === 1 ? '' : 's'} citing the article ${would} removed.`),
    group('removed', `Relationships that ${would} removed: no other source supports them`, rels(r.removedRelationshipIds)),
    group('kept', 'Relationships that stay, supported by other sources', rels(r.keptRelationshipIds)),
    group('restored', 'Relationships back to their own status: no longer disputed', rels(r.restoredRelationshipIds)),
    group(
      'aliases',
      `Names the article added that ${would} removed`,
      r.removedAliases.map((a) => `${a.alias} (of ${a.entityId})`),
    ),
    group('descriptions', `Descriptions the article added that ${would} removed`, r.removedDescriptionEntityIds),
    group('orphans', 'Actors left with no relationship', r.orphanedEntityIds),
    group('entities', `Actors that ${would} removed`, r.removedEntityIds),
    h('p', { class: 'muted small' }, `Graph version ${r.dryRun ? 'after it' : 'now'}: `, h('code', {}, r.dataVersion.slice(0, 16)), '…'),
  );
}

/**
 * Creates the panel in `root`.
 * @param {{
 *   root: HTMLElement,
 *   api: ReturnType<typeof import('../../explore/js/api.js').createApi>,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 *   busy: <T>(work: Promise<T>) => Promise<T>,
 *   onChange: () => void,
 * }} options `onChange`: the article was retracted or put back (the page checks the graph again)
 */
export function createRetractPanel({ root, api, say, busy, onChange }) {
  /** Whether the panel shows a retraction done (which stays until the page closes it). */
  let showsDone = false;

  /**
   * Sends a retraction (or its preview).
   * @param {ExistingArticle} article
   * @param {{ reason: string, removeOrphans: boolean }} how
   * @param {boolean} dryRun
   * @returns {Promise<RetractResult | null>}
   */
  async function retract(article, how, dryRun) {
    if (!(await api.ensureKey())) {
      say('A key is needed to retract an article.', 'error');
      return null;
    }
    try {
      const d = await busy(api.gql(RETRACT, { id: article.id, ...how, dryRun }));
      return d.retractArticle;
    } catch (err) {
      say(`The retraction was refused: ${err instanceof Error ? err.message : String(err)}`, 'error');
      return null;
    }
  }

  /**
   * Shows what was retracted, with the undo.
   * @param {ExistingArticle} article
   * @param {RetractResult} result
   */
  function showDone(article, result) {
    showsDone = true;
    const undo = h('button', { type: 'button' }, 'Undo the retraction');
    undo.addEventListener('click', async () => {
      try {
        await busy(api.gql(UNDO_RETRACTION, { auditId: result.auditId }));
        fill(root, h('p', { class: 'notice' }, `The retraction of ${article.id} was undone: the article is back as it was.`));
        say(`Retraction of ${article.id} undone.`);
        onChange();
      } catch (err) {
        say(`The undo was refused: ${err instanceof Error ? err.message : String(err)}`, 'error');
      }
    });
    fill(
      root,
      h('h3', {}, `Retracted: ${article.title ?? article.id}`),
      h('p', {}, 'Audit entry ', h('code', {}, result.auditId ?? ''), ', with your reason.'),
      retractSummary(result, article),
      h('div', { class: 'buttons' }, undo),
    );
    say(`Article ${article.id} retracted.`);
    onChange();
  }

  function close() {
    showsDone = false;
    root.hidden = true;
    fill(root);
  }

  return {
    close,

    /** Closes the panel unless it shows a retraction done (the article named is gone, or another one is). */
    dismiss() {
      if (!showsDone) close();
    },

    /**
     * Opens the panel for an article of the graph.
     * @param {ExistingArticle} article
     */
    open(article) {
      showsDone = false;
      root.hidden = false;
      const reason = /** @type {HTMLTextAreaElement} */ (h('textarea', { id: 'retract-reason', rows: 2, required: true }));
      const orphans = /** @type {HTMLInputElement} */ (h('input', { id: 'retract-orphans', type: 'checkbox' }));
      const preview = h('div', { class: 'retract-preview', 'aria-live': 'polite' });
      const go = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'danger', disabled: true }, 'Retract the article'));
      /** @type {string | null} what the preview shown was asked with */
      let previewed = null;
      const how = () => ({ reason: reason.value.trim(), removeOrphans: orphans.checked });
      const stale = () => {
        go.disabled = previewed !== JSON.stringify(how());
      };
      reason.addEventListener('input', stale);
      orphans.addEventListener('change', stale);
      const previewButton = h('button', { type: 'button' }, 'Preview the retraction');
      previewButton.addEventListener('click', async () => {
        if (!how().reason) {
          fill(preview, h('p', { class: 'field-error' }, 'Give a reason: it is recorded in the audit trail.'));
          reason.focus();
          return;
        }
        const asked = JSON.stringify(how());
        const result = await retract(article, how(), true);
        if (!result) return;
        previewed = asked;
        fill(preview, h('h4', {}, 'Preview: nothing is changed yet'), retractSummary(result, article));
        stale();
      });
      go.addEventListener('click', async () => {
        const result = await retract(article, how(), false);
        if (result) showDone(article, result);
      });
      fill(
        root,
        h('h3', {}, `Retract “${article.title ?? article.id}”`),
        h(
          'p',
          { class: 'muted small' },
          'Removes the article and every quote citing it. Preview first: the retraction is done only after.',
        ),
        h('div', { class: 'field' }, h('label', { for: 'retract-reason' }, 'Reason (recorded in the audit trail)'), reason),
        h(
          'p',
          { class: 'check' },
          orphans,
          h('label', { for: 'retract-orphans' }, 'Also remove the actors it leaves with no relationship'),
        ),
        h('div', { class: 'buttons' }, previewButton, go, h('button', { type: 'button', onclick: close }, 'Cancel')),
        preview,
      );
      reason.focus();
    },
  };
}
