import { readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { ClipRecord } from './clip-record';
import { folderName, hasSidecars, same, stampOf } from './folder-files';
import { readExternalList } from './external-projects';
import { LibraryCore, type LoadedProject } from './library-core';
import { loadIndex, type IndexedProject } from './library-index';
import {
  newProjectFile,
  PROJECT_FILE,
  readProjectFile,
  writeProjectFile,
  type ProjectFile,
} from './project-file';
import { scanProject } from './project-scan';

export interface FolderRef {
  dir: string;
  external: boolean;
}

/** Opening the workspace: through the index when it still matches the folders, else from the files. */
export class LibraryLoading extends LibraryCore {
  protected externalDirs: string[] = [];

  /** Reads every project folder (through the index when it still matches); makes a first project when there is none. */
  async open(): Promise<void> {
    await this.serial(() => this.load());
  }

  /** Opens another workspace in place of this one; the job service keeps the same library object. */
  async switchWorkspace(dir: string): Promise<void> {
    await this.serial(async () => {
      this.stopWatching();
      await this.flushIndex();
      this.workspace = resolve(dir);
      await this.load();
    });
    this.emit({ type: 'projects' });
  }

  /** Stops watching and writes the index; the library can be opened again later. */
  async close(): Promise<void> {
    this.stopWatching();
    await this.serial(() => this.flushIndex());
  }

  protected async load(): Promise<void> {
    this.stopWatching();
    await mkdir(this.workspace, { recursive: true });
    const now = this.now();
    if (this.options.dataDir) {
      const list = await readExternalList(this.options.dataDir, now);
      if (list.problem) this.log(list.problem);
      this.externalDirs = list.folders;
    }
    const indexed = new Map<string, IndexedProject>();
    const file = this.indexFile();
    if (file) {
      const loaded = await loadIndex(file, this.workspace, now);
      if (loaded.kind === 'loaded') for (const p of loaded.projects) indexed.set(p.dir, p);
      if (loaded.kind === 'corrupt')
        this.log(
          `The library index was damaged; set aside as ${loaded.setAsideAs ?? '(could not move)'}; rebuilt from the sidecars.`,
        );
    }
    this.projects = new Map();
    this.byClipId = new Map();
    let unchanged = 0;
    for (const ref of this.folders()) {
      const loaded = await this.loadFolder(ref, indexed.get(ref.dir)).catch((error: unknown) => {
        this.log(`could not open the project folder ${ref.dir}: ${String(error)}`);
        return null;
      });
      if (loaded?.unchanged) unchanged++;
    }
    if (this.projects.size === 0) await this.addNewProject(DEFAULT_PROJECT_NAME);
    // Writing 10,000 rows costs more than the rest of a warm start: skip it when nothing changed.
    if (unchanged === indexed.size && unchanged === this.projects.size) this.markClean();
    else await this.flushIndex();
    this.afterLoad(indexed.size > 0);
  }

  /** Called once the workspace is open (the watching layer starts its watchers here). */
  protected afterLoad(_fromIndex: boolean): void {}

  /** Lets go of watchers and timers before the workspace is read again or closed. */
  protected stopWatching(): void {}

  /** Watches the folders of the open projects (a no-op until the watching layer). */
  protected watchFolders(): void {}

  /** Adds a folder as a project; null when it is not one (no project file and no sidecars). */
  protected async loadFolder(
    ref: FolderRef,
    indexed?: IndexedProject,
    adopt = false,
  ): Promise<{ project: LoadedProject; unchanged: boolean } | null> {
    const now = this.now();
    let fileStamp = stampOf(join(ref.dir, PROJECT_FILE));
    let file: ProjectFile | null =
      indexed && fileStamp && same(indexed.fileStamp, fileStamp) ? indexed.file : null;
    if (!file) {
      const read = await readProjectFile(ref.dir, now).catch(() => null);
      if (read?.problem) this.log(`${ref.dir}: ${read.problem}`);
      file = read?.file ?? null;
      if (!file && (adopt || ref.external || hasSidecars(ref.dir))) {
        file = newProjectFile(basename(ref.dir), now);
        await writeProjectFile(ref.dir, file);
      }
      if (!file) return null;
      fileStamp = stampOf(join(ref.dir, PROJECT_FILE));
    }
    if (this.projects.has(file.id)) {
      this.log(`${ref.dir} has the same project id as another folder (a copy?); it is not shown.`);
      return null;
    }
    const project: LoadedProject = {
      file,
      dir: ref.dir,
      external: ref.external,
      fileStamp,
      dirMtimeMs: null,
      clips: new Map(),
      problems: [],
      sorted: new Map(),
      tags: null,
    };
    this.projects.set(file.id, project);
    // No entry came or went since the index was written: take its clips as they are, without
    // listing thousands of files (the check after opening still looks at each one).
    const dirMtimeMs = statSync(ref.dir, { throwIfNoEntry: false })?.mtimeMs;
    if (
      indexed &&
      file === indexed.file &&
      indexed.dirMtimeMs !== null &&
      dirMtimeMs === indexed.dirMtimeMs
    ) {
      project.problems = indexed.problems;
      this.setClips(project, indexed.clips.values());
      project.dirMtimeMs = dirMtimeMs;
      return { project, unchanged: true };
    }
    const known: ReadonlyMap<string, ClipRecord> = indexed?.clips ?? new Map();
    const scan = await scanProject({ projectId: file.id, dir: ref.dir, known, deep: false, now });
    project.problems = scan.problems;
    this.setClips(project, scan.clips);
    project.dirMtimeMs = scan.dirMtimeMs;
    return { project, unchanged: false };
  }

  /** The workspace's sub-folders (hidden ones skipped) and the opened folders that still exist. */
  protected folders(): FolderRef[] {
    let inside: FolderRef[] = [];
    try {
      inside = readdirSync(this.workspace, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => ({ dir: join(this.workspace, e.name), external: false }));
    } catch (error) {
      this.log(
        `cannot list the workspace: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    const outside = this.externalDirs.filter((dir) =>
      statSync(dir, { throwIfNoEntry: false })?.isDirectory(),
    );
    return [...inside, ...outside.map((dir) => ({ dir, external: true }))];
  }

  protected async addNewProject(name: string): Promise<LoadedProject> {
    const file = newProjectFile(name, this.now());
    const dir = await this.freeFolder(name);
    await mkdir(dir, { recursive: true });
    await writeProjectFile(dir, file);
    const project: LoadedProject = {
      file,
      dir,
      external: false,
      fileStamp: stampOf(join(dir, PROJECT_FILE)),
      dirMtimeMs: null,
      clips: new Map(),
      problems: [],
      sorted: new Map(),
      tags: null,
    };
    this.projects.set(file.id, project);
    this.scheduleSave();
    return project;
  }

  protected async freeFolder(name: string, except?: string): Promise<string> {
    const base = folderName(name);
    for (let n = 1; n < 1000; n++) {
      const candidate = join(this.workspace, n === 1 ? base : `${base} ${n}`);
      if (candidate === except || !statSync(candidate, { throwIfNoEntry: false })) return candidate;
    }
    return join(this.workspace, `${base} ${Date.now()}`);
  }
}

export const DEFAULT_PROJECT_NAME = 'My First Project';
