import { randomBytes } from 'node:crypto';
import { lstat, readFile, realpath } from 'node:fs/promises';
import { basename, isAbsolute } from 'node:path';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import {
  VOICE_SAMPLE_LIMITS,
  sampleTooLarge,
  voiceSampleProblem,
  type StagedAudio,
} from '../../../../shared/voice-sample';
import type { FilePublisher } from '../uploads/file-publisher';
import { readAudioFacts } from './read-audio-facts';

export interface VoiceSampleServiceOptions {
  /** Publishes after the same consent as images, through the shared upload list. */
  publisher: FilePublisher;
  uploadTimeoutMs?: number;
}

const MIME = { mp3: 'audio/mpeg', wav: 'audio/wav', m4a: 'audio/mp4' } as const;
type SampleKind = keyof typeof MIME;

function isSampleKind(container: string): container is SampleKind {
  return Object.hasOwn(MIME, container);
}

/**
 * Local recordings to make voices from: main reads each file (resolved, a regular file, its
 * container and length from the bytes), so the window can name the rule it breaks; the upload
 * checks the same rules again before anything is published.
 */
export class VoiceSampleService {
  private readonly staged = new Map<string, { audio: StagedAudio; path: string }>();

  constructor(private readonly options: VoiceSampleServiceOptions) {}

  /**
   * Reads a chosen or dropped file. @throws AppError `audio_not_file` (not a regular file) or
   * `audio_refused` (larger than a sample can be, before reading it), or `audio_unreadable`.
   */
  async stage(path: string): Promise<StagedAudio> {
    if (!isAbsolute(path)) throw notAFile(t('errors:not_a_file.badLocation'));
    const real = await realpath(path).catch(() => {
      throw notAFile(t('errors:not_a_file.gone'));
    });
    const stats = await lstat(real);
    if (!stats.isFile()) {
      throw notAFile(t('errors:audio_not_file.notRegular'));
    }
    // Refused without reading a file this large.
    if (stats.size > VOICE_SAMPLE_LIMITS.maxBytes) {
      throw new AppError(
        'audio_refused',
        t('errors:sentence', { text: sampleTooLarge(stats.size) }),
      );
    }
    const facts = await readAudioFacts(real, stats.size);
    const audio: StagedAudio = {
      id: `aud_${randomBytes(8).toString('hex')}`,
      name: basename(path).slice(0, 260),
      facts,
    };
    this.staged.set(audio.id, { audio, path: real });
    return audio;
  }

  /**
   * Uploads a staged recording that passes the voice-sample rules and returns its public URL.
   * @throws AppError `audio_not_found`, `audio_refused` naming the failed rule,
   * `consent_required`, `no_platform_token`, or the upload's own errors.
   */
  async upload(audioId: string): Promise<{ url: string }> {
    const known = this.staged.get(audioId);
    if (!known) {
      throw new AppError('audio_not_found', t('errors:audio_not_found'));
    }
    // Read again: the file may have changed since it was chosen, and what is sent must pass.
    const stats = await lstat(known.path).catch(() => null);
    if (!stats?.isFile()) throw notAFile(t('errors:audio_not_file.chosenGone'));
    const facts = await readAudioFacts(known.path, stats.size);
    const problem = voiceSampleProblem(facts);
    if (problem || !isSampleKind(facts.container)) {
      throw new AppError(
        'audio_refused',
        t('errors:sentence', { text: problem ?? t('errors:audio_refused.unusable') }),
      );
    }
    const url = await this.options.publisher.publish({
      read: async () => new Uint8Array(await readFile(known.path)),
      kind: 'audio',
      extension: facts.container,
      mime: MIME[facts.container],
      timeoutMs: this.options.uploadTimeoutMs ?? 120_000,
    });
    return { url };
  }
}

function notAFile(message: string): AppError {
  return new AppError('audio_not_file', message);
}
