/**
 * Running long work in idle time, in slices short enough that the page never waits on us:
 * each slice stops when its budget is spent (the work asks `shouldYield()` as it goes) and the
 * rest waits for the next idle period. Where requestIdleCallback is missing (Safari, older
 * Firefox in some contexts, happy-dom) a timer stands in.
 * @module
 */

export interface IdleEnvironment {
  now(): number;
  requestIdleCallback?(callback: (deadline: IdleDeadline) => void, options?: IdleRequestOptions): number;
  cancelIdleCallback?(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

export function browserIdleEnvironment(window: Window): IdleEnvironment {
  const hasIdle = typeof window.requestIdleCallback === 'function';
  // Looked up once: the clock is read every few dozen nodes, and `window.performance` is a
  // property of the global proxy, slow to reach every time.
  const { performance } = window;
  return {
    now: () => performance.now(),
    requestIdleCallback: hasIdle
      ? (callback, options) => window.requestIdleCallback(callback, options)
      : undefined,
    cancelIdleCallback: hasIdle ? (handle) => window.cancelIdleCallback(handle) : undefined,
    setTimeout: (callback, ms) => window.setTimeout(callback, ms),
    clearTimeout: (handle) => window.clearTimeout(handle),
  };
}

/** What a slice did, as the step says: 'report' for a slice that built and sent a report. */
export type SliceKind = 'scan' | 'report';

export interface IdleRunnerOptions {
  /** Longest slice, ms: under 10 ms keeps every task far from the 50 ms long-task mark. */
  budgetMs?: number;
  /** Shortest slice, ms, even when the browser says the idle period is nearly over. */
  minimumMs?: number;
  /** Run anyway after this long without an idle period, ms. */
  timeoutMs?: number;
  /** Told how long each slice took and what it did (benchmarks). */
  onSlice?: (ms: number, kind: SliceKind) => void;
}

/**
 * Work done a slice at a time: `step(shouldYield)` does as much as it can and returns true
 * when nothing is left (or says so with what kind of slice it was); `wake()` after new work
 * arrives.
 */
export class IdleRunner {
  #handle: { idle: number } | { timer: number } | null = null;
  #stopped = false;
  readonly #budgetMs: number;
  readonly #minimumMs: number;
  readonly #timeoutMs: number;
  readonly #step: (shouldYield: () => boolean) => boolean | { done: boolean; kind: SliceKind };
  readonly #environment: IdleEnvironment;
  readonly #options: IdleRunnerOptions;

  constructor(
    step: (shouldYield: () => boolean) => boolean | { done: boolean; kind: SliceKind },
    environment: IdleEnvironment,
    options: IdleRunnerOptions = {},
  ) {
    this.#step = step;
    this.#environment = environment;
    this.#options = options;
    this.#budgetMs = options.budgetMs ?? 8;
    this.#minimumMs = options.minimumMs ?? 3;
    this.#timeoutMs = options.timeoutMs ?? 500;
  }

  get busy(): boolean {
    return this.#handle !== null;
  }

  wake(): void {
    if (this.#stopped || this.#handle) return;
    const environment = this.#environment;
    if (environment.requestIdleCallback) {
      this.#handle = {
        idle: environment.requestIdleCallback((deadline) => this.#slice(deadline), {
          timeout: this.#timeoutMs,
        }),
      };
    } else {
      this.#handle = { timer: environment.setTimeout(() => this.#slice(null), 1) };
    }
  }

  stop(): void {
    this.#stopped = true;
    const handle = this.#handle;
    const environment = this.#environment;
    if (handle && 'idle' in handle) environment.cancelIdleCallback?.(handle.idle);
    else if (handle) environment.clearTimeout(handle.timer);
    this.#handle = null;
  }

  #slice(deadline: IdleDeadline | null): void {
    this.#handle = null;
    if (this.#stopped) return;
    const environment = this.#environment;
    const start = environment.now();
    const offered = deadline && !deadline.didTimeout ? deadline.timeRemaining() : this.#budgetMs;
    const end = start + Math.min(this.#budgetMs, Math.max(this.#minimumMs, offered));
    let done = true;
    let kind: SliceKind = 'scan';
    try {
      const result = this.#step(() => environment.now() >= end);
      if (typeof result === 'boolean') done = result;
      else ({ done, kind } = result);
    } finally {
      this.#options.onSlice?.(environment.now() - start, kind);
    }
    // Not reached when the step threw: a failing step is not retried in a loop.
    if (!done) this.wake();
  }
}
