/**
 * The content script on a 10,000-paragraph page in Chromium (DESIGN.md §6): its scan +
 * highlight next to a bare TreeWalker pass over the same page's text nodes (ratio ≤ 1.5), and
 * the longest main-thread task while it runs (≤ 50 ms).
 *
 * Measured by injecting the content script's scanning code (extension/content, bundled and
 * minified by esbuild as WXT bundles it) into a plain page served on 127.0.0.1: inside the
 * extension the scan starts on its own at document_idle and cannot be timed from outside
 * without instrumenting the shipped script. Each measurement runs on a freshly loaded page, so
 * both sides start cold (no DOM wrappers, no JIT), as a content script does. A last check loads
 * the built extension (.output/chrome-mv3) and waits for its highlights on the same page.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { ARTICLE_3944_EXCERPT } from '../../shared/references/testing/article-3944';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PARAGRAPHS = 10_000;
const ROUNDS = 5;
const TARGET_RATIO = 1.5;
const TARGET_TASK_MS = 50;
const HARNESS_GLOBAL = '__dispatchTrackerBench';

interface BarePass {
  ms: number;
  textNodes: number;
  characters: number;
}

interface ScanMeasure {
  scanMs: number;
  reportMs: number;
  slices: number;
  longestSliceMs: number;
  wallMs: number;
  longestTaskMs: number;
  frameAfterMs: number;
  ranges: number;
  distinct: number;
  rows: number;
  primary: string | null;
}

/** `npm run build` when .output has no Chrome build yet (the bundle-size benchmark uses it too). */
export function buildExtensionIfMissing(): void {
  if (existsSync(join(repo, '.output/chrome-mv3/manifest.json'))) return;
  console.log('building the extension (npm run build)…');
  execFileSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
}

