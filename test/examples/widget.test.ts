/**
 * examples/widget/ in real headless Chromium: its demo page and the README's snippet, served from
 * a static server of their own (another origin), show the live service's neighbourhood of an
 * entity with every relationship, quote and article link, without a console error; an unknown id
 * and an origin the service does not allow (CORS_ORIGINS) show a clear message.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/project-root.js';
import { launchChromium } from '../explorer/chromium.js';
import { startTestService, type TestService } from '../helpers/service.js';
import { useSeededGraph } from '../helpers/use-seeded-graph.js';
import { recipeBlock } from './readme-section.js';

const WIDGET_DIR = path.join(projectRoot(), 'examples', 'widget');
/** The README recipe whose html block is the snippet an embedding page includes. */
const WIDGET_RECIPE = 'Show it in a page: the widget';

interface Hood {
  entity: { name: string; type: string };
  neighborhood: {
    relationships: {
      id: string;
      type: string;
      validFrom: string | null;
      status: string;
      source: { name: string };
      target: { name: string };
      evidence: { id: string; quote: string; article: { title: string | null; source: string; url: string | null } }[];
    }[];
  };
}

const HOOD = `query ($id: ID!) {
  entity(id: $id) { name type }
  neighborhood(id: $id) {
    relationships {
      id type validFrom status source { name } target { name }
      evidence { id quote article { title source url } }
    }
  }
}`;

/** A static server on 127.0.0.1 for examples/widget/'s files and the `pages` given (path → HTML). */
async function staticServer(pages: Record<string, string>): Promise<{ origin: string; server: Server }> {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://x');
    const page = pages[pathname];
    const file = path.join(WIDGET_DIR, path.basename(pathname));
    let body: string;
    try {
      body = page ?? readFileSync(file, 'utf8');
    } catch {
      res.writeHead(404).end();
      return;
    }
    const type = pathname.endsWith('.js') ? 'text/javascript' : 'text/html';
    res.writeHead(200, { 'content-type': `${type}; charset=utf-8` }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server };
}

/** What the widget shows: the heading, and each relationship with its quotes and article links. */
function shown(page: Page) {
  return page.evaluate(() => {
    const text = (e: Element | null) => e?.textContent ?? null;
    const root = document.querySelector('kg-neighbourhood')!;
    return {
      heading: text(root.querySelector('.kg-entity')),
      relationships: Array.from(root.querySelectorAll('.kg-relationship')).map((li) => ({
        id: (li as HTMLElement).dataset.id,
        claim: ['.kg-source', '.kg-type', '.kg-target', '.kg-when'].map((s) => text(li.querySelector(s))),
        evidence: Array.from(li.querySelectorAll('.kg-evidence')).map((ev) => {
          const a = ev.querySelector('a');
          return {
            id: (ev as HTMLElement).dataset.id,
            quote: text(ev.querySelector('.kg-quote')),
            link: a && { text: a.textContent, href: a.href },
          };
        }),
      })),
    };
  });
}

/** What the widget should show of `hood`. */
function expected(hood: Hood) {
  return {
    heading: `${hood.entity.name} ${hood.entity.type}`,
    relationships: hood.neighborhood.relationships.map((r) => ({
      id: r.id,
      claim: [r.source.name, r.type, r.target.name, [r.validFrom ? `from ${r.validFrom}` : null, r.status].filter(Boolean).join(' · ')],
      evidence: r.evidence.map((e) => ({
        id: e.id,
        quote: e.quote,
        link: e.article.url ? { text: e.article.title ?? e.article.source, href: new URL(e.article.url).href } : null,
      })),
    })),
  };
}

describe('examples: the widget (examples/widget/) in Chromium', () => {
  useSeededGraph();
  let browser: Browser;
  let site: { origin: string; server: Server };
  let stranger: { origin: string; server: Server };
  let t: TestService;

  /** The pages the widget's site serves besides examples/widget/'s files; filled once the service runs. */
  const pages: Record<string, string> = {};

  beforeAll(async () => {
    site = await staticServer(pages);
    stranger = await staticServer({});
    // The service allows the widget's site only, as an embedder would configure it.
    t = await startTestService({ CORS_ORIGINS: site.origin });
    // The README's snippet, as an embedding page holds it, pointed at the service under test.
    const snippet = recipeBlock(WIDGET_RECIPE, 'html');
    const endpoint = 'endpoint="http://localhost:4000/graphql"';
    if (!snippet.includes(endpoint)) throw new Error(`the README's widget snippet no longer holds ${endpoint}`);
    pages['/readme.html'] = [
      '<!doctype html>',
      '<html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /></head><body>',
      snippet.replace(endpoint, `endpoint="${t.url}/graphql"`),
      '</body></html>',
    ].join('\n');
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    for (const s of [site, stranger]) await new Promise((resolve) => s?.server.close(resolve));
  });

  /** Opens `url` and waits until the widget has loaded or failed; `problems` collects console errors and page errors. */
  async function open(url: string) {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(url);
    await page.waitForSelector('kg-neighbourhood[data-state="ready"], kg-neighbourhood[data-state="error"]');
    const state = await page.getAttribute('kg-neighbourhood', 'data-state');
    return { page, problems, state };
  }

  const demo = (origin: string, entity: string) =>
    `${origin}/index.html?${new URLSearchParams({ endpoint: `${t.url}/graphql`, entity }).toString()}`;

  it.each(['chancay-port', 'huawei'])(
    'shows the neighbourhood of %s on its demo page: every relationship, quote and article link',
    async (id) => {
      const live = (await t.gql<Hood>(HOOD, { id })).data!;
      expect(live.neighborhood.relationships.length).toBeGreaterThan(0);
      const { page, problems, state } = await open(demo(site.origin, id));
      try {
        expect(state).toBe('ready');
        expect(await shown(page)).toEqual(expected(live));
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it('works as the README shows it: the snippet on a page of its own', async () => {
    const entity = /entity="([^"]+)"/.exec(recipeBlock(WIDGET_RECIPE, 'html'))?.[1];
    expect(entity).toBeDefined();
    const live = (await t.gql<Hood>(HOOD, { id: entity })).data!;
    const { page, problems, state } = await open(`${site.origin}/readme.html`);
    try {
      expect(state).toBe('ready');
      expect(await shown(page)).toEqual(expected(live));
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says that the entity is unknown, naming it, for an unknown id', async () => {
    const { page, problems, state } = await open(demo(site.origin, 'no-such-entity'));
    try {
      expect(state).toBe('error');
      expect(await page.textContent('kg-neighbourhood [role="alert"]')).toBe(
        'Could not show the neighbourhood of “no-such-entity”: id: no entity "no-such-entity"',
      );
      // The error is shown, not thrown: nothing reaches the console.
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('says the service did not answer when the page’s origin is not in CORS_ORIGINS', async () => {
    const { page, problems, state } = await open(demo(stranger.origin, 'chancay-port'));
    try {
      expect(state).toBe('error');
      expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/blocked by CORS policy/)]));
      expect(problems.filter((p) => p.startsWith('pageerror'))).toEqual([]);
      expect(await page.textContent('kg-neighbourhood [role="alert"]')).toBe(
        'Could not show the neighbourhood of “chancay-port”: The service did not answer (Failed to fetch).',
      );
    } finally {
      await page.close();
    }
  });
});
