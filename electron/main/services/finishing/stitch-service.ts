import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import type { Clip, StitchedPart } from '../../../../shared/domain';
import type { NewClip } from '../library/sidecar';
import { stitchMp4 } from './stitch-mp4';

/** The library as joining needs it: find the parts, and record the result beside them. */
export interface StitchLibrary {
  findClip(clipId: string): Clip | null;
  resolveClipFile(clipId: string): Promise<string | null>;
  projectDir(projectId: string): string;
  addClip(projectId: string, clip: NewClip): Promise<Clip>;
}

export interface StitchServiceOptions {
  library: StitchLibrary;
  now?: () => Date;
}

export interface StitchRequest {
  projectId: string;
  /** The clips to join, in the order they play. At least two. */
  clipIds: readonly string[];
  /**
   * The parts' video, re-encoded to one set-up (one file per clip, same order), used in place
   * of the clips' own files; the sidecar then says the join was re-encoded.
   */
  reencodedFiles?: readonly string[];
}

export interface StitchControl {
  signal?: AbortSignal;
  onProgress?: (fraction: number) => void;
}

/**
 * Joins library clips into a new clip of the project: the MP4 is written into the project
 * folder by copying packets (from the clips' files, or from their re-encoded copies when they
 * differed), then recorded with a sidecar whose `parts` list each clip's id,
 * prompt and place in the joined video. The joined clip keeps the first part's action and
 * model, and its prompt names the parts' prompts in order.
 *
 * @throws AppError `clip_not_found` for an unknown or missing part, and `stitchMp4`'s errors
 *   (`stitch_parts_differ`, `stitch_cancelled`, …); nothing is left in the project then.
 */
export class StitchService {
  constructor(private readonly options: StitchServiceOptions) {}

  async stitch(request: StitchRequest, control: StitchControl = {}): Promise<Clip> {
    const parts = await this.parts(request.clipIds);
    const reencoded = request.reencodedFiles;
    if (reencoded && reencoded.length !== parts.length)
      throw new AppError('stitch_unreadable', t('errors:needsReencoded'));
    const jobId = `stitch_${randomBytes(8).toString('hex')}`;
    const videoFile = `${jobId}.mp4`;
    const output = join(this.options.library.projectDir(request.projectId), videoFile);
    const joined = await stitchMp4({
      parts: reencoded ?? parts.map((part) => part.path),
      output,
      ...(control.signal ? { signal: control.signal } : {}),
      ...(control.onProgress ? { onProgress: control.onProgress } : {}),
    });
    try {
      const [first] = parts as [{ clip: Clip; path: string }, ...unknown[]];
      const stitched: StitchedPart[] = parts.map(({ clip }, index) => ({
        clipId: clip.id,
        prompt: clip.prompt,
        startSec: joined.parts[index]?.startSec ?? 0,
        durationSec: joined.parts[index]?.durationSec ?? 0,
      }));
      const now = (this.options.now ?? (() => new Date()))().toISOString();
      const record: NewClip = {
        jobId,
        videoFile,
        action: first.clip.action,
        model: first.clip.model,
        mode: first.clip.mode,
        prompt: parts.map(({ clip }) => clip.prompt).join(' → '),
        parameters: {
          stitchedFrom: stitched.map((part) => part.clipId),
          ...(reencoded ? { reencoded: true } : {}),
        },
        taskId: '',
        videoId: null,
        sourceUrl: '',
        durationSec: joined.durationSec,
        sizeBytes: (await stat(output)).size,
        sha256: await sha256Of(output),
        parentClipId: null,
        submittedAt: now,
        parts: stitched,
      };
      return await this.options.library.addClip(request.projectId, record);
    } catch (error) {
      await rm(output, { force: true });
      throw error;
    }
  }

  private async parts(clipIds: readonly string[]): Promise<{ clip: Clip; path: string }[]> {
    const parts: { clip: Clip; path: string }[] = [];
    for (const clipId of clipIds) {
      const clip = this.options.library.findClip(clipId);
      const path = clip ? await this.options.library.resolveClipFile(clipId) : null;
      if (!clip || !path) throw new AppError('clip_not_found', t('errors:clip_not_found.toJoin'));
      parts.push({ clip, path });
    }
    return parts;
  }
}

async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
