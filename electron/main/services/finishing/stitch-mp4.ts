import { rename, rm } from 'node:fs/promises';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { copyParts, type CopyResult } from './mp4-copy';
import { describeMismatch, readPart, type StitchPart } from './stitch-parts';

export type StitchResult = CopyResult;

export interface StitchOptions {
  /** The MP4 files to join, in order (absolute paths). At least two. */
  parts: readonly string[];
  /** Where the joined MP4 goes; it appears there only once complete. */
  output: string;
  signal?: AbortSignal;
  /** Called as packets are copied: the fraction (0…1) of the joined media time written. */
  onProgress?: (fraction: number) => void;
}

/**
 * Joins MP4 clips end to end without re-encoding: every encoded packet is copied into one new
 * MP4 with its timestamp moved by the durations of the parts before it. That is only valid when
 * the parts share one decoder configuration (codec, dimensions, and the codec's own setup bytes,
 * e.g. H.264's SPS/PPS); otherwise it throws `stitch_parts_differ` naming the first difference,
 * and nothing is written. Node has no video encoder (no WebCodecs), so clips that differ are
 * re-encoded to one set-up by the window first (`finishing:stitchReencoded`).
 *
 * The output is written to `<output>.partial` and renamed into place when finished; a cancel
 * (`signal`) or a failure removes the partial file.
 *
 * @throws AppError `stitch_too_few_parts`, `stitch_unreadable` (a part is not a readable MP4
 *   with a video track), `stitch_parts_differ`, `stitch_cancelled`.
 */
export async function stitchMp4(options: StitchOptions): Promise<StitchResult> {
  if (options.parts.length < 2)
    throw new AppError('stitch_too_few_parts', t('errors:stitch_too_few_parts'));
  const inputs: Input[] = [];
  const partial = `${options.output}.partial`;
  try {
    const parts: StitchPart[] = [];
    for (const path of options.parts) {
      const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
      inputs.push(input);
      parts.push(await readPart(path, input));
    }
    const [first] = parts as [StitchPart, ...StitchPart[]];
    for (const [index, part] of parts.entries()) {
      const mismatch = describeMismatch(first, part);
      if (mismatch)
        throw new AppError(
          'stitch_parts_differ',
          t('errors:stitch_parts_differ.withoutReencoding', { clip: index + 1, reason: mismatch }),
        );
    }
    const result = await copyParts(parts, partial, options);
    await rename(partial, options.output);
    return result;
  } catch (error) {
    await rm(partial, { force: true });
    if (options.signal?.aborted)
      throw new AppError('stitch_cancelled', t('errors:stitch_cancelled'));
    throw error;
  } finally {
    for (const input of inputs) input.dispose();
  }
}
