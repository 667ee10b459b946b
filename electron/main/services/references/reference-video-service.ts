import { randomBytes } from 'node:crypto';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { formatNumber, t } from '../../../../shared/i18n';
import type {
  StagedVideo,
  VideoFileFacts,
} from '../../../../shared/capabilities/reference-video-file';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import type { FilePublisher } from '../uploads/file-publisher';
import type { PublishedSources } from '../uploads/published-sources';
import { readVideoFacts } from './read-video-facts';

export interface ReferenceVideoServiceOptions {
  /** Publishes after the same consent as images, through the shared upload list. */
  publisher: FilePublisher;
  /** The record the publisher writes into: read to put a video back from this computer. */
  sources?: PublishedSources;
  uploadTimeoutMs?: number;
}

/** The first rule the video breaks where it is to be used, in words, or null when it fits. */
export type VideoRules = (facts: VideoFileFacts) => string | null;

const MIME = { mp4: 'video/mp4', mov: 'video/quicktime' } as const;

/**
 * Local videos (an omni model's reference video, a tool's source video): main reads each file
 * (resolved, a regular file, its container, length, frame rate and size from the bytes), so
 * the window can name the rule it breaks where it is used; the upload checks the same rules
 * again before anything is published.
 */
export class ReferenceVideoService {
  private readonly staged = new Map<string, { video: StagedVideo; path: string }>();

  constructor(private readonly options: ReferenceVideoServiceOptions) {}

  /**
   * Reads a dropped file. @throws AppError `video_not_file` (not a regular file, or larger
   * than any model takes, before reading it) or `video_unreadable`.
   */
  async stage(path: string, name: string = basename(path)): Promise<StagedVideo> {
    if (!isAbsolute(path)) throw notAFile(t('errors:not_a_file.badLocation'));
    const real = await realpath(path).catch(() => {
      throw notAFile(t('errors:not_a_file.gone'));
    });
    const stats = await lstat(real);
    if (!stats.isFile()) throw notAFile(t('errors:video_not_file.notRegular'));
    const max = REQUEST_LIMITS.referenceVideo.maxBytes;
    if (stats.size > max) {
      const mb = (bytes: number) =>
        formatNumber(bytes / (1024 * 1024), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
      throw new AppError(
        'video_refused',
        t('errors:video_refused.tooLarge', { size: mb(stats.size), max: mb(max) }),
      );
    }
    const facts = await readVideoFacts(real, stats.size);
    const video: StagedVideo = {
      id: `vid_${randomBytes(8).toString('hex')}`,
      name: name.slice(0, 260),
      facts,
    };
    this.staged.set(video.id, { video, path: real });
    return video;
  }

  /**
   * For "Use these settings": the local file `url` was published from, staged again when it is
   * still there with the size and last-change time it had when it was sent (hashing a video of
   * hundreds of megabytes on every remix would be slow; the upload hashes it anyway). Null when
   * the URL was not published from here, or the file is gone, changed or no longer readable.
   * Only a path from the record is read, through the same checks as a dropped file.
   */
  async restore(url: string): Promise<StagedVideo | null> {
    const source = await this.options.sources?.lookup(url);
    if (source?.kind !== 'video' || source.path === undefined) return null;
    const stats = await lstat(source.path).catch(() => null);
    if (!stats?.isFile() || stats.size !== source.size || stats.mtimeMs !== source.mtimeMs)
      return null;
    return this.stage(source.path, source.name ?? basename(source.path)).catch(() => null);
  }

  /**
   * Uploads a staged video that passes `rules` and returns its public URL. @throws AppError
   * `video_refused` naming the failed rule, `consent_required`, `no_platform_token`, or the
   * upload's own errors.
   */
  async upload(videoId: string, rules: VideoRules): Promise<{ url: string }> {
    const known = this.staged.get(videoId);
    if (!known) throw new AppError('video_not_found', t('errors:video_not_found'));
    // Read again: the file may have changed since it was chosen, and what is sent must pass.
    const stats = await lstat(known.path).catch(() => null);
    if (!stats?.isFile()) throw notAFile(t('errors:video_not_file.chosenGone'));
    const facts = await readVideoFacts(known.path, stats.size);
    const problem = rules(facts);
    if (problem) throw new AppError('video_refused', t('errors:sentence', { text: problem }));
    const container = facts.container === 'mov' ? 'mov' : 'mp4';
    const url = await this.options.publisher.publish({
      read: async () => new Uint8Array(await readFile(known.path)),
      kind: 'video',
      extension: container,
      mime: MIME[container],
      timeoutMs: this.options.uploadTimeoutMs ?? 600_000,
      origin: {
        name: known.video.name,
        path: known.path,
        size: stats.size,
        mtimeMs: stats.mtimeMs,
      },
    });
    return { url };
  }
}

function notAFile(message: string): AppError {
  return new AppError('video_not_file', message);
}
