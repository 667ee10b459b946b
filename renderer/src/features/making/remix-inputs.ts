import { fieldLabel } from '../../../../shared/capabilities';
import type { StagedVideo } from '../../../../shared/capabilities/reference-video-file';
import { t } from '../../i18n';
import { bridge } from '../../ipc/kling';
import { useComposerStore, type ImageSlot } from '../../stores/composer-store';

/**
 * How one input of a clip came back: from the local file it was uploaded from, by the address
 * it was uploaded to, or not at all.
 */
export type Restored = 'local' | 'address' | 'missing';

/** A tool's input that is no field of a video request. */
export type ToolInput = 'image' | 'motionVideo' | 'photo' | 'lipSyncVideo' | 'sourceClip';

/**
 * One input of a clip, kept as what it is so a notice names it in the language it is drawn
 * in: a request field (or a key of the body the request does not know), reference image `n`
 * (from 1), or a tool's input.
 */
export type RemixInput = { field: string } | { reference: number } | { tool: ToolInput };

/**
 * An input's name in the current language: a request field by the rules' own name for it
 * ("start frame", "reference video"), the others by the remix's words.
 */
export function inputName(input: RemixInput): string {
  if ('field' in input) return fieldLabel(input.field);
  if ('reference' in input) return t('studio:remix.inputs.reference', { n: input.reference });
  return t(`studio:remix.inputs.${input.tool}`);
}

/** What a remix put back, each input as a fact named when drawn (`inputName`). */
export interface RemixTally {
  /** Inputs put back from the files on this computer they were uploaded from. */
  local: RemixInput[];
  /** Inputs put back by their uploaded address only. */
  byAddress: RemixInput[];
  /** Inputs that could not be put back at all. */
  notRestored: RemixInput[];
}

export function emptyTally(): RemixTally {
  return { local: [], byAddress: [], notRestored: [] };
}

/** Files the remix finds again are uploaded only when the person already agreed to publishing. */
export async function uploadsAgreed(): Promise<boolean> {
  const answer = await bridge.images.consent({}).catch(() => ({ accepted: false }));
  return answer.accepted;
}

function holds(slot: ImageSlot, imageId: string): boolean {
  const state = useComposerStore.getState();
  if (slot === 'start') return state.startImage?.id === imageId;
  if (slot === 'end') return state.endImage?.id === imageId;
  if (slot === 'tool') return state.toolImage?.id === imageId;
  return state.references.some((image) => image.id === imageId);
}

/**
 * An image a clip was made from, into `slot`: the local file its URL was uploaded from when main
 * still has it unchanged (staged and uploaded again as a dropped file is, which costs nothing
 * while the earlier upload is young), else `url` itself. With `local` false only the address is
 * tried. 'missing' when main refused even the address (the slot shows why).
 */
export async function restoreImage(
  slot: ImageSlot,
  url: string,
  local: boolean,
): Promise<Restored> {
  const composer = useComposerStore.getState;
  const staged = local ? await bridge.images.restore({ url }).catch(() => null) : null;
  if (staged) {
    await composer().addImage(slot, { staged });
    if (holds(slot, staged.id)) return 'local';
    // The upload failed (no platform token, a refusal): the address may still work, and
    // placing it clears the slot's pending copy.
  }
  await composer().addImage(slot, { url });
  return composer().slots[slot].error === null ? 'address' : 'missing';
}

/** A video put back: the address to send, and the local file behind it when there is one. */
export interface RestoredVideo {
  url: string;
  file: StagedVideo | null;
}

/**
 * A video a clip was made from: the local file `url` was published from when main still has it
 * unchanged, published again through `upload` (which checks it against the rules where it is
 * used), else `url` as it is.
 */
export async function restoreVideo(
  url: string,
  local: boolean,
  upload: (videoId: string) => Promise<{ url: string }>,
): Promise<RestoredVideo> {
  const staged = local ? await bridge.references.restoreVideo({ url }).catch(() => null) : null;
  if (!staged) return { url, file: null };
  try {
    return { url: (await upload(staged.id)).url, file: staged };
  } catch {
    // The file no longer passes where it is used, or the upload failed: the address still may.
    return { url, file: null };
  }
}

/** Puts `input` on the list its outcome belongs to. */
export function count(tally: RemixTally, input: RemixInput, outcome: Restored): void {
  if (outcome === 'local') tally.local.push(input);
  else if (outcome === 'address') tally.byAddress.push(input);
  else tally.notRestored.push(input);
}
