import { realpath } from 'node:fs/promises';
import { isAbsolute, join, relative, sep } from 'node:path';
import type { z } from 'zod';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { providerDefaults } from '../../../../shared/capabilities/provider-defaults';
import type { Clip, ClipChangeSchema, ClipDetail, LibraryPage } from '../../../../shared/domain';
import { writeFileAtomic } from '../fs/atomic-write';
import { newId } from '../ids';
import { clipFileNames, decodePoster, exists } from './clip-files';
import { metaOf, newRecord, toClip, type ClipRecord } from './clip-record';
import { stampOf } from './folder-files';
import type { LibraryState, LoadedProject } from './library-state';
import { filterRecords, type ParsedLibraryQuery } from './library-query';
import {
  SIDECAR_SUFFIX,
  sidecarVersionFor,
  SidecarSchema,
  readSidecar,
  rewriteSidecar,
  stemOf,
  writeSidecar,
  type NewClip,
  type Sidecar,
} from './sidecar';

export type ClipChange = z.output<typeof ClipChangeSchema>;

/** Clips: lookups for the job service and the media scheme, search, details and the user's own fields. */
export class ClipCatalogue {
  constructor(private readonly state: LibraryState) {}

  /** A project's clips, newest first. */
  listClips(projectId: string): Clip[] {
    return this.state
      .sortedClips(this.state.project(projectId), 'newest')
      .map((r) => toClip(r, this.state.urls));
  }

  findClip(clipId: string): Clip | null {
    const record = this.state.byClipId.get(clipId);
    return record ? toClip(record, this.state.urls) : null;
  }

  /** The clip a job produced; the original rather than a copy made later. */
  findClipByJob(jobId: string): Clip | null {
    let found: ClipRecord | null = null;
    for (const record of this.state.byClipId.values()) {
      if (record.meta.jobId !== jobId) continue;
      if (stemOf(record.name) === jobId) return toClip(record, this.state.urls);
      found ??= record;
    }
    return found ? toClip(found, this.state.urls) : null;
  }

  /**
   * The video file of a clip, or null; only ids the library itself issued resolve, and only
   * to a file that is really inside the clip's own project folder (a link to elsewhere, even
   * to another project, is not served).
   */
  async resolveClipFile(clipId: string): Promise<string | null> {
    const record = this.state.byClipId.get(clipId);
    return record ? insideProject(this.state.dirOf(record), record.meta.videoFile) : null;
  }

  /** The poster of a clip, or null; held to its project folder like the video. */
  async resolvePosterFile(clipId: string): Promise<string | null> {
    const record = this.state.byClipId.get(clipId);
    return record?.posterPresent
      ? insideProject(this.state.dirOf(record), clipFileNames(stemOf(record.name)).poster)
      : null;
  }

  /** Folders media may be served from: the workspace and every folder opened from elsewhere. */
  mediaRoots(): string[] {
    return [
      this.state.workspace,
      ...[...this.state.projects.values()].filter((p) => p.external).map((p) => p.dir),
    ];
  }

  /** Records a verified video that already sits in the project folder. */
  async addClip(projectId: string, clip: NewClip): Promise<Clip> {
    const record = await this.state.serial(async () => {
      const project = this.state.project(projectId);
      const mode =
        clip.mode ?? (typeof clip.parameters.mode === 'string' ? clip.parameters.mode : null);
      const sidecar = SidecarSchema.parse({
        ...clip,
        mode,
        version: sidecarVersionFor(clip.action),
        clipId: newId('clip'),
        createdAt: this.state.now().toISOString(),
      });
      const name = `${sidecar.jobId}${SIDECAR_SUFFIX}`;
      await writeSidecar(join(project.dir, name), sidecar);
      return this.remember(project, name, sidecar);
    });
    // The job service announces the new clip itself; the project's count changed too.
    this.state.emit({ type: 'projects' });
    return toClip(record, this.state.urls);
  }

  query(query: ParsedLibraryQuery): LibraryPage {
    const project = this.state.project(query.projectId);
    const { total, page } = filterRecords(this.state.sortedClips(project, query.sort), query);
    return {
      total,
      clips: page.map((r) => toClip(r, this.state.urls)),
      tags: this.state.projectTags(project),
    };
  }

