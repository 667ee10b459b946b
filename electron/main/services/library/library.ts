import { resolve } from 'node:path';
import type {
  Clip,
  ClipDetail,
  ExportFormat,
  LibraryPage,
  Project,
} from '../../../../shared/domain';
import { ClipCatalogue, type ClipChange } from './clip-catalogue';
import { ClipTransfers } from './clip-transfers';
import { FolderWatching } from './folder-watching';
import type { ParsedLibraryQuery } from './library-query';
import { LibraryState, type LibraryOptions } from './library-state';
import { ProjectFolders } from './project-folders';
import { ProjectLoader } from './project-loader';
import type { NewClip } from './sidecar';

export { defaultProjectName } from './project-loader';
export type { LibraryChange, LibraryOptions } from './library-state';
export type { NewClip } from './sidecar';

/**
 * Projects are folders of real files; the library keeps an in-memory view built from them
 * (through a rebuildable index) and changes files only through the sidecars' owner: itself.
 * This facade wires the parts around one shared state and answers for them; each part can
 * be read and tested on its own.
 */
export class Library {
  private readonly state: LibraryState;
  private readonly loader: ProjectLoader;
  private readonly watching: FolderWatching;
  private readonly folders: ProjectFolders;
  private readonly catalogue: ClipCatalogue;
  private readonly transfers: ClipTransfers;

  constructor(options: LibraryOptions) {
    this.state = new LibraryState(options);
    this.loader = new ProjectLoader(this.state);
    this.watching = new FolderWatching(this.state, this.loader);
    this.folders = new ProjectFolders(this.state, this.loader, this.watching);
    this.catalogue = new ClipCatalogue(this.state);
    this.transfers = new ClipTransfers(this.state, this.catalogue);
  }

  get workspaceDir(): string {
    return this.state.workspace;
  }

  /** Reads every project folder (through the index when it still matches); makes a first project when there is none. */
  async open(): Promise<void> {
    await this.state.serial(() => this.load());
  }

  /** Opens another workspace in place of this one; the job service keeps the same library object. */
  async switchWorkspace(dir: string): Promise<void> {
    await this.state.serial(async () => {
      this.watching.stop();
      await this.state.index.flush();
      this.state.workspace = resolve(dir);
      await this.load();
    });
    this.state.emit({ type: 'projects' });
  }

  /** Stops watching and writes the index; the library can be opened again later. */
  async close(): Promise<void> {
    this.watching.stop();
    await this.state.serial(() => this.state.index.flush());
  }

  /** Writes the index now if anything changed; a failure only costs a slower next start. */
  flushIndex(): Promise<void> {
    return this.state.index.flush();
  }

  /** Looks at every folder again now (`deep`: every sidecar's size and time too). */
  refresh(deep = false): Promise<void> {
    return this.watching.refresh(deep);
  }

  listProjects(): Project[] {
    return this.folders.listProjects();
  }
  defaultProjectId(): string {
    return this.folders.defaultProjectId();
  }
  projectDir(projectId: string): string {
    return this.folders.projectDir(projectId);
  }
  createProject(name: string): Promise<Project> {
    return this.folders.createProject(name);
  }
  renameProject(projectId: string, name: string): Promise<Project> {
    return this.folders.renameProject(projectId, name);
  }
  deleteProject(projectId: string): Promise<boolean> {
    return this.folders.deleteProject(projectId);
  }
  openFolder(folder: string): Promise<Project> {
    return this.folders.openFolder(folder);
  }

  listClips(projectId: string): Clip[] {
    return this.catalogue.listClips(projectId);
  }
  findClip(clipId: string): Clip | null {
    return this.catalogue.findClip(clipId);
  }
  findClipByJob(jobId: string): Clip | null {
    return this.catalogue.findClipByJob(jobId);
  }
  resolveClipFile(clipId: string): Promise<string | null> {
    return this.catalogue.resolveClipFile(clipId);
  }
  resolvePosterFile(clipId: string): Promise<string | null> {
    return this.catalogue.resolvePosterFile(clipId);
  }
  mediaRoots(): string[] {
    return this.catalogue.mediaRoots();
  }
  addClip(projectId: string, clip: NewClip): Promise<Clip> {
    return this.catalogue.addClip(projectId, clip);
  }
  query(query: ParsedLibraryQuery): LibraryPage {
    return this.catalogue.query(query);
  }
  getClip(clipId: string): Promise<ClipDetail> {
    return this.catalogue.getClip(clipId);
  }
  updateClip(change: ClipChange): Promise<Clip> {
    return this.catalogue.updateClip(change);
  }
  setPoster(clipId: string, dataUrl: string): Promise<string> {
    return this.catalogue.setPoster(clipId, dataUrl);
  }

  moveClip(clipId: string, projectId: string): Promise<Clip> {
    return this.transfers.moveClip(clipId, projectId);
  }
  copyClip(clipId: string, projectId: string): Promise<Clip> {
    return this.transfers.copyClip(clipId, projectId);
  }
  deleteClip(clipId: string): Promise<boolean> {
    return this.transfers.deleteClip(clipId);
  }
  exportProject(projectId: string, format: ExportFormat, path: string): Promise<void> {
    return this.transfers.exportProject(projectId, format, path);
  }
  saveCopy(clipId: string, path: string): Promise<void> {
    return this.transfers.saveCopy(clipId, path);
  }
  clipPath(clipId: string): string {
    return this.transfers.clipPath(clipId);
  }
  suggestedExportName(projectId: string, format: ExportFormat): string {
    return this.transfers.suggestedExportName(projectId, format);
  }
  suggestedVideoName(clipId: string): string {
    return this.transfers.suggestedVideoName(clipId);
  }

  /** Reads the workspace afresh and starts watching it; runs on the queue. */
  private async load(): Promise<void> {
    this.watching.stop();
    const { fromIndex } = await this.loader.load();
    this.watching.start(fromIndex);
  }
}
