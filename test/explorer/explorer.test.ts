/**
 * The Explorer in real headless Chromium against the real service on the seeded graph: search,
 * network, evidence, path finder, filters, shared URL, export, key prompt, narrow screens.
 * The steps of the first block share one page and run in order, as an analyst would use it.
 * Screenshots of each step go to test-results/explorer/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Core } from 'cytoscape';
import { XMLValidator } from 'fast-xml-parser';
import { startTestService } from '../helpers/service.js';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { projectRoot } from '../../src/project-root.js';
import { launchChromium } from './chromium.js';

declare global {
  interface Window {
    explorer: {
      cy: Core;
      state(): {
        focus: string | null;
        expand: string[];
        types: string[] | null;
        since: number | null;
        until: number | null;
        from: string | null;
        to: string | null;
        path: number;
      };
    };
  }
}

const SHOTS = path.join(projectRoot(), 'test-results', 'explorer');

type Named = { id: string; name: string };
type Rel = {
  id: string;
  type: string;
  source: Named;
  target: Named;
  validFrom: string | null;
  validTo: string | null;
  evidence: { quote: string; article: { title: string | null; source: string; url: string | null; publishedAt: string | null } }[];
};
type Hood = { nodes: (Named & { type: string })[]; relationships: Rel[] };
type PathT = { nodes: Named[]; steps: { reversed: boolean; from: Named; to: Named; relationship: { id: string; type: string } }[] };

const REL = 'id type validFrom validTo source { id name } target { id name } evidence { quote article { title source url publishedAt } }';
const PATH = 'nodes { id name } steps { reversed from { id name } to { id name } relationship { id type } }';
const edgeText = (r: Rel): string => `${r.source.name} —${r.type}→ ${r.target.name}`;
const stepText = (s: PathT['steps'][number]): string =>
  s.reversed ? `${s.from.name} ←${s.relationship.type}— ${s.to.name}` : `${s.from.name} —${s.relationship.type}→ ${s.to.name}`;
const sorted = (xs: string[]): string[] => [...xs].sort();

/** What the page shows: Cytoscape's elements and the text lists. */
async function shown(page: Page) {
  return page.evaluate(() => {
    const { cy } = window.explorer;
    const texts = (sel: string) => Array.from(document.querySelectorAll(sel)).map((b) => b.textContent ?? '');
    return {
      nodes: cy
        .nodes()
        .map((n) => n.id())
        .sort(),
      edges: cy
        .edges()
        .map((e) => e.id())
        .sort(),
      edgeTypes: cy
        .edges()
        .map((e) => e.data('type') as string)
        .sort(),
      pathNodes: cy.nodes('.path').map((n) => n.id()),
      pathEdges: cy.edges('.path').map((e) => e.id()),
      nodeNames: texts('#node-list li button').sort(),
      edgeLines: texts('#edge-list li button').sort(),
      nodeCount: document.getElementById('node-count')?.textContent,
      edgeCount: document.getElementById('edge-count')?.textContent,
    };
  });
}

/**
 * Waits until `predicate` holds in the page and no request is in flight. Predicates are functions,
 * not strings: the page's CSP forbids eval, and playwright evaluates strings with it.
 */
async function settled<A extends number | string | undefined>(
  page: Page,
  predicate: (arg: A) => boolean = () => true,
  arg?: A,
): Promise<void> {
  await page.waitForFunction(predicate as (arg: unknown) => boolean, arg, { timeout: 20_000 });
  await page.waitForFunction(() => document.documentElement.dataset.busy === 'false', null, { timeout: 20_000 });
}

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SHOTS, name), fullPage: false });

