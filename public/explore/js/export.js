/**
 * Downloads of the current view: PNG from the canvas (cy.png), and GraphML or JSON. When the view
 * is exactly the focus's neighbourhood, GraphML/JSON come from the service (GET /export, the same
 * files as anywhere else); a view with added neighbourhoods or a path is written here from the
 * elements on screen, in the same shape.
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
const slug = (s) => s.toLowerCase().replace(/[^a-z0-9._-]+/g, '-').slice(0, 120);

/**
 * @typedef {{ id: string, name: string, type: string, aliases?: string[], description?: string | null, mergedIds?: string[] }} NodeData
 * @typedef {{ id: string, source: string, url: string | null, publishedAt: string | null }} ArticleData
 * @typedef {{
 *   id: string, type: string, source: string, target: string, validFrom?: string | null, validTo?: string | null,
 *   status?: string, topic?: string | null, role?: string | null, knownFrom?: string | null, note?: string | null,
 *   quantities?: { value: number, unit: string, label: string | null }[],
 *   evidence?: { quote: string, article: ArticleData }[],
 * }} EdgeData
 */

// The helpers below write what src/export/ writes for GET /export, so a file from the page and
// one from the service read alike (a browser test compares them byte for byte).

const byId = (/** @type {{ id: string }} */ a, /** @type {{ id: string }} */ b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Distinct outlets, case-insensitively. @param {EdgeData} e */
const sourceCount = (e) => new Set((e.evidence ?? []).map((ev) => ev.article.source.toLowerCase())).size;

/** @param {EdgeData} e */
const quantitiesText = (e) => (e.quantities ?? []).map((q) => `${q.label ? `${q.label}: ` : ''}${q.value} ${q.unit}`).join('; ');

/** @param {EdgeData} e */
const evidenceText = (e) =>
  (e.evidence ?? [])
    .map((ev) => `${ev.quote} — ${ev.article.source}${ev.article.publishedAt ? ` (${ev.article.publishedAt})` : ''}${ev.article.url ? ` ${ev.article.url}` : ''}`)
    .join('\n');

/**
 * The view as JSON in the shape of GET /export?format=json (`query` says what the view was).
 * @param {{ nodes: NodeData[], edges: EdgeData[], query: Record<string, unknown> }} view
 */
export function toJson({ nodes, edges, query }) {
  const out = {
    nodes: [...nodes].sort(byId).map((n) => ({ id: n.id, name: n.name, type: n.type, aliases: n.aliases ?? [], description: n.description ?? null, mergedIds: n.mergedIds ?? [] })),
    edges: [...edges].sort(byId).map((e) => ({
      id: e.id,
      type: e.type,
      sourceId: e.source,
      targetId: e.target,
      validFrom: e.validFrom ?? null,
      validTo: e.validTo ?? null,
      status: e.status ?? null,
      topic: e.topic ?? null,
      role: e.role ?? null,
      quantities: (e.quantities ?? []).map((q) => ({ value: q.value, unit: q.unit, label: q.label })),
      knownFrom: e.knownFrom ?? null,
      note: e.note ?? null,
      sourceCount: sourceCount(e),
      evidence: (e.evidence ?? []).map((ev) => ({ quote: ev.quote, articleId: ev.article.id, articleSource: ev.article.source, articleUrl: ev.article.url, publishedAt: ev.article.publishedAt })),
    })),
    truncated: false,
    query,
  };
  return JSON.stringify(out, null, 2) + '\n';
}

// Characters XML 1.0 does not allow at all (C0 controls but tab/LF/CR, surrogates, U+FFFE/U+FFFF).
const ILLEGAL_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
/** @type {Record<string, string>} */
const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' };
/** Element text: CR escaped too, which parsers would fold into LF. @param {unknown} v */
const text = (v) => String(v).replace(ILLEGAL_XML, '').replace(/[&<>"'\r]/g, (c) => ENTITIES[c] ?? c);
/** Attribute values: tab and newline too, which parsers would turn into spaces. @param {string} v */
const attr = (v) => v.replace(ILLEGAL_XML, '').replace(/[&<>"'\r\n\t]/g, (c) => ENTITIES[c] ?? c);

const KEYS = [
  ['n_name', 'node', 'name', 'string'],
  ['n_type', 'node', 'type', 'string'],
  ['n_aliases', 'node', 'aliases', 'string'],
  ['n_description', 'node', 'description', 'string'],
  ['e_type', 'edge', 'type', 'string'],
  ['e_validFrom', 'edge', 'validFrom', 'string'],
  ['e_validTo', 'edge', 'validTo', 'string'],
  ['e_status', 'edge', 'status', 'string'],
  ['e_topic', 'edge', 'topic', 'string'],
  ['e_quantities', 'edge', 'quantities', 'string'],
  ['e_evidence', 'edge', 'evidence', 'string'],
  ['e_sourceCount', 'edge', 'sourceCount', 'int'],
];

/**
 * `<data>` lines of the non-empty values.
 * @param {[string, unknown][]} values
 */
const data = (values) => values.filter(([, v]) => v !== null && v !== undefined && v !== '').map(([k, v]) => `      <data key="${k}">${text(v)}</data>`);

/**
 * The view as GraphML with the keys of GET /export?format=graphml.
 * @param {{ nodes: NodeData[], edges: EdgeData[] }} view
 */
export function toGraphml({ nodes, edges }) {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(([id, kind, name, type]) => `  <key id="${id}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`),
    '  <graph id="G" edgedefault="directed">',
  ];
  for (const n of [...nodes].sort(byId)) {
    lines.push(`    <node id="${attr(n.id)}">`, ...data([['n_name', n.name], ['n_type', n.type], ['n_aliases', (n.aliases ?? []).join(' | ')], ['n_description', n.description]]), '    </node>');
  }
  for (const e of [...edges].sort(byId)) {
    lines.push(
      `    <edge id="${attr(e.id)}" source="${attr(e.source)}" target="${attr(e.target)}">`,
      ...data([
        ['e_type', e.type],
        ['e_validFrom', e.validFrom],
        ['e_validTo', e.validTo],
        ['e_status', e.status],
        ['e_topic', e.topic],
        ['e_quantities', quantitiesText(e)],
        ['e_evidence', evidenceText(e)],
        ['e_sourceCount', sourceCount(e)],
      ]),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>');
  return lines.join('\n') + '\n';
}

/**
 * The file name a Content-Disposition header gives, if any.
 * @param {Response} res
 */
function filenameOf(res) {
  const m = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '');
  return m ? m[1] : null;
}

/**
 * Exports the view.
 * @param {{
 *   format: 'png' | 'graphml' | 'json',
 *   cy: any,
 *   api: { download(url: string): Promise<Response> },
 *   view: { focus: string | null, plainNeighbourhood: boolean, first: number, types: string[] | null, since: number | null, until: number | null },
 * }} options `plainNeighbourhood`: the view is the focus's neighbourhood and nothing else
 * @returns {Promise<{ filename: string, from: 'canvas' | 'service' | 'page' }>}
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
    if (res.ok) {
      const filename = filenameOf(res) ?? `${stem}.${format}`;
      saveBlob(await res.blob(), filename);
      return { filename, from: 'service' };
    }
    // An older service without GET /export (404 without a JSON error): write the file here.
    const known = (res.headers.get('content-type') ?? '').includes('json') ? await res.json().catch(() => null) : null;
    if (known?.error) throw new Error(known.error.message ?? `export failed (HTTP ${res.status})`);
  }
  const nodes = cy.nodes().map((/** @type {any} */ n) => n.data());
  const edges = cy.edges().map((/** @type {any} */ e) => e.data());
  const body =
    format === 'json'
      ? toJson({ nodes, edges, query: { view: 'explorer', focus: view.focus, types: view.types, since: view.since, until: view.until } })
      : toGraphml({ nodes, edges });
  const filename = `${stem}-view.${format}`;
  saveBlob(new Blob([body], { type: format === 'json' ? 'application/json' : 'application/graphml+xml' }), filename);
  return { filename, from: 'page' };
}
