/**
 * The reference engine against a bare single-pass regex scan (`/\d+\/[A-ZĐ]/g`) of the same
 * text, in the same process, runs interleaved (DESIGN.md §6: ratio ≤ 2 on ≥ 5 MB).
 *
 * The engine is bundled with esbuild first, as the extension bundles it: run straight from
 * TypeScript through tsx, every call between modules would go through an export getter.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { ARTICLE_3944_EXCERPT } from '../../shared/references/testing/article-3944';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const team = fileURLToPath(new URL('../../../shared/', import.meta.url));
const MIN_BYTES = 5 * 1024 * 1024;
const WARMUP_ROUNDS = 5;
const MEASURED_ROUNDS = 15;
const TARGET_RATIO = 2;

interface TextKind {
  name: string;
  describe: string;
  parts: string[];
}

function textKinds(): TextKind[] {
  const fixturePath = `${team}fixtures/news-3944-UBND-NC.txt`;
  const article = existsSync(fixturePath) ? readFileSync(fixturePath, 'utf8') : ARTICLE_3944_EXCERPT;
  const paragraphs = article.split(/\n\s*\n/);
  const corpusPath = `${team}corpus/dev.jsonl`;
  const snippets = existsSync(corpusPath)
    ? readFileSync(corpusPath, 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => (JSON.parse(line) as { text: string }).text)
    : [];
  const kinds: TextKind[] = [
    {
      name: 'prose',
      describe: 'the article’s paragraphs that cite nothing (most of what a browser shows)',
      parts: paragraphs.filter((p) => !/\d+\/[A-ZĐ]/.test(p)),
    },
    { name: 'news', describe: 'the 3944/UBND-NC news article as published', parts: [article] },
  ];
  if (snippets.length > 0) {
    kinds.push({
      name: 'legal',
      describe: 'dev-corpus snippets: headers, “Căn cứ …” lists, legal-database pages (dense)',
      parts: snippets,
    });
  }
  return kinds;
}

function repeatToSize(parts: string[]): string {
  const pieces: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < MIN_BYTES; i++) {
    const piece = `${parts[i % parts.length]}\n\n`;
    pieces.push(piece);
    bytes += Buffer.byteLength(piece, 'utf8');
  }
  return pieces.join('');
}

function bareScan(text: string): number {
  const pattern = /\d+\/[A-ZĐ]/g;
  let count = 0;
  while (pattern.exec(text)) count++;
  return count;
}

/**
 * What any engine with this output contract costs at the least: the same places as the
 * engine's (a digit, a slash or hyphen, a letter, found by `indexOf`), a token read to its end,
 * and a result object with the fields and strings of a `DocumentReference` per token; no
 * parsing, no type name, no date. Its ratio to the bare scan is how much of the 2× budget is
 * gone before any rule runs (on dense text, most of it).
 */
function allocationFloor(text: string): number {
  const found: object[] = [];
  let slash = text.indexOf('/', 1);
  let hyphen = text.indexOf('-', 1);
  let from = 0;
  while (slash >= 0 || hyphen >= 0) {
    let at: number;
    if (slash >= 0 && (hyphen < 0 || slash < hyphen)) {
      at = slash;
      slash = text.indexOf('/', at + 1);
    } else {
      at = hyphen;
      hyphen = text.indexOf('-', at + 1);
    }
    if (at - 1 < from || !isDigitCode(text.charCodeAt(at - 1)) || !isLetterCode(text.charCodeAt(at + 1)))
      continue;
    let start = at - 1;
    while (start > 0 && isDigitCode(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && isTokenCode(text.charCodeAt(end))) end++;
    const raw = text.slice(start, end);
    found.push({
      raw,
      start,
      end,
      symbol: raw,
      key: raw.toUpperCase(),
      number: text.slice(start, at),
      year: null,
      typeCode: null,
      typeName: null,
      issuer: null,
      issuedDate: null,
    });
    from = end;
    if (slash >= 0 && slash < from) slash = text.indexOf('/', from);
    if (hyphen >= 0 && hyphen < from) hyphen = text.indexOf('-', from);
  }
  return found.length;
}

const isLetterCode = (c: number) =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x110 || c === 0x111 || c === 0xd0;
const isDigitCode = (c: number) => c >= 48 && c <= 57;
const isTokenCode = (c: number) =>
  (c >= 65 && c <= 90) ||
  (c >= 97 && c <= 122) ||
  isDigitCode(c) ||
  c === 45 ||
  c === 47 ||
  c === 0x110 ||
  c === 0x111;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] as number;
}

async function loadEngine(): Promise<(text: string) => unknown[]> {
  const outdir = `${repo}node_modules/.cache/bench`;
  mkdirSync(outdir, { recursive: true });
  const outfile = `${outdir}/reference-engine.mjs`;
  await build({
    entryPoints: [`${repo}shared/references/index.ts`],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    outfile,
    logLevel: 'warning',
  });
  const engine = (await import(pathToFileURL(outfile).href)) as {
    findReferences: (text: string) => unknown[];
  };
  return engine.findReferences;
}

export async function benchReferenceEngine(): Promise<void> {
  const findReferences = await loadEngine();
  console.log('Reference engine vs bare scan /\\d+\\/[A-ZĐ]/g, same text, same process, interleaved');
  console.log(
    `node ${process.version}; ${WARMUP_ROUNDS} warm-up + ${MEASURED_ROUNDS} measured rounds; medians\n`,
  );
  const rows: string[][] = [
    ['text', 'MB', 'refs', 'bare ms', 'engine ms', 'bare MB/s', 'engine MB/s', 'floor', 'ratio'],
  ];
  for (const kind of textKinds()) {
    const text = repeatToSize(kind.parts);
    const megabytes = Buffer.byteLength(text, 'utf8') / 1024 / 1024;
    const bare: number[] = [];
    const engine: number[] = [];
    const floor: number[] = [];
    let references = 0;
    for (let round = 0; round < WARMUP_ROUNDS + MEASURED_ROUNDS; round++) {
      const t0 = performance.now();
      bareScan(text);
      const t1 = performance.now();
      references = findReferences(text).length;
      const t2 = performance.now();
      allocationFloor(text);
      const t3 = performance.now();
      if (round >= WARMUP_ROUNDS) {
        bare.push(t1 - t0);
        engine.push(t2 - t1);
        floor.push(t3 - t2);
      }
    }
    const bareMs = median(bare);
    const engineMs = median(engine);
    rows.push([
      kind.name,
      megabytes.toFixed(1),
      String(references),
      bareMs.toFixed(2),
      engineMs.toFixed(2),
      (megabytes / (bareMs / 1000)).toFixed(0),
      (megabytes / (engineMs / 1000)).toFixed(0),
      (median(floor) / bareMs).toFixed(2),
      (engineMs / bareMs).toFixed(2),
    ]);
    console.log(`  ${kind.name}: ${kind.describe}`);
  }
  console.log('');
  const widths = (rows[0] as string[]).map((_, c) => Math.max(...rows.map((r) => (r[c] as string).length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padStart(widths[c] as number)).join('  '));
  console.log(`\nratio = engine time / bare-scan time (target ≤ ${TARGET_RATIO})`);
  console.log(
    'floor = the least any engine with this output costs, over the bare scan: the same places (indexOf of "/" and "-"), each token read to its end and given a result object, and nothing else',
  );
}
