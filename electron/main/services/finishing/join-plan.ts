import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { t } from '../../../../shared/i18n';
import { describeMismatch, readPart, type StitchPart } from './stitch-parts';

/** How a set of clips can be joined, before anything is written. */
export interface JoinPlan {
  /**
   * Null when every part shares the first one's set-up (the join copies packets); otherwise the
   * first difference, in words ("clip 2: its picture is 320 × 180 px, not 640 × 360 px"): the
   * parts must be re-encoded to one set-up first.
   */
  differs: string | null;
  /** The first part's picture size, pixels: the size re-encoded parts are fitted into. */
  width: number;
  height: number;
  /** Every part has sound: a re-encode keeps it. */
  sound: boolean;
  /** Some parts have sound and some not: a re-encode leaves the sound out. */
  soundDropped: boolean;
}

/**
 * Reads the parts' tracks (not their frames) and says whether they can be joined as they are.
 *
 * @param paths the parts' MP4 files, in order, at least one.
 * @throws AppError `stitch_unreadable` for a part that is not a readable MP4 with video.
 */
export async function planJoin(paths: readonly string[]): Promise<JoinPlan> {
  const inputs: Input[] = [];
  try {
    const parts: StitchPart[] = [];
    for (const path of paths) {
      const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
      inputs.push(input);
      parts.push(await readPart(path, input));
    }
    const [first] = parts as [StitchPart, ...StitchPart[]];
    let differs: string | null = null;
    for (const [index, part] of parts.entries()) {
      const mismatch = describeMismatch(first, part);
      if (mismatch) {
        differs = t('errors:stitch_parts_differ.clipReason', { clip: index + 1, reason: mismatch });
        break;
      }
    }
    const withSound = parts.filter((part) => part.audio).length;
    return {
      differs,
      width: first.video.width,
      height: first.video.height,
      sound: withSound === parts.length,
      soundDropped: withSound > 0 && withSound < parts.length,
    };
  } finally {
    for (const input of inputs) input.dispose();
  }
}
