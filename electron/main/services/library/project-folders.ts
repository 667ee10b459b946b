import { realpathSync, statSync } from 'node:fs';
import { realpath, rename } from 'node:fs/promises';
import { homedir } from 'node:os';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { Project } from '../../../../shared/domain';
import { writeExternalList } from './external-projects';
import { exists } from './clip-files';
import { projectFolderPath, stampOf } from './folder-files';
import { folderRefusal } from './folder-policy';
import type { FolderWatching } from './folder-watching';
import type { LibraryState } from './library-state';
import { PROJECT_FILE, writeProjectFile } from './project-file';
import type { ProjectLoader } from './project-loader';

/** Projects as folders: list, create, rename, delete (to the trash) and open from elsewhere. */
export class ProjectFolders {
  constructor(
    private readonly state: LibraryState,
    private readonly loader: ProjectLoader,
    private readonly watching: FolderWatching,
  ) {}

  /** Every open project, oldest first. */
  listProjects(): Project[] {
    return [...this.state.projects.values()]
      .sort(
        (a, b) =>
          a.file.createdAt.localeCompare(b.file.createdAt) || a.file.id.localeCompare(b.file.id),
      )
      .map((p) => this.state.toProject(p));
  }

  /** Where a job goes when no project was chosen; throws `AppError('no_project')` when none is open. */
  defaultProjectId(): string {
    const first = this.listProjects()[0];
    if (!first) throw new AppError('no_project', t('errors:no_project'));
    return first.id;
  }

  projectDir(projectId: string): string {
    return this.state.project(projectId).dir;
  }

  async createProject(name: string): Promise<Project> {
    const project = await this.state.serial(() => this.loader.addNewProject(name.trim()));
    this.watching.sync();
    this.state.emit({ type: 'projects' });
    return this.state.toProject(project);
  }

  /** The name lives in `kling-project.json`; the folder follows when that name is free. */
  async renameProject(projectId: string, name: string): Promise<Project> {
    const result = await this.state.serial(async () => {
      const project = this.state.project(projectId);
      project.file = { ...project.file, name: name.trim() };
      await writeProjectFile(project.dir, project.file);
      project.fileStamp = stampOf(join(project.dir, PROJECT_FILE));
      // An opened folder keeps the name the person gave it; so does one whose new name is
      // taken or would make too long a path (the project's name changes all the same).
      const target = project.external ? null : folderPathOrNull(this.state.workspace, name);
      if (target && target !== project.dir && !(await exists(target)))
        await this.moveFolder(projectId, target);
      this.state.index.schedule();
      return this.state.toProject(project);
    });
    this.watching.sync();
    this.state.emit({ type: 'projects' });
    return result;
  }

  /**
   * A project in the workspace: its folder goes to the system trash. A folder opened from
   * elsewhere belongs to the person: it is only forgotten, every file stays where it is.
   * Either way nothing outside that folder is touched (see `Project['deletion']`).
   */
  async deleteProject(projectId: string): Promise<boolean> {
    await this.state.serial(async () => {
      const project = this.state.project(projectId);
      const trash = project.external ? null : this.state.requireTrash();
      this.watching.unwatch(projectId);
      if (trash) await trash(project.dir);
      this.state.dropProject(project);
      if (project.external) await this.forgetExternal(project.dir);
      this.state.index.schedule();
    });
    this.watching.sync();
    this.state.emit({ type: 'projects' });
    return true;
  }

  /**
   * Makes an existing folder a project: inside the workspace it is simply indexed; outside, it
   * is remembered in `projects.json`. A folder already open answers with its project.
   */
  async openFolder(folder: string): Promise<Project> {
    const dir = await realpath(resolve(folder)).catch(() => {
      throw new AppError('folder_unreadable', t('errors:folder_unreadable'));
    });
    const state = this.state;
    const result = await state.serial(async () => {
      const already = [...state.projects.values()].find((p) => realOrSelf(p.dir) === dir);
      if (already) return state.toProject(already);
      const root = await realpath(state.workspace).catch(() => state.workspace);
      const inside = relative(root, dir);
      if (inside === '') throw new AppError('folder_is_workspace', t('errors:folder_is_workspace'));
      const refusal = folderRefusal(dir, {
        home: await realpath(state.options.homeDir ?? homedir()).catch(
          () => state.options.homeDir ?? homedir(),
        ),
        workspace: root,
        platform: process.platform,
        ...(process.env.SystemRoot ? { systemRoot: process.env.SystemRoot } : {}),
      });
      if (refusal) throw new AppError('folder_refused', refusal);
      const external =
        inside.startsWith('..') ||
        isAbsolute(inside) ||
        inside.includes('/') ||
        inside.includes('\\');
      if (!statSync(dir).isDirectory()) {
        throw new AppError('not_a_folder', t('errors:not_a_folder'));
      }
      const ref = { dir: external ? dir : join(state.workspace, inside), external };
      const loaded = await this.loader.loadFolder(ref, undefined, true).catch((error: unknown) => {
        state.log(
          `could not open ${dir} as a project: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
        throw new AppError('folder_unwritable', t('errors:folder_unwritable'));
      });
      if (!loaded) throw new AppError('duplicate_project', t('errors:duplicate_project'));
      if (external && !state.externalDirs.includes(dir)) {
        state.externalDirs = [...state.externalDirs, dir];
        if (state.options.dataDir)
          await writeExternalList(state.options.dataDir, state.externalDirs);
      }
      state.index.schedule();
      return state.toProject(loaded.project);
    });
    this.watching.sync();
    state.emit({ type: 'projects' });
    return result;
  }

  private async moveFolder(projectId: string, target: string): Promise<void> {
    const project = this.state.project(projectId);
    this.watching.unwatch(projectId);
    try {
      await rename(project.dir, target);
    } catch (error) {
      // Busy (open in another app on Windows) or not allowed: the name alone changes.
      this.state.log(
        `kept the folder name of ${project.dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
      return;
    }
    project.dir = target;
  }

  private async forgetExternal(dir: string): Promise<void> {
    const state = this.state;
    state.externalDirs = state.externalDirs.filter((d) => d !== dir);
    if (state.options.dataDir) await writeExternalList(state.options.dataDir, state.externalDirs);
  }
}

function folderPathOrNull(workspace: string, name: string): string | null {
  try {
    return projectFolderPath(workspace, name);
  } catch {
    return null;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
