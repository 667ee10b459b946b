import type { watch } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { AppError } from '../../../../shared/app-error';
import type { Project } from '../../../../shared/domain';
import type { ClipRecord, MediaUrls, Stamp } from './clip-record';
import type { FolderWatcher } from './folder-watcher';
import { indexPath, saveIndex } from './library-index';
import { sortRecords, tagsOf, type LibrarySort } from './library-query';
import type { ProjectFile } from './project-file';

export type LibraryChange = { type: 'projects' } | { type: 'clips'; projectId: string };

export interface LibraryOptions {
  workspaceDir: string;
  /** Where the index and the list of opened folders live; without it no index is kept. */
  dataDir?: string;
  /** How the renderer reaches a clip: the media scheme in the app, a test route in tests. */
  mediaUrlFor: (clipId: string) => string;
  posterUrlFor?: (clipId: string) => string;
  /** Moves a file or folder to the system trash; deleting is refused without it. */
  trash?: (path: string) => Promise<void>;
  /** Something changed on disk or through the library: the window should look again. */
  onChange?: (change: LibraryChange) => void;
  /** Watch the folders for changes made outside the app (off unless asked for). */
  watch?: { debounceMs?: number; pollMs?: number; watchImpl?: typeof watch };
  /** How soon after opening from the index every sidecar is checked (default 1.5 s). */
  verifyAfterMs?: number;
  log?: (message: string) => void;
  now?: () => Date;
}

export interface LoadedProject {
  file: ProjectFile;
  dir: string;
  /** Opened from outside the workspace and remembered in `projects.json`. */
  external: boolean;
  fileStamp: Stamp | null;
  /** When the folder was last listed; null once the app changed it (list again next start). */
  dirMtimeMs: number | null;
  clips: Map<string, ClipRecord>;
  problems: string[];
  /** One order per sort and the tag list, kept until the clips change. */
  sorted: Map<LibrarySort, ClipRecord[]>;
  tags: string[] | null;
}

const SAVE_DELAY_MS = 1_000;

/**
 * The library's state and bookkeeping: projects in memory, the lookup by clip id, the index
 * file, the watcher and one queue that runs every change in turn.
 */
export class LibraryCore {
  protected projects = new Map<string, LoadedProject>();
  protected byClipId = new Map<string, ClipRecord>();
  protected watcher: FolderWatcher | null = null;
  protected workspace: string;
  protected readonly urls: MediaUrls;
  readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();
  private saveTimer: NodeJS.Timeout | null = null;
  private dirty = false;

  constructor(protected readonly options: LibraryOptions) {
    this.workspace = options.workspaceDir;
    this.now = options.now ?? (() => new Date());
    this.urls = { clip: options.mediaUrlFor, poster: options.posterUrlFor ?? options.mediaUrlFor };
  }

  get workspaceDir(): string {
    return this.workspace;
  }

  /** Runs changes one at a time, so a watcher rescan never interleaves with a move. */
  protected serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  protected project(projectId: string): LoadedProject {
    const project = this.projects.get(projectId);
    if (!project)
      throw new AppError(
        'unknown_project',
        'That project is no longer in the workspace. Pick another project.',
      );
    return project;
  }

  protected record(clipId: string): ClipRecord {
    const record = this.byClipId.get(clipId);
    if (!record)
      throw new AppError(
        'unknown_clip',
        'That clip is no longer in the library. Refresh the list.',
      );
    return record;
  }

  protected sortedClips(project: LoadedProject, sort: LibrarySort): ClipRecord[] {
    let sorted = project.sorted.get(sort);
    if (!sorted) {
      sorted = sortRecords(project.clips.values(), sort);
      project.sorted.set(sort, sorted);
    }
    return sorted;
  }

  protected projectTags(project: LoadedProject): string[] {
    project.tags ??= tagsOf(project.clips.values());
    return project.tags;
  }

  protected toProject(project: LoadedProject): Project {
    return {
      id: project.file.id,
      name: project.file.name,
      clipCount: project.clips.size,
      problems: [...project.problems],
    };
  }

  /** Replaces a project's clips (after a scan) and rebuilds the lookups that depend on them. */
  protected setClips(project: LoadedProject, clips: Iterable<ClipRecord>): void {
    for (const record of project.clips.values()) {
      if (this.byClipId.get(record.meta.clipId) === record)
        this.byClipId.delete(record.meta.clipId);
    }
    project.clips = new Map();
    for (const record of clips) this.addRecord(project, record);
    this.touched(project);
  }

  protected putRecord(project: LoadedProject, record: ClipRecord): void {
    this.addRecord(project, record);
    this.touched(project);
  }

  private addRecord(project: LoadedProject, record: ClipRecord): void {
    const other = this.byClipId.get(record.meta.clipId);
    // The same clip id in two projects means a folder was copied by hand: show the first only.
    if (other && other.projectId !== record.projectId) {
      project.problems.push(
        `${record.name} is a copy of a clip in another project (same clip id); it is not shown here.`,
      );
      return;
    }
    project.clips.set(record.meta.clipId, record);
    this.byClipId.set(record.meta.clipId, record);
  }

  protected removeRecord(record: ClipRecord): void {
    const project = this.projects.get(record.projectId);
    project?.clips.delete(record.meta.clipId);
    if (this.byClipId.get(record.meta.clipId) === record) this.byClipId.delete(record.meta.clipId);
    if (project) this.touched(project);
  }

  /** Drops cached orders and marks the index for saving. */
  protected touched(project: LoadedProject): void {
    project.dirMtimeMs = null;
    project.sorted.clear();
    project.tags = null;
    this.scheduleSave();
  }

  protected emit(change: LibraryChange): void {
    try {
      this.options.onChange?.(change);
    } catch (error) {
      this.log(`library change listener failed: ${String(error)}`);
    }
  }

  protected log(message: string): void {
    this.options.log?.(message);
  }

  protected scheduleSave(): void {
    this.dirty = true;
    if (this.saveTimer || !this.options.dataDir) return;
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      void this.flushIndex();
    }, SAVE_DELAY_MS);
    this.saveTimer.unref();
  }

  /** The index on disk already says what memory holds. */
  protected markClean(): void {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    this.dirty = false;
  }

  /** Writes the index now if anything changed; a failure only costs a slower next start. */
  async flushIndex(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const dataDir = this.options.dataDir;
    if (!this.dirty || !dataDir) return;
    this.dirty = false;
    const projects = [...this.projects.values()].map((p) => ({
      dir: p.dir,
      file: p.file,
      fileStamp: p.fileStamp,
      dirMtimeMs: p.dirMtimeMs,
      problems: p.problems,
      clips: new Map([...p.clips.values()].map((c) => [c.name, c])),
    }));
    try {
      await mkdir(dataDir, { recursive: true });
      await saveIndex(indexPath(dataDir, this.workspace), this.workspace, projects);
    } catch (error) {
      this.dirty = true;
      this.log(
        `could not save the library index: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
  }

  protected indexFile(): string | null {
    return this.options.dataDir ? indexPath(this.options.dataDir, this.workspace) : null;
  }
}