/** The article's paragraphs (the team fixture, else the excerpt kept in the repo). */
function articleParagraphs(): string[] {
  const fixture = join(repo, '../shared/fixtures/news-3944-UBND-NC.txt');
  const text = existsSync(fixture) ? readFileSync(fixture, 'utf8') : ARTICLE_3944_EXCERPT;
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * A news portal's page, 10,000 paragraphs long: the 3944/UBND-NC article's paragraphs over and
 * over (prose, and references about one paragraph in three), with the inline markup portals
 * use: bold runs, links, and now and then a reference split across elements.
 */
export function benchPageHtml(paragraphs = PARAGRAPHS): string {
  const source = articleParagraphs().map(escapeHtml);
  const parts: string[] = [];
  for (let i = 0; i < paragraphs; i++) {
    let p = source[i % source.length] as string;
    if (i % 5 === 0) p = p.replace(/^(\S+ \S+ \S+)/, '<b>$1</b>');
    if (i % 7 === 0) p = p.replace(/(\S+ \S+)$/, '<a href="/tin/$1">$1</a>');
    if (i % 11 === 0) p = p.replace('3944/UBND-NC', '3944/<b>UBND</b>-NC');
    if (i % 50 === 0) parts.push(`<section><h2>Mục ${i / 50 + 1}</h2>`);
    parts.push(`<p>${p}</p>`);
    if (i % 50 === 49) parts.push('</section>');
  }
  // The highlight's style is in the page from the start, as the manifest has the browser inject it.
  const highlightCss = readFileSync(join(repo, 'extension/content/highlight.css'), 'utf8');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đẩy mạnh phong trào toàn dân bảo vệ ANTQ</title><style>${highlightCss}</style></head>
<body><header><nav><a href="/">Trang chủ</a> · <a href="/tin">Tin tức</a></nav></header>
<main><article>${parts.join('\n')}</article></main><footer>Cổng thông tin điện tử</footer></body></html>`;
}

async function harnessBundle(): Promise<string> {
  const result = await build({
    entryPoints: [join(repo, 'extension/content/testing/benchmark-page.ts')],
    bundle: true,
    format: 'iife',
    globalName: HARNESS_GLOBAL,
    minify: true,
    target: 'chrome120',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function serve(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}

/** A fresh copy of the page, loaded and laid out, with the harness in it. */
async function freshPage(page: Page, url: string, harness: string): Promise<void> {
  await page.goto(url, { waitUntil: 'load' });
  // Let the first layout and paint of the long page finish before anything is timed.
  await page.evaluate('new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)))');
  await page.addScriptTag({ content: harness });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;

async function measureInjected(browser: Browser, url: string, harness: string) {
  const page = await browser.newPage();
  const bare: BarePass[] = [];
  const scans: ScanMeasure[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    await freshPage(page, url, harness);
    bare.push((await page.evaluate(`${HARNESS_GLOBAL}.barePass()`)) as BarePass);
    await freshPage(page, url, harness);
    scans.push((await page.evaluate(`${HARNESS_GLOBAL}.scanAndHighlight()`)) as ScanMeasure);
  }
  await page.close();
  return { bare, scans };
}

/** The built extension on the same page: how long until its highlights are on screen. */
async function checkThroughExtension(url: string): Promise<string> {
  const extension = join(repo, '.output/chrome-mv3');
  const profile = mkdtempSync(join(tmpdir(), 'dispatch-tracker-bench-'));
  let context: BrowserContext | null = null;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
      ],
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const handle = await page.waitForFunction(
      `(() => { const h = CSS.highlights.get('dispatch-tracker'); return h && h.size > 0 ? { ranges: h.size, at: performance.now() } : null; })()`,
      undefined,
      { timeout: 60_000, polling: 50 },
    );
    const { ranges, at } = (await handle.jsonValue()) as { ranges: number; at: number };
    return `${ranges} ranges highlighted ${(at / 1000).toFixed(2)} s after navigation`;
  } catch (error) {
    return `not checked (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`;
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

export async function benchContentScript(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(
      `content script: skipped, no Chromium at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`,
    );
    return;
  }
  buildExtensionIfMissing();
  const html = benchPageHtml();
  const harness = await harnessBundle();
  const { server, url } = await serve(html);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  try {
    console.log(
      `Content script on a ${PARAGRAPHS.toLocaleString('en')}-paragraph page in Chromium (${browser.version()})`,
    );
    console.log(
      `${(Buffer.byteLength(html) / 1024 / 1024).toFixed(1)} MB of HTML; ${ROUNDS} rounds, each side on a freshly loaded page; medians\n`,
    );
    const { bare, scans } = await measureInjected(browser, url, harness);
    const first = bare[0] as BarePass;
    const last = scans[scans.length - 1] as ScanMeasure;
    const bareMs = median(bare.map((b) => b.ms));
    const scanMs = median(scans.map((s) => s.scanMs));
    const reportMs = median(scans.map((s) => s.reportMs));
    const longestTask = Math.max(...scans.map((s) => s.longestTaskMs));
    const longestSlice = Math.max(...scans.map((s) => s.longestSliceMs));
    console.log(`  page: ${first.textNodes} text nodes, ${(first.characters / 1e6).toFixed(2)} M characters`);
    console.log(
      `  found: ${last.ranges} highlighted ranges, ${last.distinct} distinct references, primary ${last.primary}`,
    );
    console.log('');
    console.log(
      `  bare TreeWalker pass           ${bareMs.toFixed(1).padStart(7)} ms   (rounds: ${bare.map((b) => b.ms.toFixed(1)).join(', ')})`,
    );
    console.log(
      `  scan + highlight (work)        ${scanMs.toFixed(1).padStart(7)} ms   (rounds: ${scans.map((s) => s.scanMs.toFixed(1)).join(', ')})`,
    );
    console.log(`  report (primary, rows, send)   ${reportMs.toFixed(1).padStart(7)} ms`);
    console.log(
      `  wall time to first report      ${median(scans.map((s) => s.wallMs))
        .toFixed(0)
        .padStart(7)} ms   in ${median(scans.map((s) => s.slices))} idle slices`,
    );
    console.log(
      `  first frame after highlighting ${median(scans.map((s) => s.frameAfterMs))
        .toFixed(1)
        .padStart(7)} ms`,
    );
    console.log('');
    console.log(
      `  ratio scan + highlight / bare pass: ${(scanMs / bareMs).toFixed(2)} (target ≤ ${TARGET_RATIO})`,
    );
    console.log(
      `  longest slice of ours: ${longestSlice.toFixed(1)} ms; longest task seen (longtask ≥ 50 ms): ${longestTask === 0 ? 'none' : `${longestTask.toFixed(0)} ms`} (target ≤ ${TARGET_TASK_MS} ms)`,
    );
    console.log(`\n  through the built extension: ${await checkThroughExtension(url)}`);
  } finally {
    await browser.close();
    server.close();
  }
}
