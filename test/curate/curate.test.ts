/**
 * The curation page in real headless Chromium against the real service on the seeded graph: a
 * curator pastes an article the seed does not hold (test/curate/fixtures/, written for this test
 * in the manner of a news report; not a real article), decides on its actors and relationships,
 * adds relationships by selecting their quotes with the mouse, meets a refusal, reviews the dry
 * run, ingests, finds the relationships in the Explorer, and retracts the article again. Every
 * interaction is counted per relationship (interactions.ts). The steps share one page and run in
 * order. Screenshots go to test-results/curate/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { useSeededService } from '../helpers/use-seeded-graph.js';
import { projectRoot } from '../../src/project-root.js';
import { launchChromium } from '../explorer/chromium.js';
import { Interactions } from './interactions.js';

declare global {
  interface Window {
    curate: { draft(): Draft };
  }
}

type Rel = {
  key: string;
  origin: string;
  decision: string;
  type: string;
  source: string;
  target: string;
  quote: string;
  validFrom: string | null;
};
type Actor = { key: string; origin: string; id: string; name: string; type: string; decision: string; merge: { id: string } | null };
type Draft = { step: number; analysedText: string | null; actors: Actor[]; relationships: Rel[]; current: { relationship: string | null } };

const SHOTS = path.join(projectRoot(), 'test-results', 'curate');
const TEXT = readFileSync(path.join(projectRoot(), 'test', 'curate', 'fixtures', 'lima-distributor-sale.txt'), 'utf8');
const KEY = 'curate-test-secret-0123456789';
const ARTICLE = {
  title: 'Chinese power group completes purchase of Lima electricity distributor',
  source: 'Andes Energy Wire',
  url: 'https://example.org/energy/2025/03/csgi-enel-distribucion-peru',
  publishedAt: '2025-03-12',
};
const ARTICLE_ID = '2025-03-12-chinese-power-group-completes-purchase-of-lima';
const MAX_ASSET_BYTES = 300 * 1024;

/** Proposals a careful reader accepts as they stand (claims as the page writes them). */
const GOOD = new Set([
  'China Southern Power Grid International —ACQUIRED→ Enel Distribución Perú',
  'Indecopi —AFFILIATED_WITH→ Peru',
  'China Three Gorges —ACQUIRED→ Luz del Sur',
  'Meng Zhenping —LEADS→ China Southern Power Grid',
  'Dina Boluarte —MET→ Meng Zhenping',
  'Chancay Port —LOCATED_IN→ Lima',
  'Electroperú —AFFILIATED_WITH→ Peru',
]);
/** A proposal right but for its target, corrected in the editor. */
const TO_EDIT = 'China Southern Power Grid International —PARTNERS_WITH→ Peru';
/** The relationships added by hand: the words selected as the quote, the ends and the type. */
const BY_HAND = [
  {
    claim: 'COSCO Shipping —OPERATES→ Chancay Port',
    quote: 'Chancay Port, the deep-water terminal in the Lima region that the Cosco Group operates',
    type: 'OPERATES',
    ends: ['COSCO Shipping as source', 'Chancay Port as target'],
  },
  {
    claim: 'Enel —SOLD→ Enel Distribución Perú',
    quote: 'acquired 83.15 % of the distributor from the Italian group Enel',
    type: 'SOLD',
    target: 'Enel Distribución Perú (new)',
  },
  {
    // Selected from the keyboard: a double-click on "Lima", then Ctrl+Shift+→ twice.
    claim: 'Apoyo —HEADQUARTERED_IN→ Lima',
    quote: 'Lima consultancy Apoyo',
    keys: ['Control+Shift+ArrowRight', 'Control+Shift+ArrowRight'],
    type: 'HEADQUARTERED_IN',
    swap: true,
  },
] as { claim: string; quote: string; type: string; keys?: string[]; ends?: string[]; target?: string; swap?: boolean }[];

