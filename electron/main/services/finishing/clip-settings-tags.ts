import { rename, rm } from 'node:fs/promises';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import {
  EmbeddedSettingsSchema,
  type EmbeddedSettings,
} from '../../../../shared/embedded-settings';
import { copyParts } from './mp4-copy';
import { readPart } from './stitch-parts';

/** The MP4 metadata key (an `mdta` key) that holds the settings as JSON. */
export const SETTINGS_TAG = 'studio.kling.settings';

export { EmbeddedSettingsSchema, type EmbeddedSettings };

export interface WriteWithSettingsOptions {
  source: string;
  /** Where the tagged copy goes; it appears there only once complete. */
  output: string;
  settings: EmbeddedSettings;
  signal?: AbortSignal;
}

/**
 * Copies an MP4 (packets copied, nothing re-encoded) with the clip's settings in its metadata:
 * the prompt as the title, a readable summary as the comment, and the full settings as JSON
 * under {@link SETTINGS_TAG}, which players show or ignore and {@link readSettings} reads back.
 *
 * @throws AppError `stitch_unreadable` when the source is not a readable MP4 with video.
 */
export async function writeWithSettings(options: WriteWithSettingsOptions): Promise<void> {
  const settings = EmbeddedSettingsSchema.parse(options.settings);
  const input = new Input({ source: new FilePathSource(options.source), formats: ALL_FORMATS });
  const partial = `${options.output}.partial`;
  try {
    const part = await readPart(options.source, input);
    await copyParts([part], partial, {
      ...(options.signal ? { signal: options.signal } : {}),
      tags: {
        title: settings.prompt.slice(0, 250),
        comment: summary(settings),
        raw: { [SETTINGS_TAG]: JSON.stringify(settings) },
      },
    });
    await rename(partial, options.output);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    input.dispose();
  }
}

/**
 * The settings a video made by the app carries, or null when it carries none (any other
 * video) or they do not parse (a newer app's, or edited by hand).
 *
 * @throws AppError `settings_unreadable` when the file is not a readable video file.
 */
export async function readSettings(path: string): Promise<EmbeddedSettings | null> {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    let raw: unknown;
    try {
      raw = (await input.getMetadataTags()).raw?.[SETTINGS_TAG];
    } catch {
      throw new AppError('settings_unreadable', t('errors:settings_unreadable.path', { path }));
    }
    if (typeof raw !== 'string') return null;
    try {
      const parsed = EmbeddedSettingsSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  } finally {
    input.dispose();
  }
}

function summary(settings: EmbeddedSettings): string {
  const mode =
    typeof settings.parameters['mode'] === 'string' ? ` · ${settings.parameters['mode']}` : '';
  const duration =
    typeof settings.parameters['duration'] === 'number'
      ? ` · ${settings.parameters['duration']} s`
      : '';
  return t('desktop:madeWith', {
    summary: `${settings.action} · ${settings.model}${mode}${duration}`,
  });
}
