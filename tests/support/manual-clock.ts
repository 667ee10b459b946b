import type { Clock } from '../../electron/main/services/clock';

interface Timer {
  id: number;
  at: number;
  fn: () => void;
}

/** A clock that moves only when a test says so; timers fire in order as it advances. */
export class ManualClock implements Clock {
  private time = 1_700_000_000_000;
  private timers: Timer[] = [];
  private nextId = 1;

  now(): number {
    return this.time;
  }

  setTimeout(fn: () => void, ms: number): unknown {
    const timer = { id: this.nextId++, at: this.time + Math.max(0, ms), fn };
    this.timers.push(timer);
    return timer.id;
  }

  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((t) => t.id !== handle);
  }

  /** Moves time forward, firing due timers one by one and letting their promises settle. */
  async advance(ms: number): Promise<void> {
    const target = this.time + ms;
    for (let guard = 0; guard < 10_000; guard++) {
      await settle();
      const due = this.timers
        .filter((t) => t.at <= target)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.timers = this.timers.filter((t) => t !== due);
      this.time = Math.max(this.time, due.at);
      due.fn();
    }
    this.time = target;
    await settle();
  }

  pending(): number[] {
    return this.timers.map((t) => t.at - this.time).sort((a, b) => a - b);
  }
}

/**
 * Lets chains of promises run to completion, including the journal's real file writes,
 * which finish on libuv's thread pool: a few real milliseconds, not just event-loop turns.
 */
export async function settle(rounds = 6): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    for (let j = 0; j < 5; j++) await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}
