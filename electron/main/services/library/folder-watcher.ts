import { watch, type FSWatcher } from 'node:fs';

export interface FolderWatcherOptions {
  /** Bursts of events (a copy of 500 files) become one call after this quiet time. */
  debounceMs: number;
  /** How often to look anyway: some file systems (network shares, some sync tools) send no events. */
  pollMs: number;
  /** Entries the OS named for a folder, or null when it could not say which. */
  onChange: (key: string, names: ReadonlySet<string> | null) => void;
  onPoll: () => void;
  watchImpl?: typeof watch;
}

interface Watched {
  dir: string;
  watcher: FSWatcher | null;
}

interface Pending {
  timer: NodeJS.Timeout;
  names: Set<string> | null;
}

/**
 * Watches the workspace and each project folder (not recursively: projects are flat). Any
 * error from the OS closes that watcher and leaves the folder to the periodic poll; nothing
 * here throws into the app.
 */
export class FolderWatcher {
  private readonly watched = new Map<string, Watched>();
  private readonly pending = new Map<string, Pending>();
  private poll: NodeJS.Timeout | null = null;

  constructor(private readonly options: FolderWatcherOptions) {}

  start(): void {
    if (this.poll) return;
    this.poll = setInterval(() => this.options.onPoll(), this.options.pollMs);
    this.poll.unref();
  }

  /** Watches exactly these folders (key → path); watchers that failed before are tried again. */
  sync(targets: ReadonlyMap<string, string>): void {
    for (const [key, entry] of this.watched) {
      if (targets.get(key) !== entry.dir) this.unwatch(key);
    }
    for (const [key, dir] of targets) {
      const entry = this.watched.get(key);
      if (entry?.watcher) continue;
      this.watched.set(key, { dir, watcher: this.open(key, dir) });
    }
  }

  /** Lets go of a folder before it is renamed or trashed (Windows refuses while it is watched). */
  unwatch(key: string): void {
    this.watched.get(key)?.watcher?.close();
    this.watched.delete(key);
  }

  close(): void {
    if (this.poll) clearInterval(this.poll);
    this.poll = null;
    for (const key of [...this.watched.keys()]) this.unwatch(key);
    for (const { timer } of this.pending.values()) clearTimeout(timer);
    this.pending.clear();
  }

  private open(key: string, dir: string): FSWatcher | null {
    try {
      const watcher = (this.options.watchImpl ?? watch)(
        dir,
        { persistent: false },
        (_event, name) => this.note(key, typeof name === 'string' ? name : null),
      );
      watcher.on('error', () => {
        watcher.close();
        const entry = this.watched.get(key);
        if (entry?.watcher === watcher) entry.watcher = null;
        this.note(key, null);
      });
      return watcher;
    } catch {
      return null;
    }
  }

  private note(key: string, name: string | null): void {
    const pending = this.pending.get(key);
    if (pending) {
      if (name === null) pending.names = null;
      else pending.names?.add(name);
      return;
    }
    const timer = setTimeout(() => {
      const done = this.pending.get(key);
      this.pending.delete(key);
      this.options.onChange(key, done?.names ?? null);
    }, this.options.debounceMs);
    timer.unref();
    this.pending.set(key, { timer, names: name === null ? null : new Set([name]) });
  }
}
