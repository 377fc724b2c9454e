/**
 * The view as a URL query string, so a link reopens the same view:
 * `?focus=dina-boluarte&expand=peru,china&types=LEADS,STATED&since=2021&until=2024&from=dina-boluarte&to=cosco-shipping&path=1`.
 * `types` absent means every relation type; `types=` (empty) means none.
 */

/**
 * @typedef {object} ViewState
 * @property {string | null} focus the actor whose neighbourhood is shown
 * @property {string[]} expand actors whose neighbourhoods are merged in
 * @property {string[] | null} types relation types shown; null: all
 * @property {number | null} since first year of the valid-time window; null: open
 * @property {number | null} until last year of the valid-time window; null: open
 * @property {string | null} from path start
 * @property {string | null} to path end
 * @property {number} path index of the path shown (0 = the shortest)
 */

const MAX_IDS = 50;

/** @param {string | null} value */
const year = (value) => (value !== null && /^\d{4}$/.test(value) ? Number(value) : null);

/** @param {string | null} value */
const ids = (value) =>
  value === null
    ? []
    : [
        ...new Set(
          value
            .split(',')
            .map((s) => s.trim())
            .filter((s) => s.length > 0 && s.length <= 200),
        ),
      ].slice(0, MAX_IDS);

/** @param {string | null} value */
const oneId = (value) => (value && value.length <= 200 ? value : null);

/**
 * Reads a view from a query string (`location.search`); anything malformed is ignored.
 * @param {string} search
 * @returns {ViewState}
 */
export function readState(search) {
  const q = new URLSearchParams(search);
  const focus = oneId(q.get('focus'));
  const index = Number(q.get('path'));
  return {
    focus,
    expand: ids(q.get('expand')).filter((id) => id !== focus),
    types: q.has('types') ? ids(q.get('types')).filter((t) => /^[A-Z_]+$/.test(t)) : null,
    since: year(q.get('since')),
    until: year(q.get('until')),
    from: oneId(q.get('from')),
    to: oneId(q.get('to')),
    path: Number.isInteger(index) && index >= 0 && index < 100 ? index : 0,
  };
}

/**
 * The actor or relationship a link asks to show in the details panel once the view is drawn
 * (`select=<id>`, e.g. from the curation page after an ingest); null when absent. It is not part of
 * the view state: the URL drops it once the view is drawn.
 * @param {string} search
 * @returns {string | null}
 */
export function readSelection(search) {
  return oneId(new URLSearchParams(search).get('select'));
}

/**
 * Writes a view as a query string (with its leading `?`, or '' for the empty view).
 * @param {ViewState} state
 * @returns {string}
 */
export function writeState(state) {
  const q = new URLSearchParams();
  if (state.focus) q.set('focus', state.focus);
  if (state.focus && state.expand.length) q.set('expand', state.expand.join(','));
  if (state.types) q.set('types', state.types.join(','));
  if (state.since !== null) q.set('since', String(state.since));
  if (state.until !== null) q.set('until', String(state.until));
  if (state.from && state.to) {
    q.set('from', state.from);
    q.set('to', state.to);
    if (state.path) q.set('path', String(state.path));
  }
  const s = q.toString().replace(/%2C/g, ',');
  return s ? `?${s}` : '';
}

/**
 * The filter arguments of the graph queries for a view.
 * @param {ViewState} state
 * @returns {{ types: string[] | null, since: string | null, until: string | null }}
 */
export function filterArgs(state) {
  return {
    types: state.types,
    since: state.since === null ? null : String(state.since),
    until: state.until === null ? null : String(state.until),
  };
}