describe('explorer: the /explore page in headless Chromium', () => {
  const t = useSeededService();
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];
  const requests: string[] = [];

  const gql = async <T>(query: string): Promise<T> => {
    const r = await t.gql<T>(query);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('request', (r) => requests.push(r.url()));
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('an analyst’s session', () => {
    let hood: Hood;

    it('serves the page, its modules and Cytoscape.js from the service, with a CSP and no inline script', async () => {
      const res = await fetch(`${t.url}/explore`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const html = await res.text();
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/);
      const lib = await fetch(`${t.url}/explore/vendor/cytoscape.esm.min.mjs`, { headers: { 'accept-encoding': 'gzip' } });
      expect(lib.status).toBe(200);
      expect(lib.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
      expect(lib.headers.get('content-encoding')).toBe('gzip');

      await page.goto(`${t.url}/explore`);
      await settled(page);
      expect(await page.title()).toBe('Explorer · China–Peru knowledge graph');
      await expect.poll(() => page.locator('#starters button').count()).toBeGreaterThan(0);
      await shot(page, '00-start.png');
    });

    it('suggests actors as one types and opens the top suggestion on Enter: Boluarte and her neighbours', async () => {
      hood = (
        await gql<{ neighborhood: Hood }>(
          `{ neighborhood(id: "dina-boluarte", first: 100) { nodes { id name type } relationships { ${REL} } } }`,
        )
      ).neighborhood;
      expect(hood.nodes.length).toBeGreaterThan(3);

      const input = page.getByLabel('Find an actor');
      await input.click();
      await input.pressSequentially('Boluarte', { delay: 25 });
      const top = page.locator('#search-input-options [role="option"]').first();
      await top.waitFor();
      expect(await top.textContent()).toContain('Dina Boluarte');
      await shot(page, '01-suggestions.png');
      await input.press('Enter');
      await settled(page, (n) => window.explorer?.cy.nodes().length === n, hood.nodes.length);

      const s = await shown(page);
      expect(s.nodes).toEqual(sorted(hood.nodes.map((n) => n.id)));
      expect(s.edges).toEqual(sorted(hood.relationships.map((r) => r.id)));
      expect(s.nodeNames).toEqual(sorted(hood.nodes.map((n) => n.name)));
      expect(s.edgeLines).toEqual(sorted(hood.relationships.map(edgeText)));
      expect([s.nodeCount, s.edgeCount]).toEqual([String(hood.nodes.length), String(hood.relationships.length)]);
      expect(new URL(page.url()).searchParams.get('focus')).toBe('dina-boluarte');
      // Drawn: every node lies inside the canvas, and the legend names every type in view.
      const outside = await page.evaluate(() => {
        const { cy } = window.explorer;
        return cy.nodes().filter((n) => {
          const p = n.renderedPosition();
          return p.x < 0 || p.y < 0 || p.x > cy.width() || p.y > cy.height();
        }).length;
      });
      expect(outside).toBe(0);
      const legend = (await page.locator('#legend').textContent()) ?? '';
      for (const type of ['Person', 'Country', 'Company']) expect(legend).toContain(type);
      expect(await page.locator('#status').textContent()).toBe(
        `Dina Boluarte: ${hood.nodes.length} actors, ${hood.relationships.length} relationships in view.`,
      );
      await shot(page, '02-neighbourhood.png');
    });

    it('finds actors by their aliases in other languages', async () => {
      const input = page.getByLabel('Find an actor');
      await input.fill('');
      await input.pressSequentially('秘鲁', { delay: 25 });
      const top = page.locator('#search-input-options [role="option"]').first();
      await expect.poll(() => top.textContent()).toContain('Peru');
      await input.press('Escape');
      await input.fill('Dina Boluarte');
    });

    it('shows an edge’s relation, dates, status and quote with its article when the edge is tapped', async () => {
      const leads = hood.relationships.find((r) => r.type === 'LEADS' && r.target.id === 'peru')!;
      // Braces: the page must not hand back the Cytoscape collection, which is slow to serialize.
      await page.evaluate((id) => {
        window.explorer.cy.getElementById(id).emit('tap');
      }, leads.id);
      const details = page.locator('#details');
      await expect.poll(() => details.textContent()).toContain('Peruvian President Dina Boluarte');
      const text = (await details.textContent()) ?? '';
      expect(text).toContain('Dina Boluarte —LEADS→ Peru');
      expect(text).toContain('RelationLEADS');
      expect(text).toContain('StatusREPORTED');
      expect(text).toContain('South China Morning Post');
      expect(text).toContain('2024-06');
      expect(await page.evaluate((id) => window.explorer.cy.getElementById(id).selected(), leads.id)).toBe(true);
      // Who put the article in the graph (the seed records no ingest), and the way to correct it.
      await expect.poll(() => details.locator('.provenance').first().textContent()).toContain('No ingest recorded');
      expect(await details.locator('a.curate-link').first().getAttribute('href')).toMatch(/^\/curate\?article=[a-z0-9-]+$/);
      await shot(page, '03-evidence.png');
    });

    it('opens every quote of an edge from the text list with the keyboard, with links to the articles', async () => {
      const rich = [...hood.relationships].sort((a, b) => b.evidence.length - a.evidence.length)[0]!;
      const button = page.locator('#edge-list button', { hasText: edgeText(rich) }).first();
      await button.focus();
      await page.keyboard.press('Enter');
      const details = page.locator('#details');
      await expect.poll(() => details.locator('blockquote').count()).toBe(rich.evidence.length);
      const quotes = await details.locator('blockquote').allTextContents();
      expect(quotes).toEqual(rich.evidence.map((e) => e.quote));
      const hrefs = await details.locator('.evidence .source a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toEqual(rich.evidence.flatMap((e) => (e.article.url ? [new URL(e.article.url).href] : [])));
      for (const e of rich.evidence) expect(await details.textContent()).toContain(e.article.source);
      await shot(page, '03b-evidence-from-list.png');
    });

    it('finds the path from Boluarte to COSCO, highlights it and steps through the alternatives', async () => {
      const d = await gql<{ shortestPath: PathT; paths: PathT[] }>(
        `{ shortestPath(from: "dina-boluarte", to: "cosco-shipping") { ${PATH} } paths(from: "dina-boluarte", to: ` +
          `"cosco-shipping", first: 10) { ${PATH} } }`,
      );
      const key = (p: PathT) => p.steps.map((s) => s.relationship.id).join(' ');
      const all = [d.shortestPath, ...d.paths.filter((p) => key(p) !== key(d.shortestPath))];

      const from = page.getByLabel('From', { exact: true });
      await from.click();
      await from.pressSequentially('Boluarte', { delay: 20 });
      await from.press('Enter');
      const to = page.getByLabel('To', { exact: true });
      await to.click();
      await to.pressSequentially('COSCO', { delay: 20 });
      await to.press('Enter'); // both ends chosen: Enter finds the path
      await settled(page, (n) => window.explorer.cy.edges('.path').length === n, d.shortestPath.steps.length);

      expect(await page.locator('.path-line').textContent()).toBe('Dina Boluarte → Peru → COSCO Shipping');
      expect(await page.locator('.path-steps li').allTextContents()).toEqual(d.shortestPath.steps.map(stepText));
      expect(await page.locator('.path-position').textContent()).toBe(`Path 1 of ${all.length} (shortest)`);
      let s = await shown(page);
      expect(sorted(s.pathNodes)).toEqual(['cosco-shipping', 'dina-boluarte', 'peru']);
      expect(sorted(s.pathEdges)).toEqual(sorted(d.shortestPath.steps.map((x) => x.relationship.id)));
      expect(s.nodes).toContain('cosco-shipping');
      await shot(page, '04-path.png');

      expect(all.length).toBeGreaterThan(1);
      await page.getByRole('button', { name: 'Next path' }).click();
      await settled(page, () => window.explorer.state().path === 1);
      expect(await page.locator('.path-position').textContent()).toBe(`Path 2 of ${all.length}`);
      expect(await page.locator('.path-line').textContent()).toBe(all[1]!.nodes.map((n) => n.name).join(' → '));
      s = await shown(page);
      expect(sorted(s.pathEdges)).toEqual(sorted(all[1]!.steps.map((x) => x.relationship.id)));
      expect(new URL(page.url()).searchParams.get('path')).toBe('1');
      await shot(page, '04b-path-alternative.png');

      await page.getByRole('button', { name: 'Previous path' }).click();
      await settled(page, () => window.explorer.state().path === 0);
      s = await shown(page);
      expect(sorted(s.pathEdges)).toEqual(sorted(d.shortestPath.steps.map((x) => x.relationship.id)));
    });

    it('removes the edges of an unchecked relation type, and undated edges once a year is set', async () => {
      const before = await page.evaluate(() => window.explorer.cy.edges().map((e) => ({ id: e.id(), type: e.data('type') as string })));
      const leads = before.filter((e) => e.type === 'LEADS');
      expect(leads.length).toBeGreaterThan(0);
      await page.getByLabel('LEADS', { exact: true }).uncheck();
      await settled(page, () => window.explorer.cy.edges('[type = "LEADS"]').length === 0);
      const s = await shown(page);
      expect(s.edges).toEqual(sorted(before.filter((e) => e.type !== 'LEADS').map((e) => e.id)));
      expect(s.edgeLines.some((l) => l.includes('—LEADS→'))).toBe(false);
      const types = new URL(page.url()).searchParams.get('types')?.split(',') ?? [];
      expect(types).not.toContain('LEADS');
      expect(types.length).toBeGreaterThan(5);
      expect(await page.locator('.path-line').textContent()).toBe('Dina Boluarte → Peru → COSCO Shipping');
      await shot(page, '05-filtered.png');

      const undated = await page.evaluate(
        () => window.explorer.cy.edges().filter((e) => !e.data('validFrom') && !e.data('validTo')).length,
      );
      expect(undated).toBeGreaterThan(0);
      await page.getByLabel('Since', { exact: true }).fill('2024');
      await settled(page, () => window.explorer.state().since === 2024);
      const dated = await page.evaluate(() =>
        window.explorer.cy.edges().map((e) => [e.data('validFrom'), e.data('validTo')] as [string | null, string | null]),
      );
      expect(dated.length).toBeGreaterThan(0);
      for (const [vf, vt] of dated) expect(vf ?? vt).not.toBeNull();
      expect(new URL(page.url()).searchParams.get('since')).toBe('2024');
      await shot(page, '05b-since-2024.png');
      await page.getByLabel('Since', { exact: true }).fill('2020');
      await settled(page, () => window.explorer.state().since === null);
    });

    it('reopens the same view from the shared URL', async () => {
      await page.getByRole('button', { name: 'Next path' }).click();
      await settled(page, () => window.explorer.state().path === 1);
      const url = page.url();
      const q = new URL(url).searchParams;
      expect([q.get('focus'), q.get('from'), q.get('to'), q.get('path')]).toEqual([
        'dina-boluarte',
        'dina-boluarte',
        'cosco-shipping',
        '1',
      ]);
      const read = async (p: Page) => ({
        ...(await shown(p)),
        checked: await p.locator('#type-box input:checked').evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value)),
        pathLine: await p.locator('.path-line').textContent(),
        position: await p.locator('.path-position').textContent(),
        from: await p.getByLabel('From', { exact: true }).inputValue(),
        to: await p.getByLabel('To', { exact: true }).inputValue(),
        search: await p.getByLabel('Find an actor').inputValue(),
      });
      const before = await read(page);

      const fresh = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      try {
        await fresh.goto(url);
        await settled(
          fresh,
          (n) => window.explorer?.cy.nodes().length === n && document.querySelectorAll('#type-box input').length > 0,
          before.nodes.length,
        );
        const after = await read(fresh);
        expect(after).toEqual(before);
        expect(after.checked).not.toContain('LEADS');
        expect(after.from).toBe('Dina Boluarte');
        expect(after.to).toBe('COSCO Shipping');
        await shot(fresh, '06-reloaded.png');
      } finally {
        await fresh.close();
      }
    });

    it('adds a node’s neighbours on click and centres on a node on double-click', async () => {
      await page.getByRole('button', { name: 'Clear' }).click();
      await page.getByRole('button', { name: 'All', exact: true }).click();
      await settled(page, () => window.explorer.state().from === null && window.explorer.state().types === null);
      const huawei = (
        await gql<{ neighborhood: Hood }>('{ neighborhood(id: "huawei", first: 100) { nodes { id name type } relationships { id } } }')
      ).neighborhood;
      const at = async (id: string) => {
        const box = (await page.locator('#cy').boundingBox())!;
        const p = await page.evaluate((nid) => window.explorer.cy.getElementById(nid).renderedPosition(), id);
        return { x: box.x + p.x, y: box.y + p.y };
      };
      let p = await at('huawei');
      await page.mouse.click(p.x, p.y);
      await settled(page, () => window.explorer.state().expand.includes('huawei'));
      const s = await shown(page);
      for (const n of huawei.nodes) expect(s.nodes).toContain(n.id);
      expect(new URL(page.url()).searchParams.get('expand')).toBe('huawei');
      expect(await page.locator('#details').textContent()).toContain('Huawei');
      await shot(page, '07-expanded.png');

      p = await at('peru');
      await page.mouse.dblclick(p.x, p.y);
      await settled(page, () => window.explorer.state().focus === 'peru');
      const peru = (await gql<{ neighborhood: Hood }>('{ neighborhood(id: "peru", first: 100) { nodes { id } relationships { id } } }'))
        .neighborhood;
      const after = await shown(page);
      expect(after.nodes).toEqual(sorted(peru.nodes.map((n) => n.id)));
      expect(after.edges).toEqual(sorted(peru.relationships.map((r) => r.id)));
      expect(new URL(page.url()).searchParams.has('expand')).toBe(false);
      await shot(page, '07b-focus-peru.png');
      await page.goBack();
      await settled(page, () => window.explorer.state().focus === 'dina-boluarte');
    });

    it(
      'exports PNG from the canvas, and GraphML and JSON from the service: GET for one neighbourhood, POST of the ids on screen ' +
        'for a composed view',
      async () => {
        await page.goto(`${t.url}/explore?focus=dina-boluarte`);
        await settled(page, (n) => window.explorer?.cy.nodes().length === n, hood.nodes.length);
        const save = async (button: string) => {
          const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
          const file = path.join(SHOTS, `export-${download.suggestedFilename()}`);
          await download.saveAs(file);
          return { name: download.suggestedFilename(), body: readFileSync(file) };
        };
        const png = await save('PNG image');
        expect(png.name).toBe('explorer-dina-boluarte.png');
        expect(png.body.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

        const graphml = await save('GraphML');
        expect(graphml.name).toBe('neighborhood-dina-boluarte.graphml'); // GET /export's name: from the service
        expect(XMLValidator.validate(graphml.body.toString('utf8'))).toBe(true);
        for (const r of hood.relationships) expect(graphml.body.toString('utf8')).toContain(`<edge id="${r.id}"`);
        const json = JSON.parse((await save('JSON')).body.toString('utf8')) as { nodes: { id: string }[]; edges: { id: string }[] };
        expect(sorted(json.edges.map((e) => e.id))).toEqual(sorted(hood.relationships.map((r) => r.id)));

        // POST /export, which composed views use, gives the same files for the same view's ids.
        const onScreen = () =>
          page.evaluate(() => ({
            entityIds: window.explorer.cy.nodes().map((n) => n.id()),
            relationshipIds: window.explorer.cy.edges().map((e) => e.id()),
          }));
        const byIds = (format: string, ids: { entityIds: string[]; relationshipIds: string[] }) =>
          fetch(`${t.url}/export`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ format, ...ids }),
          });
        const hoodIds = await onScreen();
        expect(await (await byIds('graphml', hoodIds)).text()).toBe(graphml.body.toString('utf8'));
        const idsJson = (await (await byIds('json', hoodIds)).json()) as typeof json;
        expect({ nodes: idsJson.nodes, edges: idsJson.edges }).toEqual({ nodes: json.nodes, edges: json.edges });

        // With a path merged in, the view is no longer one neighbourhood: the page POSTs its ids.
        await page.goto(`${t.url}/explore?focus=dina-boluarte&from=dina-boluarte&to=cosco-shipping`);
        await settled(page, () => window.explorer?.cy.nodes('#cosco-shipping').length === 1);
        const view = await shown(page);
        const exportCalls: string[] = [];
        const onRequest = (r: { method(): string; url(): string }) => {
          if (new URL(r.url()).pathname === '/export') exportCalls.push(`${r.method()} ${new URL(r.url()).search}`);
        };
        page.on('request', onRequest);
        const composed = await save('GraphML');
        page.off('request', onRequest);
        expect(exportCalls).toEqual(['POST ']);
        expect(composed.name).toBe('explorer-dina-boluarte-view.graphml');
        const xml = composed.body.toString('utf8');
        expect(xml).toBe(await (await byIds('graphml', await onScreen())).text());
        expect(XMLValidator.validate(xml)).toBe(true);
        expect(sorted([...xml.matchAll(/<node id="([^"]+)"/g)].map((m) => m[1]!))).toEqual(view.nodes);
        expect(sorted([...xml.matchAll(/<edge id="([^"]+)"/g)].map((m) => m[1]!))).toEqual(view.edges);
        const composedJson = JSON.parse((await save('JSON')).body.toString('utf8')) as {
          nodes: { id: string }[];
          edges: { id: string; evidence: unknown[] }[];
        };
        expect(sorted(composedJson.nodes.map((n) => n.id))).toEqual(view.nodes);
        expect(composedJson.edges.every((e) => e.evidence.length > 0)).toBe(true);
      },
    );

    it('labels every control and fits 1280×800 without sideways scrolling', async () => {
      const unlabelled = await page.evaluate(() =>
        Array.from(document.querySelectorAll('input, button, select, textarea'))
          .filter((el) => {
            const input = el as HTMLInputElement;
            const name = (input.labels?.length ? 'label' : '') || el.getAttribute('aria-label') || el.textContent?.trim();
            return !name;
          })
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(unlabelled).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });

    it('loaded nothing from elsewhere and logged no error or warning', () => {
      const origin = new URL(t.url).origin;
      const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
      expect(foreign).toEqual([]);
      expect(requests.some((u) => u.endsWith('/explore/vendor/cytoscape.esm.min.mjs'))).toBe(true);
      expect(errors).toEqual([]);
    });
  });

  it('opens the relationship a link selects (select=) with its evidence, then drops the parameter from the address', async () => {
    const leads = (
      await gql<{ relationships: { nodes: { id: string; evidence: { quote: string }[] }[] } }>(
        '{ relationships(types: ["LEADS"], entityId: "dina-boluarte") { nodes { id evidence { quote } } } }',
      )
    ).relationships.nodes[0]!;
    const linked = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await linked.goto(`${t.url}/explore?focus=dina-boluarte&select=${leads.id}`);
      await settled(linked, (id) => window.explorer?.cy.getElementById(id).selected() === true, leads.id);
      expect(await linked.locator('#details blockquote').allTextContents()).toEqual(leads.evidence.map((e) => e.quote));
      expect(new URL(linked.url()).search).toBe('?focus=dina-boluarte');
    } finally {
      await linked.close();
    }
  });

  it('reads well on a narrow screen', async () => {
    const narrow = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    try {
      await narrow.goto(`${t.url}/explore?focus=dina-boluarte&from=dina-boluarte&to=cosco-shipping`);
      await settled(narrow, () => (window.explorer?.cy.nodes().length ?? 0) > 0);
      expect(await narrow.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
      const cy = (await narrow.locator('#cy').boundingBox())!;
      expect(cy.width).toBeGreaterThan(350);
      expect(cy.height).toBeGreaterThan(300);
      const details = (await narrow.locator('#details').boundingBox())!;
      expect(details.y).toBeGreaterThan(cy.y + cy.height - 1);
      await narrow.screenshot({ path: path.join(SHOTS, '08-narrow.png') });
      await narrow.screenshot({ path: path.join(SHOTS, '08b-narrow-full.png'), fullPage: true });
    } finally {
      await narrow.close();
    }
  });

  it('asks for a key when the service wants one, keeps it for the session and sends it as a bearer token', async () => {
    const secret = 'explorer-test-secret-0123456789';
    const keyedService = await startTestService({ REQUIRE_KEY_FOR_READS: 'true', API_KEYS: `explorer-test:${secret}` });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const keyed = await context.newPage();
    const sent: { url: string; auth: string | undefined }[] = [];
    keyed.on('request', (r) => {
      if (['/graphql', '/export'].includes(new URL(r.url()).pathname)) sent.push({ url: r.url(), auth: r.headers()['authorization'] });
    });
    try {
      await keyed.goto(`${keyedService.url}/explore?focus=peru`);
      const dialog = keyed.locator('#key-dialog');
      await dialog.waitFor({ state: 'visible' });
      expect(await dialog.textContent()).toContain('asks for a key');
      await keyed.screenshot({ path: path.join(SHOTS, '09-key.png') });
      const field = keyed.getByLabel('Key', { exact: true });
      await field.fill('not-the-right-key-at-all');
      await field.press('Enter');
      await expect.poll(() => dialog.textContent()).toContain('refused that key');
      await field.fill(secret);
      await keyed.getByRole('button', { name: 'Use this key' }).click();
      await settled(keyed, () => (window.explorer?.cy.nodes().length ?? 0) > 0 && document.querySelectorAll('#type-box input').length > 0);
      expect(await dialog.isVisible()).toBe(false);
      expect(await keyed.evaluate(() => sessionStorage.getItem('china-peru-kg.explorer.key'))).toBe(secret);
      expect(sent.some((r) => r.auth === 'Bearer not-the-right-key-at-all')).toBe(true);
      expect(sent.at(-1)?.auth).toBe(`Bearer ${secret}`);

      // The key stays for the tab: a reload asks nothing and sends it with every request, /export too.
      sent.length = 0;
      await keyed.reload();
      await settled(keyed, () => (window.explorer?.cy.nodes().length ?? 0) > 0);
      const [download] = await Promise.all([keyed.waitForEvent('download'), keyed.getByRole('button', { name: 'GraphML' }).click()]);
      expect(download.suggestedFilename()).toBe('neighborhood-peru.graphml');
      expect(sent.some((r) => r.url.includes('/export?'))).toBe(true);
      expect(sent.filter((r) => r.auth !== `Bearer ${secret}`)).toEqual([]);
      expect(await dialog.isVisible()).toBe(false);
    } finally {
      await context.close();
      await keyedService.stop();
    }
  });
});
