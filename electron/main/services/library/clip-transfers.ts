import { copyFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { Clip, ExportFormat } from '../../../../shared/domain';
import { writeFileAtomic } from '../fs/atomic-write';
import { newId } from '../ids';
import { clipFileNames, copyNew, exists, freeStem, moveFile } from './clip-files';
import { toClip } from './clip-record';
import type { ClipCatalogue } from './clip-catalogue';
import { clipsToCsv, clipsToJson } from './library-export';
import { folderName } from './folder-files';
import type { LibraryState } from './library-state';
import { readSidecar, stemOf, writeSidecar } from './sidecar';

/** Clips leaving or changing place: move and copy between projects, trash, save and export. */
export class ClipTransfers {
  constructor(
    private readonly state: LibraryState,
    private readonly catalogue: ClipCatalogue,
  ) {}

  /** Moves the video, poster and sidecar to another project; the clip keeps its id. */
  async moveClip(clipId: string, projectId: string): Promise<Clip> {
    return this.transfer(clipId, projectId, 'move');
  }

  /** Copies the video, poster and sidecar to a project (the same one too) as a new clip. */
  async copyClip(clipId: string, projectId: string): Promise<Clip> {
    return this.transfer(clipId, projectId, 'copy');
  }

  /** Moves the clip's files to the system trash: video and poster first, the sidecar last. */
  async deleteClip(clipId: string): Promise<boolean> {
    const trash = this.state.requireTrash();
    const projectId = await this.state.serial(async () => {
      const record = this.state.record(clipId);
      const dir = this.state.dirOf(record);
      const names = clipFileNames(stemOf(record.name));
      for (const name of [record.meta.videoFile, names.poster]) {
        if (await exists(join(dir, name))) await trash(join(dir, name));
      }
      await trash(join(dir, record.name));
      this.state.removeRecord(record);
      return record.projectId;
    });
    this.emitMoved([projectId]);
    return true;
  }

  /** Writes the project's clip list to `path` (chosen in a save dialog), oldest first. */
  async exportProject(projectId: string, format: ExportFormat, path: string): Promise<void> {
    const project = this.state.project(projectId);
    const records = this.state.sortedClips(project, 'oldest');
    await writeFileAtomic(
      path,
      format === 'csv' ? clipsToCsv(records) : clipsToJson(project.dir, records),
    );
  }

  /** Copies the clip's video to `path` (chosen in a save dialog, which already asked about replacing). */
  async saveCopy(clipId: string, path: string): Promise<void> {
    const record = this.state.record(clipId);
    if (!record.videoPresent) throw missingVideo();
    await copyFile(join(this.state.dirOf(record), record.meta.videoFile), path);
  }

  /** What the file manager should show for a clip: its video, or its sidecar when the video is gone. */
  clipPath(clipId: string): string {
    const record = this.state.record(clipId);
    return join(
      this.state.dirOf(record),
      record.videoPresent ? record.meta.videoFile : record.name,
    );
  }

  suggestedExportName(projectId: string, format: ExportFormat): string {
    return `${folderName(this.state.project(projectId).file.name)}.${format}`;
  }

  suggestedVideoName(clipId: string): string {
    return `${stemOf(this.state.record(clipId).name)}.mp4`;
  }

  private async transfer(clipId: string, projectId: string, mode: 'move' | 'copy'): Promise<Clip> {
    const { record, from } = await this.state.serial(async () => {
      const current = this.state.record(clipId);
      const from = current.projectId;
      const target = this.state.project(projectId);
      if (mode === 'move' && from === projectId) return { record: current, from };
      const source = this.state.dirOf(current);
      const read = readSidecar(join(source, current.name));
      if (!read.ok) throw new AppError('sidecar_unreadable', t('errors:sidecar_unreadable'));
      const names = clipFileNames(await freeStem(target.dir, stemOf(current.name)));
      const posterFrom = join(source, clipFileNames(stemOf(current.name)).poster);
      const plan: Array<[string, string]> = [];
      if (await exists(join(source, current.meta.videoFile)))
        plan.push([join(source, current.meta.videoFile), join(target.dir, names.video)]);
      if (await exists(posterFrom)) plan.push([posterFrom, join(target.dir, names.poster)]);
      const done: Array<[string, string]> = [];
      const sidecar = {
        ...read.sidecar,
        videoFile: names.video,
        ...(mode === 'copy' ? { clipId: newId('clip') } : {}),
      };
      try {
        for (const [a, b] of plan) {
          await (mode === 'move' ? moveFile(a, b) : copyNew(a, b));
          done.push([a, b]);
        }
        await writeSidecar(join(target.dir, names.sidecar), sidecar);
      } catch (error) {
        await undo(done, mode);
        throw error;
      }
      if (mode === 'move') {
        await unlink(join(source, current.name));
        this.state.removeRecord(current);
      }
      return { record: await this.catalogue.remember(target, names.sidecar, sidecar), from };
    });
    this.emitMoved([...new Set([from, projectId])]);
    return toClip(record, this.state.urls);
  }

  private emitMoved(projectIds: readonly string[]): void {
    for (const projectId of projectIds) this.state.emit({ type: 'clips', projectId });
    this.state.emit({ type: 'projects' });
  }
}

/** Puts files back where they were when a move or copy fails halfway. */
async function undo(done: ReadonlyArray<[string, string]>, mode: 'move' | 'copy'): Promise<void> {
  for (const [from, to] of [...done].reverse()) {
    await (mode === 'move' ? rename(to, from) : unlink(to)).catch(() => undefined);
  }
}

function missingVideo(): AppError {
  return new AppError('clip_missing', t('errors:clip_missing'));
}
