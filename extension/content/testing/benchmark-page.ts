/**
 * What `npm run bench -- content` injects into the benchmark page (bundled by esbuild, not
 * shipped): a bare TreeWalker pass over the page's text nodes, and the content script's own
 * scan + highlight of the same page, each timed inside the page.
 * @module
 */
import { findReferences } from '../../../shared/references';
import { readPageReport } from '../../background/page-reading';
import type { PageReport } from '../../lib/page-scan';
import { blockResolver } from '../block-elements';
import { HIGHLIGHT_NAME } from '../highlighter';
import { startPageDetection } from '../page-detector';
import { textRunWalker } from '../text-runs';

export interface BarePass {
  ms: number;
  textNodes: number;
  characters: number;
}

export interface ScanMeasure {
  /** Time spent in scanning slices (walk, engine, ranges, highlight), summed. */
  scanMs: number;
  /** Time spent building and sending the report (main text, rows, serialisation). */
  reportMs: number;
  /** The background's reading of the report (the primary dispatch), timed here in the page. */
  readMs: number;
  slices: number;
  longestSliceMs: number;
  /** From start to the report, idle gaps included. */
  wallMs: number;
  /** Longest task the browser saw while the scan ran ('longtask' entries), 0 when none passed 50 ms. */
  longestTaskMs: number;
  /** The rendering task right after the highlights were set (style, layout, paint). */
  frameAfterMs: number;
  ranges: number;
  distinct: number;
  rows: number;
  primary: string | null;
}

/** Every text node visited once, its text read: what any scanner of the page must pay at least. */
export function barePass(): BarePass {
  const start = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let textNodes = 0;
  let characters = 0;
  while (walker.nextNode()) {
    textNodes++;
    characters += (walker.currentNode as Text).data.length;
  }
  return { ms: performance.now() - start, textNodes, characters };
}

/**
 * Parts of the scan on their own, to see where its time goes: the walk that collects runs of
 * text (`engine: false`), or the walk plus the engine on each run (`engine: true`); no
 * visibility checks, ranges or highlights.
 */
export function scanParts(engine: boolean): { ms: number; runs: number; references: number } {
  const start = performance.now();
  const walker = textRunWalker(document.body, blockResolver());
  let runs = 0;
  let references = 0;
  for (let step = walker.next(); step !== 'done'; step = walker.next()) {
    if (step === 'paused') continue;
    runs++;
    if (engine) references += findReferences(step.text).length;
  }
  return { ms: performance.now() - start, runs, references };
}

/** How long the next rendering task takes: from a frame callback to the first task after it. */
function nextFrameCost(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(null);
    });
  });
}

export async function scanAndHighlight(): Promise<ScanMeasure> {
  const longTasks: PerformanceEntry[] = [];
  const tasks = new PerformanceObserver((list) => {
    longTasks.push(...list.getEntries());
  });
  tasks.observe({ type: 'longtask' });
  const timings = { scanMs: 0, reportMs: 0, slices: 0, longestSliceMs: 0 };
  const start = performance.now();
  const report = await new Promise<PageReport>((resolve) => {
    startPageDetection({
      document,
      // In the extension the report leaves the page in a message and the background reads it
      // elsewhere: here the reading below waits for a task of its own, not to be counted in the
      // report's (a 60 ms "long task" that was the harness's own work after a 27 ms report slice).
      report: (report) => {
        setTimeout(() => resolve(report), 0);
      },
      idleOptions: {
        onSlice: (ms, kind) => {
          timings.slices++;
          timings.longestSliceMs = Math.max(timings.longestSliceMs, ms);
          if (kind === 'report') timings.reportMs += ms;
          else timings.scanMs += ms;
        },
      },
    });
  });
  const wallMs = performance.now() - start;
  const readStart = performance.now();
  const scan = readPageReport(report);
  const readEnd = performance.now();
  const readMs = readEnd - readStart;
  const frameAfterMs = await nextFrameCost();
  // Long-task entries arrive after the task: give the observer a moment.
  await new Promise((resolve) => setTimeout(resolve, 200));
  tasks.disconnect();
  // The reading is the background's work, done here in a task of its own only to be timed: a
  // long task holding it is not the page's (the first, cold reading took 61 ms on a slower machine).
  const longestTaskMs = Math.max(
    0,
    ...longTasks
      // Overlapping, not containing: the entries' times are coarsened.
      .filter((task) => !(task.startTime < readEnd && task.startTime + task.duration > readStart))
      .map((task) => task.duration),
  );
  const highlight = CSS.highlights?.get(HIGHLIGHT_NAME);
  return {
    ...timings,
    readMs,
    wallMs,
    longestTaskMs,
    frameAfterMs,
    ranges: highlight?.size ?? 0,
    distinct: scan.references.length,
    rows: scan.rows.length,
    primary: scan.primary?.symbol ?? null,
  };
}
