/// <reference lib="dom" />
/**
 * The book as a person sees it, in a real browser (Chromium, headless): every page of
 * the books of the sample org, the golden orgs and a hostile fixture loads from the
 * file system with no console error and no failed request, fetches nothing from another
 * host, every link resolves to a page (and anchor) that exists, axe-core finds no
 * serious or critical violation, the graph has a node per function linking to its page,
 * and charter text never runs as script. Screenshots of the index and a function page,
 * at desktop and phone widths, go to test-output/book/screenshots/ (git-ignored).
 */
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { launchBrowser, seriousViolations } from './browser.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUTPUT = path.join(ROOT, 'test-output', 'book');
const SCREENSHOTS = path.join(OUTPUT, 'screenshots');

/** The books to build and crawl: name, charters directory, a function whose page is screenshot. */
const BOOKS = [
  { name: 'sample', charters: 'charters', screenshot: 'csm' },
  { name: 'defective', charters: 'tests/golden/orgs/defective/charters', screenshot: 'csm' },
  { name: 'without-org-yaml', charters: 'tests/golden/orgs/without-org-yaml/charters', screenshot: undefined },
  { name: 'hostile', charters: 'tests/fixtures/book/hostile/charters', screenshot: undefined },
] as const;

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 900 },
  { name: 'phone', width: 390, height: 844 },
] as const;

let browser: Browser;
let page: Page;
/** What loading a page went wrong with: console errors, page errors, failed or foreign requests. */
let problems: string[] = [];

beforeAll(async () => {
  rmSync(OUTPUT, { recursive: true, force: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const book of BOOKS) {
    const run = await runCli(['book', book.charters, '--out', path.join(OUTPUT, book.name)], { cwd: ROOT });
    if (run.code !== 0) throw new Error(`charter book ${book.charters} exited ${run.code}: ${run.stderr}`);
  }
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: VIEWPORTS[0] });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText ?? ''})`));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    problems.push(`request to another host: ${url}`);
    return route.abort();
  });
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

/** Every page of a built book, relative to its root. */
function pagesOf(dir: string, prefix = ''): string[] {
  return readdirSync(path.join(dir, prefix), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? pagesOf(dir, path.posix.join(prefix, e.name)) : e.name.endsWith('.html') ? [path.posix.join(prefix, e.name)] : [],
  );
}

/** Loads a page of a book; returns what went wrong while loading it. */
async function load(file: string): Promise<string[]> {
  problems = [];
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return problems;
}

describe.each(BOOKS)('the book of $name', (book) => {
  const dir = path.join(OUTPUT, book.name);

  it('every page loads cleanly, passes axe-core, and every link leads to a page and anchor that exist', async () => {
    const pages = pagesOf(dir);
    expect(pages).toContain('index.html');
    const ids = new Map<string, Set<string>>();
    const links: { from: string; href: string }[] = [];
    for (const rel of pages) {
      const file = path.join(dir, rel);
      expect(await load(file), rel).toEqual([]);
      ids.set(file, new Set(await page.$$eval('[id]', (els) => els.map((e) => e.id))));
      const hrefs = await page.$$eval('a', (as) =>
        as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')).filter((h): h is string => h !== null),
      );
      for (const href of hrefs) links.push({ from: rel, href: new URL(href, page.url()).href });
      expect(await seriousViolations(page), rel).toEqual([]);
    }
    expect(links.length).toBeGreaterThan(pages.length);
    for (const { from, href } of links) {
      expect(href.startsWith('file:'), `${from} links to ${href}`).toBe(true);
      const url = new URL(href);
      const target = fileURLToPath(`${url.origin === 'null' ? 'file://' : url.origin}${url.pathname}`);
      expect(existsSync(target), `${from} links to ${href}, which does not exist`).toBe(true);
      if (url.hash !== '') {
        expect(ids.get(target)?.has(decodeURIComponent(url.hash.slice(1))), `${from} links to ${href}: no such anchor`).toBe(true);
      }
    }
  }, 120_000);

  it('the dependency graph has a node per function, each linking to its page', async () => {
    await load(path.join(dir, 'dependencies.html'));
    const functions = pagesOf(dir).filter((p) => p.startsWith('functions/')).sort();
    const nodes = await page.$$eval('svg g.node a', (as) => as.map((a) => a.getAttribute('xlink:href') ?? a.getAttribute('href')));
    expect([...nodes].sort()).toEqual(functions);
    expect(await page.locator('script').count()).toBe(0);
  });

  if (book.screenshot !== undefined) {
    it.each(VIEWPORTS)('screenshots of the index and a function page at $name width', async (viewport) => {
      await page.setViewportSize(viewport);
      try {
        for (const [name, rel] of [
          ['index', 'index.html'],
          [book.screenshot, `functions/${book.screenshot}.html`],
          ['dependencies', 'dependencies.html'],
        ] as const) {
          expect(await load(path.join(dir, rel))).toEqual([]);
          await page.screenshot({ path: path.join(SCREENSHOTS, `${book.name}-${name}-${viewport.name}.png`), fullPage: true });
          // Nothing is wider than the phone's screen but what is meant to scroll (tables, the graph).
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, `${rel} at ${viewport.name} width scrolls sideways`).toBeLessThanOrEqual(0);
        }
      } finally {
        await page.setViewportSize(VIEWPORTS[0]);
      }
    }, 60_000);
  }
});

describe('charter text is text', () => {
  it('a <script> in a mission, a name or an activity shows as written and never runs', async () => {
    const dir = path.join(OUTPUT, 'hostile');
    for (const rel of pagesOf(dir)) {
      expect(await load(path.join(dir, rel)), rel).toEqual([]);
      expect(await page.evaluate(() => (globalThis as { __bookXss?: unknown }).__bookXss), rel).toBeUndefined();
      expect(await page.locator('script, img, iframe, b, i, em, u').count(), rel).toBe(0);
    }
    await load(path.join(dir, 'functions/csm.html'));
    expect(await page.locator('h1').innerText()).toBe('CSMs <script>window.__bookXss = 3</script>');
    expect(await page.locator('.lead').innerText()).toContain('goals <script>window.__bookXss = 4</script> with | pipes');
    expect(await page.locator('#activity-prep').innerText()).toContain('Prepare </li></ul><script>');
    await load(path.join(dir, 'index.html'));
    expect(await page.locator('h1').innerText()).toBe('<b>Hostile</b> & "Quoted" Success');
    expect(await page.title()).toBe('<b>Hostile</b> & "Quoted" Success');
  });
});
