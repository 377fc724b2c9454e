/**
 * Step 1, the article: its text (pasted, or read from a .txt or .md file) and where it comes from.
 * As the id or the URL is typed, the graph is asked whether it holds that article already (a
 * re-ingest replaces that article's claims, and it may be retracted instead). "Analyse" sends
 * the text to analyzeText and moves on to the actors.
 */
import { debounce, fill, h } from '../../explore/js/dom.js';
import { ANALYZE, EXISTING_ARTICLE } from './queries.js';
import { applyAnalysis, suggestedArticleId } from './analysis.js';
import { messagesAt, problemsOf, setFieldError } from './field-errors.js';

/** The fields of the form, by the name of the article field each holds. */
const FIELDS = /** @type {const} */ (['title', 'source', 'url', 'publishedAt', 'language', 'id']);

/**
 * @typedef {{ id: string, title: string | null, source: string, url: string | null, publishedAt: string | null, language: string,
 *   relationships: { id: string, type: string, source: { id: string, name: string }, target: { id: string, name: string } }[],
 * }} ExistingArticle
 */

/** @param {string} id */
const $ = (id) => /** @type {HTMLInputElement} */ (document.getElementById(id));

/**
 * Creates step 1.
 * @param {{
 *   store: ReturnType<typeof import('./draft-store.js').createDraftStore>,
 *   api: ReturnType<typeof import('../../explore/js/api.js').createApi>,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 *   busy: <T>(work: Promise<T>) => Promise<T>,
 *   goTo: (step: number) => void,
 *   retractPanel: ReturnType<typeof import('./retract-panel.js').createRetractPanel>,
 * }} options
 */
