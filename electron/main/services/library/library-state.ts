import type { watch } from 'node:fs';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { Project } from '../../../../shared/domain';
import type { ClipRecord, MediaUrls, Stamp } from './clip-record';
import { IndexSaver } from './index-saver';
import { sortRecords, tagsOf, type LibrarySort } from './library-query';
import type { ProjectFile } from './project-file';
import { SerialQueue } from './serial-queue';

type Deletion = NonNullable<Project['deletion']>;

/** What deleting this project will do, in the words the confirmation shows. */
function deletionOf(project: LoadedProject): Deletion {
  const { name } = project.file;
  const values = { name, dir: project.dir, count: project.clips.size };
  if (project.external)
    return {
      action: 'forget',
      title: t('desktop:projectDeletion.forgetTitle', values),
      body: t('desktop:projectDeletion.forgetBody', values),
      confirmLabel: t('desktop:projectDeletion.forgetConfirm'),
    };
  return {
    action: 'trash',
    title: t('desktop:projectDeletion.trashTitle', values),
    body: t('desktop:projectDeletion.trashBody', values),
    confirmLabel: t('desktop:projectDeletion.trashConfirm'),
  };
}

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
  /** The person's home folder, never opened as a project; defaults to the OS's answer. */
  homeDir?: string;
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

/**
 * What every part of the library shares: the workspace, the projects and clips in memory,
 * the lookup by clip id, the index saver and the one queue that runs every change in turn.
 * The parts (folders, watching, catalogue, transfers) each take this object; none holds
 * state of its own that another part needs.
 */
export class LibraryState {
  workspace: string;
  projects = new Map<string, LoadedProject>();
  byClipId = new Map<string, ClipRecord>();
  /** Folders opened from outside the workspace, as remembered in `projects.json`. */
  externalDirs: string[] = [];
  readonly urls: MediaUrls;
  readonly now: () => Date;
  readonly index: IndexSaver;
  private readonly queue = new SerialQueue();

  constructor(readonly options: LibraryOptions) {
    this.workspace = options.workspaceDir;
    this.now = options.now ?? (() => new Date());
    this.urls = { clip: options.mediaUrlFor, poster: options.posterUrlFor ?? options.mediaUrlFor };
    this.index = new IndexSaver({
      dataDir: options.dataDir,
      log: (message) => this.log(message),
      snapshot: () => ({
        workspace: this.workspace,
        projects: [...this.projects.values()].map((p) => ({
          dir: p.dir,
          file: p.file,
          fileStamp: p.fileStamp,
          dirMtimeMs: p.dirMtimeMs,
          problems: p.problems,
          clips: new Map([...p.clips.values()].map((c) => [c.name, c])),
        })),
      }),
    });
  }

  /** Runs a change after every change before it (see `SerialQueue`). */
  serial<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task);
  }

  /** The loaded project; throws `AppError('unknown_project')` when it is not (or no longer) open. */
  project(projectId: string): LoadedProject {
    const project = this.projects.get(projectId);
    if (!project) throw new AppError('unknown_project', t('errors:unknown_project'));
    return project;
  }

  /** The clip's record; throws `AppError('unknown_clip')` when the library does not have it. */
  record(clipId: string): ClipRecord {
    const record = this.byClipId.get(clipId);
    if (!record) throw new AppError('unknown_clip', t('errors:unknown_clip.inLibrary'));
    return record;
  }

  /** The folder a clip's files are in. */
  dirOf(record: ClipRecord): string {
    return this.project(record.projectId).dir;
  }

  toProject(project: LoadedProject): Project {
    return {
      id: project.file.id,
      name: project.file.name,
      clipCount: project.clips.size,
      problems: [...project.problems],
      deletion: deletionOf(project),
    };
  }

  /** The project's clips in `sort` order, cached until they change. */
  sortedClips(project: LoadedProject, sort: LibrarySort): ClipRecord[] {
    let sorted = project.sorted.get(sort);
    if (!sorted) {
      sorted = sortRecords(project.clips.values(), sort);
      project.sorted.set(sort, sorted);
    }
    return sorted;
  }

  projectTags(project: LoadedProject): string[] {
    project.tags ??= tagsOf(project.clips.values());
    return project.tags;
  }

  /** Replaces a project's clips (after a scan) and rebuilds the lookups that depend on them. */
  setClips(project: LoadedProject, clips: Iterable<ClipRecord>): void {
    for (const record of project.clips.values()) {
      if (this.byClipId.get(record.meta.clipId) === record)
        this.byClipId.delete(record.meta.clipId);
    }
    project.clips = new Map();
    for (const record of clips) this.addRecord(project, record);
    this.touched(project);
  }

  putRecord(project: LoadedProject, record: ClipRecord): void {
    this.addRecord(project, record);
    this.touched(project);
  }

  removeRecord(record: ClipRecord): void {
    const project = this.projects.get(record.projectId);
    project?.clips.delete(record.meta.clipId);
    if (this.byClipId.get(record.meta.clipId) === record) this.byClipId.delete(record.meta.clipId);
    if (project) this.touched(project);
  }

  /** Forgets a project and its clips (its files are not touched). */
  dropProject(project: LoadedProject): void {
    for (const record of [...project.clips.values()]) this.removeRecord(record);
    this.projects.delete(project.file.id);
  }

  /** Drops cached orders and marks the index for saving. */
  touched(project: LoadedProject): void {
    project.dirMtimeMs = null;
    project.sorted.clear();
    project.tags = null;
    this.index.schedule();
  }

  /** Tells the window; a failing listener is logged, never allowed to undo the change. */
  emit(change: LibraryChange): void {
    try {
      this.options.onChange?.(change);
    } catch (error) {
      this.log(`library change listener failed: ${String(error)}`);
    }
  }

  log(message: string): void {
    this.options.log?.(message);
  }

  /** The system trash; throws `AppError('no_trash')` where there is none (deleting refused). */
  requireTrash(): (path: string) => Promise<void> {
    const trash = this.options.trash;
    if (!trash) throw new AppError('no_trash', t('errors:no_trash.here'));
    return trash;
  }

  private addRecord(project: LoadedProject, record: ClipRecord): void {
    const other = this.byClipId.get(record.meta.clipId);
    // The same clip id in two projects means a folder was copied by hand: show the first only.
    if (other && other.projectId !== record.projectId) {
      project.problems.push(t('errors:projectProblem.copyElsewhere', { name: record.name }));
      return;
    }
    project.clips.set(record.meta.clipId, record);
    this.byClipId.set(record.meta.clipId, record);
  }
}
