/**
 * The Explorer's page weight and time to first drawn graph, in headless Chromium.
 *
 *   npx tsx bench/explorer.ts                        # starts the service (config from the environment, a free port)
 *   npx tsx bench/explorer.ts http://127.0.0.1:4000  # measures a running service
 *
 * Page weight: every response of a cold load of /explore?focus=dina-boluarte, as the browser
 * received it (bytes on the wire, headers included, and decoded bytes), static assets apart from
 * GraphQL answers. Time to first drawn graph: from navigation start to the first frame Cytoscape
 * drew with the actors in it (the page's `explorer:first-graph` mark), cold (fresh browser
 * context, empty cache) and warm (reload), median of RUNS runs each.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadConfig } from '../src/config.js';
import { createLogger } from '../src/logger.js';
import { startService, type Service } from '../src/service.js';
import { launchChromium } from '../test/explorer/chromium.js';

const VIEW = '/explore?focus=dina-boluarte';
const RUNS = 7;

interface Transfer {
  path: string;
  kind: 'asset' | 'graphql';
  wire: number;
  decoded: number;
}

/** Loads the view in a fresh context and records every response's size. */
async function pageWeight(browser: Browser, base: string): Promise<Transfer[]> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const urls = new Map<string, string>();
  const decoded = new Map<string, number>();
  const done: Transfer[] = [];
  cdp.on('Network.responseReceived', (e) => urls.set(e.requestId, e.response.url));
  cdp.on('Network.dataReceived', (e) => decoded.set(e.requestId, (decoded.get(e.requestId) ?? 0) + e.dataLength));
  cdp.on('Network.loadingFinished', (e) => {
    const url = urls.get(e.requestId);
    if (!url || !url.startsWith(base)) return;
    const path = url.slice(base.length);
    done.push({
      path,
      kind: path.startsWith('/graphql') ? 'graphql' : 'asset',
      wire: e.encodedDataLength,
      decoded: decoded.get(e.requestId) ?? 0,
    });
  });
  await page.goto(base + VIEW);
  await firstGraph(page);
  await page.waitForLoadState('networkidle');
  await context.close();
  return done;
}

/** Waits for the first drawn graph; returns its time since navigation start, in ms. */
async function firstGraph(page: Page): Promise<number> {
  await page.waitForFunction(() => performance.getEntriesByName('explorer:first-graph').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('explorer:first-graph')[0]!.startTime);
}

/** Times to first graph: cold (a new context each run) and warm (a reload in one context). */
async function timings(browser: Browser, base: string): Promise<{ cold: number[]; warm: number[] }> {
  const cold: number[] = [];
  const warm: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const context: BrowserContext = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(base + VIEW);
    cold.push(await firstGraph(page));
    await page.reload();
    warm.push(await firstGraph(page));
    await context.close();
  }
  return { cold, warm };
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KiB`;
const ms = (n: number): string => `${n.toFixed(0)} ms`;
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Prints rows as an aligned table (first column left, the others right). */
function table(title: string, header: string[], rows: string[][]): void {
  const all = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => '-'.repeat(w)).join('  ')}`);
  for (const r of rows) console.log(line(r));
}

async function main(): Promise<void> {
  const given = process.argv[2];
  let service: Service | undefined;
  let base = given?.replace(/\/$/, '');
  if (!base) {
    const config = { ...loadConfig(), port: 0, host: '127.0.0.1', logLevel: 'warn' as const };
    service = await startService({ config, logger: createLogger({ level: config.logLevel }) });
    base = service.server.url;
  }
  const browser = await launchChromium();
  try {
    const transfers = await pageWeight(browser, base);
    const assets = transfers.filter((t) => t.kind === 'asset').sort((a, b) => b.decoded - a.decoded);
    const api = transfers.filter((t) => t.kind === 'graphql');
    const sum = (ts: Transfer[], k: 'wire' | 'decoded') => ts.reduce((n, t) => n + t[k], 0);
    table(
      `Page weight of ${VIEW} (cold cache)`,
      ['response', 'on the wire', 'decoded'],
      [
        ...assets.map((t) => [t.path, kb(t.wire), kb(t.decoded)]),
        [`all ${assets.length} assets`, kb(sum(assets, 'wire')), kb(sum(assets, 'decoded'))],
        [`${api.length} GraphQL answers`, kb(sum(api, 'wire')), kb(sum(api, 'decoded'))],
        ['total', kb(sum(transfers, 'wire')), kb(sum(transfers, 'decoded'))],
      ],
    );
    const { cold, warm } = await timings(browser, base);
    table(
      `Time to first drawn graph, ${RUNS} runs (navigation start → first Cytoscape frame with the neighbourhood)`,
      ['load', 'median', 'min', 'max'],
      [
        ['cold (new context)', ms(median(cold)), ms(Math.min(...cold)), ms(Math.max(...cold))],
        ['warm (reload)', ms(median(warm)), ms(Math.min(...warm)), ms(Math.max(...warm))],
      ],
    );
  } finally {
    await browser.close();
    await service?.stop();
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
