/**
 * Runs tasks one at a time in the order they were given, so a watcher's rescan never
 * interleaves with a move. A failed task rejects its own caller only; the next still runs.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const run = this.tail.then(task, task);
    this.tail = run.catch(() => undefined);
    return run;
  }
}
