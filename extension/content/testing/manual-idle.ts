/**
 * A stand-in for the browser's timers and idle callbacks with a clock the test moves: idle
 * slices and timers run only when the test says so, in time order. Optionally every look at
 * the clock costs `msPerClockRead`, so that work spreads over several slices as on a slow page.
 * @module
 */
import type { IdleEnvironment } from '../idle-runner';

interface Task {
  id: number;
  at: number;
  run: () => void;
}

export class ManualIdle implements IdleEnvironment {
  time = 0;
  /** Idle slices run so far. */
  slices = 0;
  private tasks: Task[] = [];
  private nextId = 1;

  constructor(private readonly msPerClockRead = 0) {}

  /** The clock, as the window's: every read moves it by `msPerClockRead`. */
  readonly performance = { now: (): number => (this.time += this.msPerClockRead) };

  requestIdleCallback(callback: (deadline: IdleDeadline) => void): number {
    return this.push(this.time, () => {
      this.slices++;
      callback({ didTimeout: false, timeRemaining: () => 50 });
    });
  }

  cancelIdleCallback(handle: number): void {
    this.clearTimeout(handle);
  }

  setTimeout(callback: () => void, ms: number): number {
    return this.push(this.time + ms, callback);
  }

  clearTimeout(handle: number): void {
    this.tasks = this.tasks.filter((task) => task.id !== handle);
  }

  get pending(): number {
    return this.tasks.length;
  }

  /** Runs tasks in time order, moving the clock, until none is left; returns how many ran. */
  runAll(limit = 100_000): number {
    let ran = 0;
    while (this.runNext()) {
      if (++ran >= limit) throw new Error(`more than ${limit} tasks: the work never settles`);
    }
    return ran;
  }

  /** Runs the next task due, if any; false when none is left. */
  runNext(): boolean {
    if (this.tasks.length === 0) return false;
    this.tasks.sort((a, b) => a.at - b.at || a.id - b.id);
    const task = this.tasks.shift() as Task;
    this.time = Math.max(this.time, task.at);
    task.run();
    return true;
  }

  private push(at: number, run: () => void): number {
    const id = this.nextId++;
    this.tasks.push({ id, at, run });
    return id;
  }
}
