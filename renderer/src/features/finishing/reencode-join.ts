import type { Clip } from '../../../../shared/domain';
import { CLIP_READ_MAX_BYTES, type JoinPlan } from '../../../../shared/finishing';
import { bridge } from '../../ipc/kling';
import { reencodeParts, type PartBytes, type ReencodeControl } from './reencode-parts';

/**
 * Joins clips that differ: the window re-encodes each (WebCodecs, which main lacks) to the
 * plan's picture size, then main joins the results by copying and records the new clip.
 * Progress covers the re-encode; main's copy after it reports through `finishing:progress`.
 *
 * @throws the AppErrors of `reencodeParts` and of `finishing:stitchReencoded`.
 */
export async function reencodeAndJoin(
  projectId: string,
  clips: readonly Clip[],
  plan: JoinPlan,
  control: ReencodeControl,
): Promise<Clip> {
  const encoded = await reencodeParts(
    clips.map((clip) => clipBytes(clip)),
    { width: plan.width, height: plan.height, sound: plan.sound },
    control,
  );
  return bridge.finishing.stitchReencoded({
    projectId,
    clipIds: clips.map((clip) => clip.id),
    parts: encoded.map(toBase64),
  });
}

/** A clip's video read from main by range, as the re-encode asks for it. */
function clipBytes(clip: Clip): PartBytes {
  let size: Promise<number> | null = null;
  return {
    durationSec: clip.durationSec ?? 0,
    size: () =>
      (size ??= bridge.finishing
        .readClipBytes({ clipId: clip.id, offset: 0, length: 0 })
        .then((answer) => answer.totalBytes)),
    read: async (start, end) => {
      const out = new Uint8Array(end - start);
      for (let at = start; at < end;) {
        const length = Math.min(end - at, CLIP_READ_MAX_BYTES);
        const { data } = await bridge.finishing.readClipBytes({
          clipId: clip.id,
          offset: at,
          length,
        });
        const bytes = fromBase64(data);
        if (bytes.length === 0) break;
        out.set(bytes, at - start);
        at += bytes.length;
      }
      return out;
    },
  };
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: spreading a whole video into one call would overflow the argument list.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
