/**
 * A hair past a frame's start: a seek lands on the frame whose time is at or before the
 * target, and a target exactly on a boundary can round to the frame before it.
 */
const INTO_FRAME = 0.001;

/** The number of the frame shown at `timeSec` (0 is the first), at `frameRate` frames/s. */
export function frameAt(timeSec: number, frameRate: number): number {
  return Math.max(0, Math.floor(timeSec * frameRate + INTO_FRAME));
}

/**
 * Where to seek to show the frame `step` frames from the one at `timeSec` (negative goes
 * back), kept within the clip: seconds.
 */
export function stepTime(
  timeSec: number,
  step: number,
  frameRate: number,
  durationSec: number,
): number {
  const last = Math.max(0, Math.ceil(durationSec * frameRate) - 1);
  const frame = Math.min(last, Math.max(0, frameAt(timeSec, frameRate) + step));
  return frame === 0 ? 0 : frame / frameRate + INTO_FRAME / frameRate;
}