export function createArticleStep({ store, api, say, busy, goTo, retractPanel }) {
  const textInput = /** @type {HTMLTextAreaElement} */ (/** @type {unknown} */ ($('article-text-input')));
  const fileInput = $('article-file');
  const notice = /** @type {HTMLElement} */ (document.getElementById('existing-article'));
  const locked = /** @type {HTMLElement} */ (document.getElementById('text-locked'));
  let lookup = 0;
  /** @type {ExistingArticle | null} the article of the graph the form's id or URL names */
  let existing = null;

  /** Writes the draft's article into the form (fields being typed in are left alone). */
  function show() {
    const d = store.get();
    for (const f of FIELDS) {
      const input = $(`article-${f}`);
      if (document.activeElement !== input && input.value !== d.article[f]) input.value = d.article[f];
      setFieldError(
        input,
        messagesAt(d.problems, (p) => p.where === 'article' && p.field === f),
      );
    }
    const text = d.analysedText ?? d.article.text;
    if (document.activeElement !== textInput && textInput.value !== text) textInput.value = text;
    textInput.readOnly = d.analysedText !== null;
    locked.hidden = d.analysedText === null;
    setFieldError(
      textInput,
      messagesAt(d.problems, (p) => p.where === 'article' && p.field === 'text'),
    );
  }

  /** Asks the graph for an article with the form's id or URL, and says what it found. */
  const checkExisting = debounce(async () => {
    const mine = ++lookup;
    const { id, url } = store.get().article;
    const [byId, byUrl] = [/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id.trim()), /^https?:\/\/\S+$/.test(url.trim())];
    if (!byId && !byUrl) return showExisting(null, '');
    try {
      const d = await api.gql(EXISTING_ARTICLE, { id: id.trim(), url: url.trim(), byId, byUrl });
      if (mine !== lookup) return;
      /** @type {ExistingArticle | null} */
      const found = d.byId ?? d.byUrl ?? null;
      showExisting(found, d.byId ? 'id' : 'URL');
    } catch (err) {
      if (mine === lookup)
        say(`Could not check whether the article is in the graph: ${err instanceof Error ? err.message : String(err)}`, 'error');
    }
  }, 250);

  /**
   * @param {ExistingArticle | null} found
   * @param {string} by `id` or `URL`
   */
  function showExisting(found, by) {
    existing = found;
    notice.hidden = !found;
    if (!found) {
      fill(notice);
      retractPanel.dismiss();
      return;
    }
    const n = found.relationships.length;
    const sameId = found.id === store.get().article.id.trim();
    fill(
      notice,
      h(
        'p',
        {},
        h('strong', {}, `An article with this ${by} is already in the graph: `),
        `“${found.title ?? found.id}” (${[found.source, found.publishedAt].filter(Boolean).join(', ')}), id `,
        h('code', {}, found.id),
        `, supporting ${n} relationship${n === 1 ? '' : 's'}.`,
      ),
      h(
        'p',
        {},
        'Ingesting this draft replaces that article’s claims: relationships no other source supports go with them',
        sameId ? '.' : `, and the article keeps its id ${found.id}.`,
      ),
      h(
        'div',
        { class: 'buttons' },
        h('button', { type: 'button', class: 'danger', onclick: () => retractPanel.open(found) }, 'Retract this article …'),
      ),
    );
  }

  /** Sends the text to analyzeText and goes on to the actors. */
  async function analyse() {
    const text = textInput.value;
    if (!text.trim()) {
      store.change('problems', (d) => {
        d.problems = [
          {
            path: 'text',
            code: 'EMPTY',
            message: 'Paste the article’s text or open a file first.',
            place: { where: 'article', field: 'text' },
          },
        ];
      });
      textInput.focus();
      return;
    }
    const a = store.get().article;
    /** @type {Record<string, string>} */
    const article = {};
    for (const f of FIELDS) if (a[f].trim()) article[f] = a[f].trim();
    try {
      const d = await busy(api.gql(ANALYZE, { text, article }));
      store.change('analysis', (draft) => {
        draft.article.text = text;
        applyAnalysis(draft, d.analyzeText, text);
      });
      const n = store.get().relationships.length;
      say(`Analysed: ${store.get().actors.length} actors named, ${n} relationship${n === 1 ? '' : 's'} proposed.`);
      goTo(2);
    } catch (err) {
      const problems = problemsOf(err, { entities: [], relationships: [] });
      store.change('problems', (draft) => {
        draft.problems = problems;
      });
      say(`The analysis was refused: ${err instanceof Error ? err.message : String(err)}`, 'error');
    }
  }

  for (const f of FIELDS) {
    $(`article-${f}`).addEventListener('input', (e) => {
      const value = /** @type {HTMLInputElement} */ (e.target).value;
      store.change('article', (d) => {
        d.article[f] = value;
        if (f === 'id') d.article.idEdited = value.trim() !== '';
        if ((f === 'title' || f === 'publishedAt') && !d.article.idEdited) d.article.id = suggestedArticleId(d.article);
      });
      if (f === 'id' || f === 'url' || f === 'title' || f === 'publishedAt') checkExisting();
    });
  }
  textInput.addEventListener('input', () => store.change('article', (d) => void (d.article.text = textInput.value)));
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    const text = await file.text();
    store.change('article', (d) => {
      d.article.text = text;
      // A first line short enough to be a headline (a Markdown heading too) becomes the title.
      const first =
        text
          .split('\n', 1)[0]
          ?.replace(/^#+\s*/, '')
          .trim() ?? '';
      if (!d.article.title.trim() && first && first.length <= 200) d.article.title = first;
      if (!d.article.idEdited) d.article.id = suggestedArticleId(d.article);
    });
    show();
    say(`Read ${file.name} (${text.length.toLocaleString('en')} characters).`);
  });
  /** @type {HTMLElement} */ (document.getElementById('edit-text')).addEventListener('click', () => {
    if (!confirm('Edit the text? The analysis and your decisions on its actors and relationships are dropped.')) return;
    store.change('analysis', (d) => {
      d.analysedText = null;
      d.actors = [];
      d.relationships = [];
      d.review = null;
    });
    textInput.focus();
  });
  /** @type {HTMLElement} */ (document.getElementById('analyse')).addEventListener('click', analyse);

  return {
    show,
    checkExisting,
    /** The article of the graph the form's id or URL names, when there is one. */
    existing: () => existing,
    /**
     * Fills the form with an article of the graph, to correct or retract it.
     * @param {ExistingArticle} a
     */
    load(a) {
      store.change('article', (d) => {
        d.article = {
          ...d.article,
          id: a.id,
          idEdited: true,
          title: a.title ?? '',
          source: a.source,
          url: a.url ?? '',
          publishedAt: a.publishedAt ?? '',
          language: a.language,
        };
      });
      show();
      checkExisting();
    },
  };
}
