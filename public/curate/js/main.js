/**
 * The curation page's wiring: the API client (with the Explorer's key dialog), the draft kept in
 * localStorage, the text view, the five steps and the keyboard shortcuts. Every change of the
 * draft redraws what shows it. `?article=<id>` opens an article of the graph to correct or retract.
 */
import { createApi } from '../../explore/js/api.js';
import { askForKey } from '../../explore/js/key-dialog.js';
import { ARTICLE_TO_CORRECT, VOCABULARY } from './queries.js';
import { createDraftStore } from './draft-store.js';
import { createTextView, selectionIn } from './text-view.js';
import { createRetractPanel } from './retract-panel.js';
import { createArticleStep } from './article-step.js';
import { createActorsStep } from './actors-step.js';
import { createRelationshipsStep } from './relationships-step.js';
import { createReviewStep } from './review-step.js';
import { createIngestStep } from './ingest-step.js';
import { createStepper } from './stepper.js';
import { bindShortcuts } from './shortcuts.js';

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

const statusLine = $('status');
/**
 * @param {string} text
 * @param {'info' | 'error'} [kind]
 */
function say(text, kind = 'info') {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind;
}
let pending = 0;
/**
 * Marks the page busy (`data-busy`) while `work` runs.
 * @template T
 * @param {Promise<T>} work
 * @returns {Promise<T>}
 */
function busy(work) {
  document.documentElement.dataset.busy = String(++pending > 0);
  return work.finally(() => {
    document.documentElement.dataset.busy = String(--pending > 0);
  });
}

const api = createApi({
  askForKey: (refused) => askForKey(/** @type {HTMLDialogElement} */ ($('key-dialog')), refused, 'to write to the graph'),
});
const store = createDraftStore({ onSaveError: () => say('The browser did not keep the draft: it will not survive a reload.', 'error') });

/** The vocabulary, once loaded. */
const vocabulary = {
  /** @type {string[]} */ entityTypes: [],
  /** @type {{ name: string, description: string }[]} */ relationTypes: [],
  /** @type {string[]} */ statuses: ['REPORTED', 'CONFIRMED', 'PLANNED', 'DISPUTED', 'REVERSED'],
};

const textRoot = $('article-text');
const selection = () => selectionIn(textRoot);
const textView = createTextView({
  root: textRoot,
  legend: $('legend'),
  onActor: (key) => {
    if (store.get().step === 2) actors.show(key);
  },
});

/** @param {number} step */
function available(step) {
  const analysed = store.get().analysedText !== null;
  if (step === 1) return true;
  if (step === 5) return ingestStep.available();
  return analysed;
}

/** @param {number} step */
function goTo(step) {
  if (!available(step)) return;
  store.change('step', (d) => void (d.step = step));
  if (step === 4) review.enter();
  $('steps').scrollIntoView({ block: 'nearest' });
}

const retractPanel = createRetractPanel({ root: $('retract-panel'), api, say, busy, onChange: () => articleStep.checkExisting() });
const articleStep = createArticleStep({ store, api, say, busy, goTo, retractPanel });
const actors = createActorsStep({ store, api, entityTypes: () => vocabulary.entityTypes, selection, say });
const relationships = createRelationshipsStep({
  store,
  vocabulary: () => vocabulary,
  selection,
  say,
  onOutline: () => drawText(),
});
const review = createReviewStep({
  store,
  api,
  say,
  busy,
  removedNames: () =>
    new Map(articleStep.existing()?.relationships.map((r) => [r.id, `${r.source.name} —${r.type}→ ${r.target.name}`]) ?? []),
  fix: (place) => {
    if (place.where === 'article') {
      goTo(1);
      $(place.field === 'text' ? 'article-text-input' : `article-${place.field}`)?.focus();
    } else if (place.where === 'actor') {
      goTo(2);
      document.getElementById(`${place.field === 'type' ? 'type' : 'name'}-${place.key}`)?.focus();
    } else if (place.where === 'relationship') {
      goTo(3);
      relationships.open(place.key, place.field);
    }
  },
});
const ingestStep = createIngestStep({ store, api, say, busy, goTo });
const stepper = createStepper({ nav: $('steps'), workspace: $('workspace'), onGo: goTo });

let drawnText = '';
/** Draws the text view when what it shows changed (a redraw drops the selection). */
function drawText() {
  const d = store.get();
  const outline = d.step === 3 ? relationships.outline() : null;
  const view = { text: d.analysedText ?? '', actors: d.actors, outline: outline?.range ?? null, ends: outline?.ends ?? [] };
  const signature = JSON.stringify([
    view.text,
    view.actors.map((a) => [a.key, a.type, a.decision, a.spans, a.merge?.id]),
    view.outline,
    view.ends,
  ]);
  if (signature === drawnText) return;
  drawnText = signature;
  textView.render(view);
}

function render() {
  const d = store.get();
  stepper.render(d.step, available);
  $('text-panel').hidden = !(d.analysedText !== null && (d.step === 2 || d.step === 3));
  $('add-actor').hidden = d.step !== 2;
  $('add-relationship').hidden = d.step !== 3;
  articleStep.show();
  if (d.step === 2 || d.step === 3) drawText();
  if (d.step === 2) actors.render();
  if (d.step === 3) relationships.render();
  if (d.step === 4) review.render();
  if (d.step === 5) ingestStep.render();
}
store.subscribe(render);

bindShortcuts({
  root: document,
  step: () => store.get().step,
  actions: (step) => (step === 2 ? actors.shortcuts : step === 3 && !relationships.isEditing() ? relationships.shortcuts : null),
  goTo,
});

for (const button of /** @type {NodeListOf<HTMLElement>} */ (document.querySelectorAll('[data-go]'))) {
  button.addEventListener('click', () => goTo(Number(button.dataset.go)));
}

$('discard-draft').addEventListener('click', () => {
  if (store.isEmpty() || confirm('Discard this draft? Its text, actors and relationships are forgotten.')) {
    store.reset();
    say('Draft discarded.');
  }
});

/** Opens the article of `?article=<id>`, to correct or retract it. */
async function openFromUrl() {
  const id = new URLSearchParams(location.search).get('article');
  if (!id) return;
  try {
    const d = await busy(api.gql(ARTICLE_TO_CORRECT, { id }));
    if (!d.article) return say(`No article “${id}” in the graph.`, 'error');
    const draft = store.get();
    if (draft.article.id === id) return;
    if (!store.isEmpty() && !confirm(`Replace the draft in progress with article ${id}?`)) return;
    store.reset();
    articleStep.load(d.article);
    say(`Article ${id} is in the graph: paste its corrected text to re-ingest it, or retract it.`);
  } catch (err) {
    say(`Could not open article ${id}: ${err instanceof Error ? err.message : String(err)}`, 'error');
  }
}

async function start() {
  render();
  if (store.restored) say(`Draft restored (saved ${store.get().savedAt?.slice(0, 16).replace('T', ' ') ?? ''} UTC).`);
  const vocab = busy(api.gql(VOCABULARY)).then(
    (d) => {
      vocabulary.entityTypes = d.vocabulary.allEntityTypes;
      vocabulary.relationTypes = d.vocabulary.allRelationTypes;
      vocabulary.statuses = d.vocabulary.allStatuses;
      render();
    },
    (err) => say(`Could not load the vocabulary: ${err instanceof Error ? err.message : String(err)}`, 'error'),
  );
  await Promise.all([vocab, openFromUrl()]);
  articleStep.checkExisting();
}

// For tests: the draft, read-only by convention.
Object.assign(window, { curate: { draft: () => structuredClone(store.get()) } });
start();
