/**
 * Running long work in idle time, in slices short enough that the page never waits on us:
 * each slice stops when its budget is spent (the work asks `shouldYield()` as it goes) and the
 * rest waits for the next idle period. Where requestIdleCallback is missing (Safari, older
 * Firefox in some contexts, happy-dom) a timer stands in.
 * @module
 */

/**
 * The parts of the window the runner uses: the page's own window in the extension
 * (`startPageDetection` passes it as it is, with no wrapper of its own), a stand-in in tests.
 */
export interface IdleEnvironment {
  performance: { now(): number };
  requestIdleCallback?(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  cancelIdleCallback?(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/** What a slice did, as the step says: 'report' for a slice that built and sent a report. */
export type SliceKind = 'scan' | 'report';

/**
 * What a step answers: true when nothing is left, false when there is more; 'report' when
 * nothing is left after a slice that built and sent a report (its kind, for `onSlice`).
 */
export type StepResult = boolean | 'report';

export interface IdleRunnerOptions {
  /** Told how long each slice took and what it did (benchmarks). */
  onSlice?: (ms: number, kind: SliceKind) => void;
}

/** Longest slice, ms: under 10 ms keeps every task far from the 50 ms long-task mark. */
const BUDGET_MS = 8;
/** Shortest slice, ms, even when the browser says the idle period is nearly over. */
const MINIMUM_MS = 3;
/** Run anyway after this long without an idle period, ms. */
const TIMEOUT_MS = 500;

/** Work done a slice at a time (`idleRunner`). */
export interface IdleRunner {
  /** Asks for a slice, after new work arrives; nothing while one is pending. */
  wake(): void;
  /** Cancels the pending slice and asks for none again. */
  stop(): void;
}

/**
 * Work done a slice at a time: `step(shouldYield)` does as much as it can and says whether
 * anything is left (`StepResult`); `wake()` after new work arrives. A closure rather than a
 * class: its state is local variables, which the minifier renames (size budget, DESIGN.md §6).
 */
export function idleRunner(
  step: (shouldYield: () => boolean) => StepResult,
  environment: IdleEnvironment,
  options: IdleRunnerOptions = {},
): IdleRunner {
  // Looked up once: the clock is read every few dozen nodes, and `window.performance` is a
  // property of the global proxy, slow to reach every time.
  const { performance } = environment;
  /** Cancels the slice asked for, while one is pending. */
  let cancel: (() => void) | null = null;
  let stopped = false;

  const slice = (deadline: IdleDeadline | null): void => {
    cancel = null;
    if (stopped) return;
    const start = performance.now();
    const offered = deadline && !deadline.didTimeout ? deadline.timeRemaining() : BUDGET_MS;
    const end = start + Math.min(BUDGET_MS, Math.max(MINIMUM_MS, offered));
    // A step that throws ends its slice as done, a scan's.
    let result: StepResult = true;
    try {
      result = step(() => performance.now() >= end);
    } finally {
      options.onSlice?.(performance.now() - start, result === 'report' ? result : 'scan');
    }
    // Not reached when the step threw: a failing step is not retried in a loop.
    if (!result) wake();
  };

  const wake = (): void => {
    if (stopped || cancel) return;
    if (environment.requestIdleCallback) {
      const handle = environment.requestIdleCallback(slice, { timeout: TIMEOUT_MS });
      cancel = () => environment.cancelIdleCallback?.(handle);
    } else {
      const timer = environment.setTimeout(() => slice(null), 1);
      cancel = () => environment.clearTimeout(timer);
    }
  };

  return {
    wake,
    stop() {
      stopped = true;
      cancel?.();
      cancel = null;
    },
  };
}
