/**
 * Downloads of the current view: PNG from the canvas (cy.png); GraphML and JSON from the
 * service's writers, the same files as anywhere else. When the view is exactly the focus's
 * neighbourhood, GET /export (the file then records the query that gives it again); a view with
 * added neighbourhoods or a path is sent as the ids of its actors and relationships to POST /export.
 */

/**
 * Saves a blob under a file name.
 * @param {Blob} blob
 * @param {string} filename
 */
export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** @param {string} s */
const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .slice(0, 120);

/**
 * The file name a Content-Disposition header gives, if any.
 * @param {Response} res
 */
function filenameOf(res) {
  const m = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return m?.[1] ?? null;
}

/**
 * Saves a download the service answered, or throws with the service's error message.
 * @param {Response} res
 * @param {string} filename
 */
async function saveDownload(res, filename) {
  if (!res.ok) {
    const body = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => null) : null;
    const message = /** @type {{ error?: { message?: string } } | null} */ (body)?.error?.message;
    throw new Error(message ?? `export failed (HTTP ${res.status})`);
  }
  saveBlob(await res.blob(), filename);
}

/**
 * Exports the view.
 * @param {{
 *   format: 'png' | 'graphml' | 'json',
 *   cy: import('cytoscape').Core,
 *   api: { download(url: string, body?: unknown): Promise<Response> },
 *   view: { focus: string | null, plainNeighbourhood: boolean, first: number, types: string[] | null, since: number | null, until: number |
 * null },
 * }} options `plainNeighbourhood`: the view is the focus's neighbourhood and nothing else
 * @returns {Promise<{ filename: string, from: 'canvas' | 'service' }>}
 */
export async function exportView({ format, cy, api, view }) {
  const stem = view.focus ? `explorer-${slug(view.focus)}` : 'explorer';
  if (format === 'png') {
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff' });
    saveBlob(blob, `${stem}.png`);
    return { filename: `${stem}.png`, from: 'canvas' };
  }
  if (view.plainNeighbourhood && view.focus) {
    const q = new URLSearchParams({ view: 'neighborhood', id: view.focus, depth: '1', first: String(view.first), format });
    if (view.types) q.set('types', view.types.join(','));
    if (view.since !== null) q.set('since', String(view.since));
    if (view.until !== null) q.set('until', String(view.until));
    const res = await api.download(`/export?${q.toString().replace(/%2C/g, ',')}`);
    const filename = filenameOf(res) ?? `${stem}.${format}`;
    await saveDownload(res, filename);
    return { filename, from: 'service' };
  }
  const selection = { format, entityIds: cy.nodes().map((n) => n.id()), relationshipIds: cy.edges().map((e) => e.id()) };
  const filename = `${stem}-view.${format}`;
  await saveDownload(await api.download('/export', selection), filename);
  return { filename, from: 'service' };
}

/**
 * Wires the export buttons: each saves the view in its format (see exportView) and says what it
 * saved, or why it could not.
 * @param {{
 *   button: (format: 'png' | 'graphml' | 'json') => HTMLElement,
 *   cy: import('cytoscape').Core,
 *   api: { download(url: string, body?: unknown): Promise<Response> },
 *   current: () => { state: import('./url-state.js').ViewState, actors: number, hasPath: boolean },
 *   first: number,
 *   say: (text: string, kind?: 'info' | 'error') => void,
 * }} options `current`: the view's state and what is drawn, read on each click; `first`: relationships asked per neighbourhood
 */
export function bindExportButtons({ button, cy, api, current, first, say }) {
  for (const format of /** @type {const} */ (['png', 'graphml', 'json'])) {
    button(format).addEventListener('click', async () => {
      const { state, actors, hasPath } = current();
      if (!actors) return say('Nothing to export yet: open an actor first.', 'error');
      try {
        const { filename, from } = await exportView({
          format,
          cy,
          api,
          view: {
            focus: state.focus,
            plainNeighbourhood: !state.expand.length && !hasPath && !(state.types && state.types.length === 0),
            first,
            types: state.types,
            since: state.since,
            until: state.until,
          },
        });
        say(`Saved ${filename}${from === 'service' ? ' (from the service’s export)' : ''}.`);
      } catch (err) {
        say(`Export failed: ${err instanceof Error ? err.message : String(err)}`, 'error');
      }
    });
  }
}