  /** Everything about one clip: its parameters from the sidecar, and its lineage across projects. */
  async getClip(clipId: string): Promise<ClipDetail> {
    const record = this.state.record(clipId);
    const read = readSidecar(join(this.state.dirOf(record), record.name));
    const parent = record.meta.parentClipId
      ? this.state.byClipId.get(record.meta.parentClipId)
      : undefined;
    const children = [...this.state.byClipId.values()]
      .filter((r) => r.meta.parentClipId === clipId)
      .sort((a, b) => a.createdMs - b.createdMs);
    return {
      ...toClip(record, this.state.urls),
      parameters: read.ok ? read.sidecar.parameters : {},
      defaults: read.ok ? defaultsOf(read.sidecar) : {},
      sourceUrl: read.ok ? read.sidecar.sourceUrl : '',
      billedSec: read.ok ? read.sidecar.billedSec : null,
      sources: read.ok ? read.sidecar.sources : [],
      // Filled in by the handler, which knows which uploads came from this computer.
      inputImages: [],
      submittedAt: record.meta.submittedAt,
      parent: parent ? toClip(parent, this.state.urls) : null,
      children: children.map((r) => toClip(r, this.state.urls)),
      parentFrameSec: read.ok ? read.sidecar.parentFrameSec : null,
      parts: read.ok ? read.sidecar.parts : [],
    };
  }

  /** Writes the person's own fields into the sidecar, keeping everything else in it. */
  async updateClip(change: ClipChange): Promise<Clip> {
    const record = await this.state.serial(async () => {
      const current = this.state.record(change.clipId);
      const project = this.state.project(current.projectId);
      const sidecar = await rewriteSidecar(join(project.dir, current.name), (s) => ({
        ...s,
        ...(change.favourite !== undefined ? { favourite: change.favourite } : {}),
        ...(change.tags !== undefined ? { tags: uniqueTags(change.tags) } : {}),
        ...(change.rating !== undefined ? { rating: change.rating } : {}),
        ...(change.note !== undefined ? { note: change.note } : {}),
      }));
      return this.remember(project, current.name, sidecar);
    });
    this.state.emit({ type: 'clips', projectId: record.projectId });
    return toClip(record, this.state.urls);
  }

  /** Keeps a still from the video as `<stem>.poster.jpg` beside it; refused unless it is a JPEG. */
  async setPoster(clipId: string, dataUrl: string): Promise<string> {
    const bytes = decodePoster(dataUrl);
    const record = await this.state.serial(async () => {
      const current = this.state.record(clipId);
      await writeFileAtomic(
        join(this.state.dirOf(current), clipFileNames(stemOf(current.name)).poster),
        bytes,
      );
      current.posterPresent = true;
      this.state.touched(this.state.project(current.projectId));
      return current;
    });
    this.state.emit({ type: 'clips', projectId: record.projectId });
    return this.state.urls.poster(record.meta.clipId);
  }

  /** Puts what was just written into memory, with the sidecar's new size and time. */
  async remember(project: LoadedProject, name: string, sidecar: Sidecar): Promise<ClipRecord> {
    const stamp = stampOf(join(project.dir, name));
    if (!stamp) throw new AppError('sidecar_missing', t('errors:sidecar_missing.whileSaving'));
    const previous = this.state.byClipId.get(sidecar.clipId);
    if (previous) this.state.removeRecord(previous);
    const record = newRecord(project.file.id, name, stamp, metaOf(sidecar), {
      video: await exists(join(project.dir, sidecar.videoFile)),
      poster: await exists(join(project.dir, clipFileNames(stemOf(name)).poster)),
    });
    this.state.putRecord(project, record);
    return record;
  }
}

/** `dir/name` when, links resolved, it lies inside `dir`; null otherwise or when missing. */
async function insideProject(dir: string, name: string): Promise<string | null> {
  const path = join(dir, name);
  try {
    const [realDir, realFile] = await Promise.all([realpath(dir), realpath(path)]);
    const rel = relative(realDir, realFile);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.includes(sep)) return null;
  } catch {
    return null;
  }
  return path;
}

function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  return tags
    .map((t) => t.trim())
    .filter((t) => t && !seen.has(t.toLowerCase()) && seen.add(t.toLowerCase()));
}

/**
 * The provider's defaults for what a clip's request left out: as recorded, or for a sidecar
 * written before they were recorded, worked out from what was sent.
 */
function defaultsOf(sidecar: Sidecar): Record<string, unknown> {
  if (sidecar.defaults) return sidecar.defaults;
  return providerDefaults({
    action: sidecar.action,
    ...(sidecar.model === null ? {} : { model: sidecar.model }),
    ...sidecar.parameters,
  });
}
