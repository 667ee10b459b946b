import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Clip, Project } from '../../../../shared/domain';
import { AppError } from '../../../../shared/app-error';
import { writeFileAtomic } from '../fs/atomic-write';
import { newId } from '../ids';
import { PROJECT_FILE, ProjectFileSchema, type ProjectFile } from './project-file';
import { SIDECAR_SUFFIX, SIDECAR_VERSION, SidecarSchema, type Sidecar } from './sidecar';

export const DEFAULT_PROJECT_NAME = 'My First Project';

export interface LibraryOptions {
  workspaceDir: string;
  /** How the renderer reaches a clip: the media scheme in the app, a test route in tests. */
  mediaUrlFor: (clipId: string) => string;
  now?: () => Date;
}

interface LoadedProject {
  file: ProjectFile;
  dir: string;
  clips: Map<string, Sidecar>;
}

export type NewClip = Omit<Sidecar, 'version' | 'clipId' | 'createdAt'>;

/** Projects are folders of real files; this class keeps an in-memory view built from them. */
export class Library {
  private projects = new Map<string, LoadedProject>();
  private readonly now: () => Date;

  constructor(private readonly options: LibraryOptions) {
    this.now = options.now ?? (() => new Date());
  }

  get workspaceDir(): string {
    return this.options.workspaceDir;
  }

  /** Reads every project folder; makes a first project when the workspace has none. */
  async open(): Promise<void> {
    await mkdir(this.options.workspaceDir, { recursive: true });
    const loaded = new Map<string, LoadedProject>();
    for (const entry of await readdir(this.options.workspaceDir, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue;
      const project = await this.loadProject(join(this.options.workspaceDir, entry.name));
      if (project && !loaded.has(project.file.id)) loaded.set(project.file.id, project);
    }
    this.projects = loaded;
    if (loaded.size === 0) await this.createProject(DEFAULT_PROJECT_NAME);
  }

  async createProject(name: string): Promise<Project> {
    const file: ProjectFile = { version: 1, id: newId('proj'), name, createdAt: this.now().toISOString() };
    const dir = await this.freeFolder(name);
    await mkdir(dir, { recursive: true });
    await writeFileAtomic(join(dir, PROJECT_FILE), JSON.stringify(file, null, 2));
    const project = { file, dir, clips: new Map<string, Sidecar>() };
    this.projects.set(file.id, project);
    return this.toProject(project);
  }

  listProjects(): Project[] {
    return [...this.projects.values()]
      .sort((a, b) => a.file.createdAt.localeCompare(b.file.createdAt))
      .map((p) => this.toProject(p));
  }

  defaultProjectId(): string {
    const first = this.listProjects()[0];
    if (!first) throw new AppError('no_project', 'No project is open. Restart the app to create one.');
    return first.id;
  }

  projectDir(projectId: string): string {
    return this.project(projectId).dir;
  }

  listClips(projectId: string): Clip[] {
    return [...this.project(projectId).clips.values()]
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
      .map((sidecar) => this.toClip(projectId, sidecar));
  }

  /** Records a verified video that already sits in the project folder. */
  async addClip(projectId: string, clip: NewClip): Promise<Clip> {
    const project = this.project(projectId);
    const sidecar: Sidecar = SidecarSchema.parse({
      ...clip,
      version: SIDECAR_VERSION,
      clipId: newId('clip'),
      createdAt: this.now().toISOString(),
    });
    await writeFileAtomic(join(project.dir, `${sidecar.jobId}${SIDECAR_SUFFIX}`), JSON.stringify(sidecar, null, 2));
    project.clips.set(sidecar.clipId, sidecar);
    return this.toClip(projectId, sidecar);
  }

  findClipByJob(jobId: string): Clip | null {
    for (const [projectId, project] of this.projects) {
      for (const sidecar of project.clips.values()) {
        if (sidecar.jobId === jobId) return this.toClip(projectId, sidecar);
      }
    }
    return null;
  }

  /** The video file of a clip, or null; only ids the library itself issued resolve. */
  async resolveClipFile(clipId: string): Promise<string | null> {
    for (const project of this.projects.values()) {
      const sidecar = project.clips.get(clipId);
      if (sidecar) return join(project.dir, sidecar.videoFile);
    }
    return null;
  }

  private project(projectId: string): LoadedProject {
    const project = this.projects.get(projectId);
    if (!project) throw new AppError('unknown_project', 'That project is no longer in the workspace.');
    return project;
  }

  private async loadProject(dir: string): Promise<LoadedProject | null> {
    const parsed = ProjectFileSchema.safeParse(await readJson(join(dir, PROJECT_FILE)));
    if (!parsed.success) return null;
    const clips = new Map<string, Sidecar>();
    for (const name of await readdir(dir)) {
      if (!name.endsWith(SIDECAR_SUFFIX)) continue;
      const sidecar = SidecarSchema.safeParse(await readJson(join(dir, name)));
      // A sidecar whose video is gone or unreadable is skipped here; it stays on disk untouched.
      if (sidecar.success && (await isFile(join(dir, sidecar.data.videoFile)))) {
        clips.set(sidecar.data.clipId, sidecar.data);
      }
    }
    return { file: parsed.data, dir, clips };
  }

  private async freeFolder(name: string): Promise<string> {
    const base = name.replace(/[^\p{L}\p{N} _-]/gu, '').trim().slice(0, 80) || 'Project';
    for (let n = 1; n < 1000; n++) {
      const candidate = join(this.options.workspaceDir, n === 1 ? base : `${base} ${n}`);
      if (!(await exists(candidate))) return candidate;
    }
    throw new AppError('workspace_full', 'Could not find a free folder name for the project.');
  }

  private toProject(project: LoadedProject): Project {
    return { id: project.file.id, name: project.file.name, clipCount: project.clips.size };
  }

  private toClip(projectId: string, s: Sidecar): Clip {
    return {
      id: s.clipId,
      projectId,
      jobId: s.jobId,
      action: s.action,
      model: s.model,
      prompt: s.prompt,
      taskId: s.taskId,
      videoId: s.videoId,
      durationSec: s.durationSec,
      sizeBytes: s.sizeBytes,
      sha256: s.sha256,
      createdAt: s.createdAt,
      mediaUrl: this.options.mediaUrlFor(s.clipId),
    };
  }
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
