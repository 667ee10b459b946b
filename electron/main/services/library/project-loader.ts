import { readdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { ClipRecord } from './clip-record';
import { hasSidecars, projectFolderPath, same, stampOf } from './folder-files';
import { readExternalList } from './external-projects';
import type { LibraryState, LoadedProject } from './library-state';
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

/**
 * Reading project folders into the shared state: the whole workspace on opening (through the
 * index when it still matches the folders, else from the files), or one folder at a time.
 */
export class ProjectLoader {
  constructor(private readonly state: LibraryState) {}

  /**
   * Reads every project folder; makes a first project when there is none. Says whether an
   * index was used, so the caller can check each sidecar soon after. Call inside `serial`.
   */
  async load(): Promise<{ fromIndex: boolean }> {
    const state = this.state;
    await mkdir(state.workspace, { recursive: true });
    const now = state.now();
    if (state.options.dataDir) {
      const list = await readExternalList(state.options.dataDir, now);
      if (list.problem) state.log(list.problem);
      state.externalDirs = list.folders;
    }
    const indexed = new Map<string, IndexedProject>();
    const file = state.index.fileFor(state.workspace);
    if (file) {
      const loaded = await loadIndex(file, state.workspace, now);
      if (loaded.kind === 'loaded') for (const p of loaded.projects) indexed.set(p.dir, p);
      if (loaded.kind === 'corrupt')
        state.log(
          `The library index was damaged; set aside as ${loaded.setAsideAs ?? '(could not move)'}; rebuilt from the sidecars.`,
        );
    }
    state.projects = new Map();
    state.byClipId = new Map();
    let unchanged = 0;
    for (const ref of this.folders()) {
      const loaded = await this.loadFolder(ref, indexed.get(ref.dir)).catch((error: unknown) => {
        state.log(`could not open the project folder ${ref.dir}: ${String(error)}`);
        return null;
      });
      if (loaded?.unchanged) unchanged++;
    }
    if (state.projects.size === 0)
      await this.addNewProject(defaultProjectName()).catch((error: unknown) => {
        // A workspace path too long for project folders still opens, empty; creating a
        // project says why and what to do.
        if (!(error instanceof AppError && error.code === 'path_too_long')) throw error;
        state.log(`no first project in ${state.workspace}: ${error.message}`);
      });
    // Writing 10,000 rows costs more than the rest of a warm start: skip it when nothing changed.
    if (unchanged === indexed.size && unchanged === state.projects.size) state.index.markClean();
    else await state.index.flush();
    return { fromIndex: indexed.size > 0 };
  }

  /** Adds a folder as a project; null when it is not one (no project file and no sidecars). */
  async loadFolder(
    ref: FolderRef,
    indexed?: IndexedProject,
    adopt = false,
  ): Promise<{ project: LoadedProject; unchanged: boolean } | null> {
    const state = this.state;
    const now = state.now();
    let fileStamp = stampOf(join(ref.dir, PROJECT_FILE));
    let file: ProjectFile | null =
      indexed && fileStamp && same(indexed.fileStamp, fileStamp) ? indexed.file : null;
    if (!file) {
      const read = await readProjectFile(ref.dir, now).catch(() => null);
      if (read?.problem) state.log(`${ref.dir}: ${read.problem}`);
      file = read?.file ?? null;
      if (!file && (adopt || ref.external || hasSidecars(ref.dir))) {
        file = newProjectFile(basename(ref.dir), now);
        await writeProjectFile(ref.dir, file);
      }
      if (!file) return null;
      fileStamp = stampOf(join(ref.dir, PROJECT_FILE));
    }
    if (state.projects.has(file.id)) {
      state.log(`${ref.dir} has the same project id as another folder (a copy?); it is not shown.`);
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
    state.projects.set(file.id, project);
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
      state.setClips(project, indexed.clips.values());
      project.dirMtimeMs = dirMtimeMs;
      return { project, unchanged: true };
    }
    const known: ReadonlyMap<string, ClipRecord> = indexed?.clips ?? new Map();
    const scan = await scanProject({ projectId: file.id, dir: ref.dir, known, deep: false, now });
    project.problems = scan.problems;
    state.setClips(project, scan.clips);
    project.dirMtimeMs = scan.dirMtimeMs;
    return { project, unchanged: false };
  }

  /** The workspace's sub-folders (hidden ones skipped) and the opened folders that still exist. */
  folders(): FolderRef[] {
    const { workspace } = this.state;
    let inside: FolderRef[] = [];
    try {
      inside = readdirSync(workspace, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => ({ dir: join(workspace, e.name), external: false }));
    } catch (error) {
      this.state.log(
        `cannot list the workspace: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    const outside = this.state.externalDirs.filter((dir) =>
      statSync(dir, { throwIfNoEntry: false })?.isDirectory(),
    );
    return [...inside, ...outside.map((dir) => ({ dir, external: true }))];
  }

  /** Makes a new folder in the workspace for a project called `name`. */
  async addNewProject(name: string): Promise<LoadedProject> {
    const file = newProjectFile(name, this.state.now());
    const dir = this.freeFolder(name);
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
    this.state.projects.set(file.id, project);
    this.state.index.schedule();
    return project;
  }

  /** A folder path in the workspace for `name` that is not taken (`except` counts as free). */
  freeFolder(name: string, except?: string): string {
    // Room for " 999"; the rare name past that gets the time, which is longer, so the
    // fallback is shortened to fit too.
    const base = projectFolderPath(this.state.workspace, name, 4);
    for (let n = 1; n < 1000; n++) {
      const candidate = n === 1 ? base : `${base} ${n}`;
      if (candidate === except || !statSync(candidate, { throwIfNoEntry: false })) return candidate;
    }
    return `${projectFolderPath(this.state.workspace, name, 14)} ${Date.now()}`;
  }
}

/** The name of the project made on the first start, in the language of that moment. */
export function defaultProjectName(): string {
  return t('desktop:defaultProjectName');
}
