import { realpathSync, statSync } from 'node:fs';
import { realpath, rename } from 'node:fs/promises';
import { join, relative, resolve, isAbsolute } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import type { Project } from '../../../../shared/domain';
import { writeExternalList } from './external-projects';
import { exists } from './clip-files';
import { folderName, stampOf } from './folder-files';
import { LibraryWatching } from './library-watching';
import { PROJECT_FILE, writeProjectFile } from './project-file';

/** Projects as folders: list, create, rename, delete (to the trash) and open from elsewhere. */
export class LibraryProjects extends LibraryWatching {
  listProjects(): Project[] {
    return [...this.projects.values()]
      .sort(
        (a, b) =>
          a.file.createdAt.localeCompare(b.file.createdAt) || a.file.id.localeCompare(b.file.id),
      )
      .map((p) => this.toProject(p));
  }

  defaultProjectId(): string {
    const first = this.listProjects()[0];
    if (!first)
      throw new AppError(
        'no_project',
        'There is no project to put the video in. Create a project first.',
      );
    return first.id;
  }

  projectDir(projectId: string): string {
    return this.project(projectId).dir;
  }

  async createProject(name: string): Promise<Project> {
    const project = await this.serial(() => this.addNewProject(name.trim()));
    this.watchFolders();
    this.emit({ type: 'projects' });
    return this.toProject(project);
  }

  /** The name lives in `kling-project.json`; the folder follows when that name is free. */
  async renameProject(projectId: string, name: string): Promise<Project> {
    const result = await this.serial(async () => {
      const project = this.project(projectId);
      project.file = { ...project.file, name: name.trim() };
      await writeProjectFile(project.dir, project.file);
      project.fileStamp = stampOf(join(project.dir, PROJECT_FILE));
      const target = join(this.workspace, folderName(name));
      // An opened folder keeps the name the person gave it; so does one whose new name is taken.
      if (!project.external && target !== project.dir && !(await exists(target)))
        await this.moveFolder(projectId, target);
      this.scheduleSave();
      return this.toProject(project);
    });
    this.watchFolders();
    this.emit({ type: 'projects' });
    return result;
  }

  /** Moves the project's folder to the system trash; nothing else is touched. */
  async deleteProject(projectId: string): Promise<boolean> {
    const trash = this.requireTrash();
    await this.serial(async () => {
      const project = this.project(projectId);
      this.watcher?.unwatch(projectId);
      await trash(project.dir);
      for (const record of [...project.clips.values()]) this.removeRecord(record);
      this.projects.delete(projectId);
      if (project.external) await this.forgetExternal(project.dir);
      this.scheduleSave();
    });
    this.watchFolders();
    this.emit({ type: 'projects' });
    return true;
  }

  /**
   * Makes an existing folder a project: inside the workspace it is simply indexed; outside, it
   * is remembered in `projects.json`. A folder already open answers with its project.
   */
  async openFolder(folder: string): Promise<Project> {
    const dir = await realpath(resolve(folder)).catch(() => {
      throw new AppError(
        'folder_unreadable',
        'That folder cannot be opened. Check that it exists and that you may read it.',
      );
    });
    const result = await this.serial(async () => {
      const already = [...this.projects.values()].find((p) => realOrSelf(p.dir) === dir);
      if (already) return this.toProject(already);
      const root = await realpath(this.workspace).catch(() => this.workspace);
      const inside = relative(root, dir);
      if (inside === '')
        throw new AppError(
          'folder_is_workspace',
          'That is the workspace itself. Pick a project folder inside it, or another folder.',
        );
      const external =
        inside.startsWith('..') ||
        isAbsolute(inside) ||
        inside.includes('/') ||
        inside.includes('\\');
      if (!statSync(dir).isDirectory()) {
        throw new AppError('not_a_folder', 'That is a file, not a folder. Pick a folder.');
      }
      const ref = { dir: external ? dir : join(this.workspace, inside), external };
      const loaded = await this.loadFolder(ref, undefined, true).catch((error: unknown) => {
        this.log(
          `could not open ${dir} as a project: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        );
        throw new AppError(
          'folder_unwritable',
          'Kling Studio could not keep its project file in that folder. Pick a folder you can write to.',
        );
      });
      if (!loaded)
        throw new AppError(
          'duplicate_project',
          'That folder is a copy of a project that is already open.',
        );
      if (external && !this.externalDirs.includes(dir)) {
        this.externalDirs = [...this.externalDirs, dir];
        if (this.options.dataDir) await writeExternalList(this.options.dataDir, this.externalDirs);
      }
      this.scheduleSave();
      return this.toProject(loaded.project);
    });
    this.watchFolders();
    this.emit({ type: 'projects' });
    return result;
  }

  private async moveFolder(projectId: string, target: string): Promise<void> {
    const project = this.project(projectId);
    this.watcher?.unwatch(projectId);
    try {
      await rename(project.dir, target);
    } catch (error) {
      // Busy (open in another app on Windows) or not allowed: the name alone changes.
      this.log(
        `kept the folder name of ${project.dir}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
      return;
    }
    project.dir = target;
  }

  private async forgetExternal(dir: string): Promise<void> {
    this.externalDirs = this.externalDirs.filter((d) => d !== dir);
    if (this.options.dataDir) await writeExternalList(this.options.dataDir, this.externalDirs);
  }

  protected requireTrash(): (path: string) => Promise<void> {
    const trash = this.options.trash;
    if (!trash) throw new AppError('no_trash', 'Deleting is not available here.');
    return trash;
  }
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
