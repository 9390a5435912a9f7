import { describe, expect, it } from 'vitest';
import { type IdleEnvironment, idleRunner, type SliceKind } from './idle-runner';
import { ManualIdle } from './testing/manual-idle';

/** Work of `units` steps, each reading the clock once. */
function countdown(units: number) {
  let left = units;
  return {
    step: (shouldYield: () => boolean) => {
      while (left > 0) {
        left--;
        if (shouldYield()) return left === 0;
      }
      return true;
    },
    left: () => left,
  };
}

describe('idle runner', () => {
  it('splits work into slices no longer than the budget', () => {
    const idle = new ManualIdle(1); // every clock read: 1 ms
    const slices: number[] = [];
    const work = countdown(50);
    const runner = idleRunner(work.step, idle, { onSlice: (ms) => slices.push(ms) });
    runner.wake();
    idle.runAll();
    expect(work.left()).toBe(0);
    expect(slices.length).toBeGreaterThan(5);
    expect(Math.max(...slices)).toBeLessThanOrEqual(9);
  });

  it('falls back to timers where requestIdleCallback is missing', () => {
    const manual = new ManualIdle(1);
    const timersOnly: IdleEnvironment = {
      performance: manual.performance,
      setTimeout: (callback, ms) => manual.setTimeout(callback, ms),
      clearTimeout: (handle) => manual.clearTimeout(handle),
    };
    const work = countdown(30);
    idleRunner(work.step, timersOnly).wake();
    manual.runAll();
    expect(work.left()).toBe(0);
    expect(manual.slices).toBe(0);
  });

  it('does nothing more once stopped', () => {
    const idle = new ManualIdle(1);
    const kinds: SliceKind[] = [];
    const work = countdown(100);
    const runner = idleRunner(work.step, idle, { onSlice: (_ms, kind) => kinds.push(kind) });
    runner.wake();
    idle.runNext();
    runner.stop();
    idle.runAll();
    expect(work.left()).toBeGreaterThan(0);
    expect(kinds).toEqual(['scan']);
    expect(idle.pending).toBe(0);
  });

  it('tells each slice’s kind: a report slice by its step’s answer, the others scans', () => {
    const idle = new ManualIdle(1);
    const kinds: SliceKind[] = [];
    const work = countdown(30);
    idleRunner((shouldYield) => work.step(shouldYield) && 'report', idle, {
      onSlice: (_ms, kind) => kinds.push(kind),
    }).wake();
    idle.runAll();
    expect(work.left()).toBe(0);
    expect(kinds.length).toBeGreaterThan(2);
    expect(kinds.slice(0, -1).every((kind) => kind === 'scan')).toBe(true);
    expect(kinds.at(-1)).toBe('report');
  });
});