const draftOf = (page: Page) => page.evaluate(() => window.curate.draft());
/** Waits until `predicate` holds in the page and no request is in flight (functions only: the CSP forbids eval). */
async function settled<A>(page: Page, predicate: (arg: A) => boolean = () => true, arg?: A): Promise<void> {
  await page.waitForFunction(predicate as (arg: unknown) => boolean, arg, { timeout: 20_000 });
  await page.waitForFunction(() => document.documentElement.dataset.busy === 'false', null, { timeout: 20_000 });
}
const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('curate: the /curate page in headless Chromium', () => {
  const t = useSeededService({ env: { API_KEYS: `curate-test:${KEY}` } });
  let browser: Browser;
  let page: Page;
  let did: Interactions;
  const errors: string[] = [];
  const shot = (p: Page, name: string, fullPage = false) => p.screenshot({ path: path.join(SHOTS, name), fullPage });
  /** A page whose console errors and warnings and page errors fail the test. */
  const watched = async (viewport = { width: 1280, height: 1000 }) => {
    const p = await browser.newPage({ viewport });
    p.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    return p;
  };
  const gql = async <T>(query: string): Promise<T> => {
    const r = await t.gql<T>(query);
    expect(r.errors, JSON.stringify(r.errors)).toBeUndefined();
    return r.data!;
  };
  const graphState = () =>
    gql<{ stats: { dataVersion: string }; article: { id: string } | null; auditLog: { totalCount: number } }>(
      `{ stats { dataVersion } article(id: "${ARTICLE_ID}") { id } auditLog { totalCount } }`,
    );
  /** Enters the key in the key dialog when the page asks for it. */
  const giveKey = async (p: Page) => {
    const dialog = p.locator('#key-dialog');
    await dialog.waitFor({ state: 'visible' });
    expect(await dialog.textContent()).toContain('asks for a key to write to the graph');
    await p.getByLabel('Key', { exact: true }).fill(KEY);
    await p.getByRole('button', { name: 'Use this key' }).click();
  };

  let before: Awaited<ReturnType<typeof graphState>>;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launchChromium();
    page = await watched();
    did = new Interactions(page);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('serves the page under the Explorer’s CSP, nothing inline, its own assets under 300 KiB', async () => {
    const res = await fetch(`${t.url}/curate`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle=|\son[a-z]+=/);

    const served: { url: string; bytes: number }[] = [];
    const pending: Promise<void>[] = [];
    page.on('response', (r) => {
      const u = new URL(r.url());
      if (u.pathname === '/graphql' || u.pathname.includes('/vendor/')) return;
      pending.push(r.body().then((b) => void served.push({ url: u.pathname, bytes: b.length })));
    });
    await page.goto(`${t.url}/curate`);
    await settled(page, () => document.querySelectorAll('#steps button').length === 5);
    await Promise.all(pending);
    page.removeAllListeners('response');
    const total = served.reduce((n, s) => n + s.bytes, 0);
    console.log(
      `/curate's own assets: ${served.length} files, ${total} bytes (${(total / 1024).toFixed(1)} KiB)\n` +
        served.map((s) => `  ${s.bytes}\t${s.url}`).join('\n'),
    );
    expect(served.some((s) => s.url === '/curate')).toBe(true);
    expect(served.some((s) => s.url === '/curate/curate.css')).toBe(true);
    expect(served.some((s) => s.url === '/curate/js/main.js')).toBe(true);
    expect(served.every((s) => /^\/(curate|explore)(\/|$)/.test(s.url))).toBe(true);
    expect(total).toBeLessThan(MAX_ASSET_BYTES);
    expect(await page.title()).toBe('Article · Curate · China–Peru knowledge graph');
    await shot(page, '00-start.png');
  });

  it('warns at once when the URL is already in the graph, and says a re-ingest replaces its claims', async () => {
    before = await graphState();
    const known = 'https://maritimeprofessional.com/news/cosco-shipping-evaluating-impact-peru-392472';
    await page.getByLabel('URL').fill(known);
    const notice = page.locator('#existing-article');
    await notice.waitFor({ state: 'visible' });
    expect(await notice.textContent()).toContain('An article with this URL is already in the graph');
    expect(await notice.textContent()).toContain('replaces that article’s claims');
    expect(await notice.getByRole('button', { name: 'Retract this article …' }).count()).toBe(1);
    await shot(page, '01-known-url.png');
    await page.getByLabel('URL').fill('');
    await notice.waitFor({ state: 'hidden' });
  });

  it('analyses a pasted article and shows its actors in their type colours with the Explorer’s legend', async () => {
    await page.getByLabel('Text', { exact: true }).fill(TEXT);
    await page.getByLabel('Title').fill(ARTICLE.title);
    await page.getByLabel('Outlet').fill(ARTICLE.source);
    await page.getByLabel('URL').fill(ARTICLE.url);
    await page.getByLabel('Date published').fill(ARTICLE.publishedAt);
    expect(await page.getByLabel('Article id').inputValue()).toBe(ARTICLE_ID);
    await page.getByRole('button', { name: 'Analyse the text →' }).click();
    await settled(page, () => window.curate.draft().step === 2);

    const d = await draftOf(page);
    expect(d.analysedText).toBe(TEXT);
    expect(d.relationships.length).toBeGreaterThanOrEqual(6);
    // The text is drawn exactly, every name marked where the analysis found it.
    expect(await page.locator('#article-text').textContent()).toBe(TEXT);
    const marks = await page
      .locator('#article-text mark')
      .evaluateAll((ms) => ms.map((m) => ({ text: m.textContent, color: (m as HTMLElement).style.getPropertyValue('--type-color') })));
    expect(marks.find((m) => m.text === 'Dina Boluarte')?.color).toBe('#d1495b'); // PERSON, as in the Explorer
    expect(marks.find((m) => m.text === 'Chancay Port')?.color).toBe('#8e5ea2'); // INFRASTRUCTURE
    const legend = (await page.locator('#legend').textContent()) ?? '';
    for (const label of ['Person', 'Company', 'Country', 'Infrastructure', 'in the graph', 'new']) expect(legend).toContain(label);
    await shot(page, '02-actors.png');
  });

  it('renames, retypes, merges and rejects candidates, and adds an actor selected in the text', async () => {
    const card = (name: string) => page.locator('#candidate-list li.card', { has: page.locator('strong', { hasText: name }) });
    did.for('actors');
    // Rename: the sentence's opening "The" keeps the analysis from the committee's whole name.
    const committee = card('Mines Committee');
    await did.type(committee.getByLabel('Name'), 'Energy and Mines Committee');
    await did.press('Tab');
    await expect
      .poll(async () => (await draftOf(page)).actors.find((a) => a.name === 'Energy and Mines Committee')?.id)
      .toBe('energy-and-mines-committee');
    await did.click(card('Energy and Mines Committee').getByRole('button', { name: 'Accept' }));
    // Accept as it stands: the title stays outside the name ("Congressman Alejandro Muñante").
    await did.click(card('Alejandro Muñante').getByRole('button', { name: 'Accept' }));
    // Retype.
    await did.select(card('Apoyo').getByLabel('Type'), 'ORGANIZATION');
    await expect.poll(async () => (await draftOf(page)).actors.find((a) => a.name === 'Apoyo')?.type).toBe('ORGANIZATION');
    // Merge with an actor the graph knows, found by search.
    await did.click(card('Cosco Group').getByRole('button', { name: 'Merge with a known actor …' }));
    const search = page.getByLabel('Known actor to merge “Cosco Group” with');
    await did.type(search, 'Cosco');
    await page.locator('[role="option"]', { hasText: 'COSCO Shipping' }).first().waitFor();
    await did.press('Enter');
    await expect.poll(async () => (await draftOf(page)).actors.find((a) => a.name === 'Cosco Group')?.merge?.id).toBe('cosco-shipping');
    expect(await card('Cosco Group').textContent()).toContain('Merged with COSCO Shipping');
    // Reject two that are places, not actors of this story.
    for (const name of ['Government Palace', 'Latin America']) await did.click(card(name).getByRole('button', { name: 'Reject' }));
    // Add "Enel", the seller, by selecting its name in the text, then N.
    const at = TEXT.indexOf('Italian group Enel') + 'Italian group '.length;
    await did.drag(at, at + 'Enel'.length);
    await did.press('n');
    await did.select(page.locator('#new-actor-type'), 'COMPANY');
    await did.click(page.getByRole('button', { name: 'Add the actor' }));
    const enel = (await draftOf(page)).actors.find((a) => a.name === 'Enel');
    expect(enel).toMatchObject({ origin: 'manual', id: 'enel', type: 'COMPANY', decision: 'accepted' });
    await shot(page, '03-actors-decided.png');
  });

  it('keeps the draft through a reload', async () => {
    const d = await draftOf(page);
    await page.reload();
    await settled(page, () => window.curate?.draft().step === 2);
    expect(await draftOf(page)).toEqual(d);
    expect(await page.locator('#status').textContent()).toContain('Draft restored');
  });

  it('accepts, edits and rejects the proposals by key, and adds relationships by selecting quotes (mouse drags, keyboard)', async () => {
    did.for('steps');
    await did.press('Alt+3');
    await settled(page, () => window.curate.draft().step === 3);
    await shot(page, '04-relationships.png');

    for (let guard = 0; guard < 40; guard++) {
      const d = await draftOf(page);
      const current = d.relationships.find((r) => r.key === d.current.relationship);
      if (!current || current.decision !== 'pending') break;
      const claim = (await page.locator('#relationship-list .rel-card.current .claim').textContent()) ?? '';
      const decided = () => draftOf(page).then((x) => x.relationships.find((r) => r.key === current.key)?.decision);
      if (GOOD.has(claim)) {
        did.for(`accepted: ${claim}`);
        await did.press('a');
      } else if (claim === TO_EDIT) {
        did.for(`edited: ${claim} → Electroperú`);
        await did.press('e');
        await did.click(page.getByRole('button', { name: 'Electroperú as target' }));
        await did.press('Control+Enter');
      } else {
        did.for('rejected proposals');
        await did.press('r');
      }
      await expect.poll(decided).not.toBe('pending');
    }

    for (const h of BY_HAND) {
      did.for(`by hand: ${h.claim}`);
      const start = TEXT.indexOf(h.quote);
      expect(start).toBeGreaterThan(0);
      if (h.keys) {
        await did.dblclickWord(start, start + h.quote.indexOf(' '));
        for (const key of h.keys) await did.press(key);
      } else await did.drag(start, start + h.quote.length);
      await did.press('n');
      const editor = page.locator('#new-relationship-slot form.editor');
      await editor.waitFor();
      expect(await editor.locator('.quote-text').textContent()).toBe(h.quote);
      for (const end of h.ends ?? []) await did.click(editor.getByRole('button', { name: end }));
      await did.select(editor.getByLabel('Relation type'), h.type);
      if (h.target) await did.select(editor.getByLabel('Target', { exact: true }), { label: h.target });
      if (h.swap) await did.click(editor.getByRole('button', { name: 'Swap source and target' }));
      if (h === BY_HAND[0]) await shot(page, '05-new-relationship.png');
      await did.click(editor.getByRole('button', { name: 'Save and accept' }));
      await editor.waitFor({ state: 'detached' });
    }

    const d = await draftOf(page);
    const name = (key: string) => {
      const a = d.actors.find((x) => x.key === key)!;
      return a.merge ? 'COSCO Shipping' : a.name;
    };
    const accepted = d.relationships.filter((r) => r.decision === 'accepted');
    const claims = accepted.map((r) => `${name(r.source)} —${r.type}→ ${name(r.target)}`);
    for (const h of BY_HAND) {
      expect(claims).toContain(h.claim);
      // The quote is the selection, verbatim.
      const r = accepted.find((x) => x.origin === 'manual' && x.quote === h.quote)!;
      expect(TEXT.includes(r.quote)).toBe(true);
    }
    expect(accepted.length).toBeGreaterThanOrEqual(6);
    expect(accepted.filter((r) => r.origin === 'manual').length).toBeGreaterThanOrEqual(3);

    console.log(`Interactions per relationship (a click, key press or drag counts 1; a drop-down choice 2):\n${did.report()}`);
    for (const [label, n] of did.counts) {
      if (label.startsWith('accepted: ') || label.startsWith('edited: ')) expect(n, label).toBeLessThanOrEqual(3);
      if (label.startsWith('by hand: ')) expect(n, label).toBeLessThanOrEqual(8);
    }
    await shot(page, '06-relationships-decided.png', true);
  });

  it('shows each problem of a refused draft beside its field, and writes nothing', async () => {
    // Two mistakes: an impossible date on the article, and a relationship dated in words.
    await page.keyboard.press('Alt+1');
    await page.getByLabel('Date published').fill('2025-02-30');
    await page.keyboard.press('Alt+3');
    const met = (await draftOf(page)).relationships.find((r) => r.type === 'MET')!;
    await page.locator(`#relationship-list li[data-key="${met.key}"]`).getByRole('button', { name: 'Edit' }).click();
    await page.locator(`#rel-validFrom-${met.key}`).fill('early 2025');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Alt+4');
    await giveKey(page);
    await settled(page, () => document.querySelectorAll('#review-body .problem').length > 0);

    const problems = page.locator('#review-body li.problem');
    expect(await problems.count()).toBe(2);
    const date = problems.filter({ hasText: 'Date published' });
    expect(await date.locator('.problem-value').textContent()).toBe('2025-02-30');
    expect(await date.locator('.field-error').textContent()).toBe('must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
    const valid = problems.filter({ hasText: 'Valid from' });
    expect(await valid.locator('.problem-where').textContent()).toBe('Relationship Dina Boluarte —MET→ Meng Zhenping');
    expect(await valid.locator('.problem-value').textContent()).toBe('early 2025');
    expect(await valid.locator('.field-error').textContent()).toBe('must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
    expect(await page.getByRole('button', { name: 'Next: ingest →' }).isDisabled()).toBe(true);
    await shot(page, '07-refused.png');
    // Nothing was written.
    expect(await graphState()).toEqual(before);

    // "Fix it" leads to the field, where the same message stands beside it.
    await date.getByRole('button', { name: 'Fix it' }).click();
    const field = page.getByLabel('Date published');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('article-publishedAt');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#article-publishedAt-error').textContent()).toBe('must be a real date written YYYY, YYYY-MM or YYYY-MM-DD');
    await shot(page, '07b-refused-field.png');
    await field.fill(ARTICLE.publishedAt);

    await page.keyboard.press('Alt+4');
    await settled(page, () => document.querySelectorAll('#review-body .problem').length === 1);
    await problems.filter({ hasText: 'Valid from' }).getByRole('button', { name: 'Fix it' }).click();
    const validFrom = page.locator(`#rel-validFrom-${met.key}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`rel-validFrom-${met.key}`);
    expect(await validFrom.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#rel-validFrom-${met.key}-error`).textContent()).toBe(
      'must be a real date written YYYY, YYYY-MM or YYYY-MM-DD',
    );
    await validFrom.fill('2025-03');
    await page.keyboard.press('Control+Enter');
    expect(await graphState()).toEqual(before);
  });

  it('reviews the dry run as a diff of the graph', async () => {
    await page.keyboard.press('Alt+4');
    await settled(page, () => document.querySelector('#review-body .result-diff') !== null);
    const section = (kind: string) => page.locator(`#review-body .diff-${kind} li`).allTextContents();
    const created = await section('created');
    for (const h of BY_HAND) expect(created.some((c) => c.startsWith(h.claim))).toBe(true);
    expect((await section('corroborated')).some((c) => c.startsWith('Chancay Port —LOCATED_IN→ Lima'))).toBe(true);
    expect(await section('matched')).toContain(' “Cosco Group” → COSCO Shipping');
    expect(await section('actors')).toEqual(
      expect.arrayContaining([' Enel', ' Alejandro Muñante', ' Energy and Mines Committee', ' China Southern Power Grid International']),
    );
    expect(await page.getByRole('button', { name: 'Next: ingest →' }).isDisabled()).toBe(false);
    expect(await graphState()).toEqual(before);
    await shot(page, '08-review.png', true);
  });

  let ingested: { dataVersion: string };
  /** The page that opens the Explorer's links (its own context, so it asks for the key again). */
  let explorer: Page;
  let links: { id: string; href: string; quote: string }[] = [];

  it('ingests, then opens every new relationship in the Explorer with its quote and who ingested it', async () => {
    await page.getByRole('button', { name: 'Next: ingest →' }).click();
    await page.getByRole('button', { name: 'Ingest', exact: true }).click();
    await settled(page, () => document.querySelector('#ingest-body .notice.success') !== null);
    expect(await page.locator('#ingest-body .notice').textContent()).toContain(`article ${ARTICLE_ID}`);
    expect(await page.evaluate(() => localStorage.getItem('china-peru-kg.curate.draft'))).toBeNull();
    await shot(page, '09-ingested.png', true);

    const after = await gql<{
      stats: { dataVersion: string };
      article: { relationships: { id: string; evidence: { quote: string; article: { id: string } }[] }[] };
    }>(`{ stats { dataVersion } article(id: "${ARTICLE_ID}") { relationships { id evidence { quote article { id } } } } }`);
    ingested = after.stats;
    expect(after.article.relationships.length).toBeGreaterThanOrEqual(9);
    links = await page.locator('#ingest-body .diff-created li, #ingest-body .diff-corroborated li').evaluateAll((lis) =>
      lis.map((li) => ({
        id: (li as HTMLElement).dataset.id!,
        href: li.querySelector('a.explorer-link')!.getAttribute('href')!,
        quote: li.querySelector('blockquote')!.textContent!,
      })),
    );
    expect(links.map((l) => l.id).sort()).toEqual(after.article.relationships.map((r) => r.id).sort());

    explorer = await watched();
    for (const link of links) {
      await explorer.goto(`${t.url}${link.href}`);
      await settled(
        explorer,
        (id) =>
          (window as unknown as { explorer?: { cy: { getElementById(id: string): { selected(): boolean } } } }).explorer?.cy
            .getElementById(id)
            .selected() === true,
        link.id,
      );
      const details = explorer.locator('#details');
      await expect.poll(() => details.locator('blockquote').allTextContents()).toContain(link.quote);
      await expect.poll(() => details.textContent()).toContain('Ingested by curate-test on');
    }
    await shot(explorer, '10-explorer-evidence.png');
  });

  it('links the Explorer’s quote to its article on the curation page, which retracts it after a preview and undoes that', async () => {
    // From the Explorer to a correction: the link opens the article on the curation page.
    await explorer.locator(`#details a.curate-link[href="/curate?article=${ARTICLE_ID}"]`).first().click();
    await settled(explorer, () => document.getElementById('existing-article')?.hidden === false);
    expect(new URL(explorer.url()).searchParams.get('article')).toBe(ARTICLE_ID);
    expect(await explorer.getByLabel('Title').inputValue()).toBe(ARTICLE.title);
    expect(await explorer.locator('#existing-article').textContent()).toContain('An article with this id is already in the graph');

    // Retract it: a reason, a preview first, then the retraction.
    await explorer.getByRole('button', { name: 'Retract this article …' }).click();
    await explorer.getByLabel('Reason (recorded in the audit trail)').fill('Test article: taken back by the curation test.');
    await explorer.getByLabel('Also remove the actors it leaves with no relationship').check();
    expect(await explorer.getByRole('button', { name: 'Retract the article' }).isDisabled()).toBe(true);
    await explorer.getByRole('button', { name: 'Preview the retraction' }).click();
    await giveKey(explorer);
    await settled(explorer, () => document.querySelector('.retract-preview .retract-summary') !== null);
    const preview = (await explorer.locator('.retract-preview').textContent()) ?? '';
    expect(preview).toContain('Preview: nothing is changed yet');
    expect(preview).toContain('Relationships that would be removed');
    expect(preview).toContain('Chancay Port —LOCATED_IN→ Lima'); // kept: the seed supports it too
    expect(preview).toContain('Cosco Group (of cosco-shipping)');
    expect((await graphState()).article).not.toBeNull();
    await shot(explorer, '11-retract-preview.png', true);
    await explorer.getByRole('button', { name: 'Retract the article' }).click();
    await settled(explorer, () => document.querySelector('#retract-panel h3')?.textContent?.startsWith('Retracted') === true);
    const gone = await graphState();
    expect(gone.article).toBeNull();
    // With the orphans removed, the graph is back to its content before the ingest.
    expect(gone.stats.dataVersion).toBe(before.stats.dataVersion);
    await shot(explorer, '12-retracted.png', true);
    await explorer.getByRole('button', { name: 'Undo the retraction' }).click();
    await settled(explorer, () => document.querySelector('#retract-panel .notice') !== null);
    expect((await graphState()).stats.dataVersion).toBe(ingested.dataVersion);
    expect((await graphState()).article).not.toBeNull();
    await explorer.close();
  });

  it('works at 375 px wide without sideways scrolling', async () => {
    const narrow = await watched({ width: 375, height: 812 });
    try {
      await narrow.goto(`${t.url}/curate`);
      await settled(narrow, () => document.querySelectorAll('#steps button').length === 5);
      expect(await noSidewaysScroll(narrow)).toBe(true);
      await shot(narrow, '13-narrow-article.png');
      await narrow.getByLabel('Text', { exact: true }).fill(TEXT);
      await narrow.getByLabel('Outlet').fill(ARTICLE.source);
      await narrow.getByRole('button', { name: 'Analyse the text →' }).click();
      await settled(narrow, () => window.curate.draft().step === 2);
      expect(await noSidewaysScroll(narrow)).toBe(true);
      await shot(narrow, '14-narrow-actors.png');
      await narrow.keyboard.press('Alt+3');
      await narrow.keyboard.press('e');
      await narrow.locator('form.editor').waitFor();
      expect(await noSidewaysScroll(narrow)).toBe(true);
      await narrow.locator('form.editor').scrollIntoViewIfNeeded();
      await shot(narrow, '15-narrow-editor.png');
      await shot(narrow, '15b-narrow-full.png', true);
    } finally {
      await narrow.close();
    }
  });

  it('logged no console error or warning and no page error', () => {
    expect(errors).toEqual([]);
  });
});
