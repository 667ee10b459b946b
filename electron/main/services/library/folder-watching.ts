import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { ClipRecord } from './clip-record';
import { same, stampOf } from './folder-files';
import { FolderWatcher } from './folder-watcher';
import type { LibraryState } from './library-state';
import type { ProjectLoader } from './project-loader';
import { PROJECT_FILE, readProjectFile } from './project-file';
import { scanProject } from './project-scan';

const WORKSPACE_KEY = ':workspace';
const VERIFY_DELAY_MS = 1_500;
// Every so many polls, also check each sidecar's size and time (edits made in place).
const DEEP_EVERY = 10;

/** How closely to look: the folder's time only, its listing, or every sidecar's size and time too. */
type Depth = 'quick' | 'list' | 'deep';

/**
 * Keeping up with changes made on disk outside the app: OS change events, a poll, a check
 * after opening. Every rescan runs on the state's queue, after any change under way.
 */
export class FolderWatching {
  private polls = 0;
  private verifyTimer: NodeJS.Timeout | null = null;
  private watcher: FolderWatcher | null = null;

  constructor(
    private readonly state: LibraryState,
    private readonly loader: ProjectLoader,
  ) {}

  /** Looks at every folder again now (the poll and a woken-up computer call this too). */
  async refresh(deep = false): Promise<void> {
    await this.state.serial(() => this.rescan(null, null, deep ? 'deep' : 'list'));
  }

  /** Lets go of watchers and timers before the workspace is read again or closed. */
  stop(): void {
    this.watcher?.close();
    this.watcher = null;
    if (this.verifyTimer) clearTimeout(this.verifyTimer);
    this.verifyTimer = null;
  }

  /** Stops watching one project's folder (about to be moved or trashed). */
  unwatch(projectId: string): void {
    this.watcher?.unwatch(projectId);
  }

  /** Starts watching once the workspace is open; `fromIndex` asks for a check of each sidecar soon. */
  start(fromIndex: boolean): void {
    this.startWatching();
    // Opening from the index compared folder listings (or only their times); each sidecar's
    // size and time are checked right after, off the start-up path, and any difference is
    // announced as a change.
    if (fromIndex) {
      this.verifyTimer = setTimeout(
        () => void this.refresh(true).catch(() => undefined),
        this.state.options.verifyAfterMs ?? VERIFY_DELAY_MS,
      );
      this.verifyTimer.unref();
    }
  }

  /** Brings one project (or every folder, with null) up to date; says what changed. */
  private async rescan(
    projectId: string | null,
    names: ReadonlySet<string> | null,
    depth: Depth,
  ): Promise<void> {
    let projectsChanged = false;
    if (projectId === null) projectsChanged = await this.rescanFolders();
    const targets =
      projectId === null
        ? [...this.state.projects.values()]
        : [this.state.projects.get(projectId)].filter((p) => p !== undefined);
    for (const project of targets) {
      // A poll skips folders whose time says no entry came or went (edits in place are left
      // to the OS's events and to the deep polls).
      const mtime = statSync(project.dir, { throwIfNoEntry: false })?.mtimeMs;
      if (depth === 'quick' && mtime !== undefined && mtime === project.dirMtimeMs) continue;
      const before = this.state.toProject(project);
      const known: ReadonlyMap<string, ClipRecord> = new Map(
        [...project.clips.values()].map((r) => [r.name, r]),
      );
      let scan;
      try {
        scan = await scanProject({
          projectId: project.file.id,
          dir: project.dir,
          known,
          deep: depth === 'deep',
          now: this.state.now(),
          ...(names ? { touched: names } : {}),
        });
      } catch {
        // The folder went away or cannot be read: the folder rescan decides what happens to it.
        projectsChanged = (await this.rescanFolders()) || projectsChanged;
        continue;
      }
      if (scan.pending) this.retrySoon(project.file.id);
      if (scan.dirMtimeMs !== project.dirMtimeMs) {
        project.dirMtimeMs = scan.dirMtimeMs;
        this.state.index.schedule();
      }
      const problemsChanged = scan.problems.join('\n') !== before.problems.join('\n');
      if (!scan.changed && !problemsChanged) continue;
      project.problems = scan.problems;
      this.state.setClips(project, scan.clips);
      project.dirMtimeMs = scan.dirMtimeMs;
      this.state.emit({ type: 'clips', projectId: project.file.id });
      projectsChanged ||= problemsChanged || before.clipCount !== project.clips.size;
    }
    if (projectsChanged) this.state.emit({ type: 'projects' });
    this.sync();
  }

  /** Folders that appeared or went away in the workspace; true when the project list changed. */
  private async rescanFolders(): Promise<boolean> {
    const refs = this.loader.folders();
    const dirs = new Set(refs.map((r) => r.dir));
    let changed = false;
    for (const project of [...this.state.projects.values()]) {
      const stamp = stampOf(join(project.dir, PROJECT_FILE));
      if (dirs.has(project.dir) && stamp && same(project.fileStamp, stamp)) continue;
      // Renamed by hand in its project file: same project, new name.
      const read = dirs.has(project.dir)
        ? await readProjectFile(project.dir, this.state.now()).catch(() => null)
        : null;
      if (read && read.file.id === project.file.id) {
        project.file = read.file;
        project.fileStamp = stampOf(join(project.dir, PROJECT_FILE));
      } else {
        // Gone, or now a different project: drop it; a folder still there is read again below.
        this.state.dropProject(project);
      }
      changed = true;
    }
    const open = new Set([...this.state.projects.values()].map((p) => p.dir));
    for (const ref of refs) {
      if (open.has(ref.dir)) continue;
      if (await this.loader.loadFolder(ref).catch(() => null)) changed = true;
    }
    if (changed) this.state.index.schedule();
    return changed;
  }

  private startWatching(): void {
    const watch = this.state.options.watch;
    if (!watch) return;
    this.watcher = new FolderWatcher({
      debounceMs: watch.debounceMs ?? 300,
      pollMs: watch.pollMs ?? 30_000,
      ...(watch.watchImpl ? { watchImpl: watch.watchImpl } : {}),
      onChange: (key, names) => {
        const projectId = key === WORKSPACE_KEY ? null : key;
        void this.state
          .serial(() => this.rescan(projectId, names, 'list'))
          .catch((e: unknown) => this.state.log(`rescan failed: ${String(e)}`));
      },
      onPoll: () => {
        const depth = ++this.polls % DEEP_EVERY === 0 ? 'deep' : 'quick';
        void this.state
          .serial(() => this.rescan(null, null, depth))
          .catch((e: unknown) => this.state.log(`rescan failed: ${String(e)}`));
      },
    });
    this.watcher.start();
    this.sync();
  }

  /** Watches exactly the workspace and the folders of the open projects. */
  sync(): void {
    const targets = new Map<string, string>([[WORKSPACE_KEY, this.state.workspace]]);
    for (const project of this.state.projects.values()) targets.set(project.file.id, project.dir);
    this.watcher?.sync(targets);
  }

  private retrySoon(projectId: string): void {
    const timer = setTimeout(
      () =>
        void this.state.serial(() => this.rescan(projectId, null, 'deep')).catch(() => undefined),
      2_500,
    );
    timer.unref();
  }
}
