import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { StagedImage } from '../../../shared/domain';
import { bridge, toAppError } from '../ipc/kling';
import type { ComposerState } from './composer-store';

export type FrameSlot = 'start' | 'end';
/** Where an image goes: a frame, the end of the reference list, or a tool's one image. */
export type ImageSlot = FrameSlot | 'reference' | 'tool';

/**
 * Where an image comes from: a dropped file, the system dialog, an address the user gave, or
 * one main has already staged (a clip's input found again on this computer).
 */
export type ImageSource = { file: File } | { url: string } | { staged: StagedImage } | 'pick';

export interface SlotState {
  /** Checked by main but not uploaded yet: waiting for consent, uploading, or failed. */
  pending: StagedImage | null;
  busy: boolean;
  error: AppError | null;
}

export interface ImagesSlice {
  startImage: StagedImage | null;
  endImage: StagedImage | null;
  references: StagedImage[];
  /** The character image of motion control, or the photo of a talking photo. */
  toolImage: StagedImage | null;
  slots: Record<ImageSlot, SlotState>;
  /** The slot whose upload waits for the person to agree to publishing. */
  consentFor: ImageSlot | null;
  addImage: (slot: ImageSlot, source: ImageSource) => Promise<void>;
  answerConsent: (accepted: boolean) => Promise<void>;
  retryUpload: (slot: ImageSlot) => Promise<void>;
  removeFrame: (slot: FrameSlot) => void;
  removeToolImage: () => void;
  removeReference: (imageId: string) => void;
  clearReferences: () => void;
}

const IDLE: SlotState = { pending: null, busy: false, error: null };

/** Staged copies are only main's cache; a failed discard costs disk space, nothing else. */
function discard(image: StagedImage | null): void {
  if (image) void bridge.images.discard({ imageId: image.id }).catch(() => undefined);
}

function stage(source: ImageSource): Promise<StagedImage | null> {
  if (source === 'pick') return bridge.images.pick();
  if ('file' in source) return bridge.images.addDropped(source.file);
  if ('staged' in source) return Promise.resolve(source.staged);
  return bridge.images.fromUrl({ url: source.url });
}

export const createImagesSlice: StateCreator<ComposerState, [], [], ImagesSlice> = (set, get) => {
  const patchSlot = (slot: ImageSlot, change: Partial<SlotState>) =>
    set((state) => ({ slots: { ...state.slots, [slot]: { ...state.slots[slot], ...change } } }));

  const place = (slot: ImageSlot, image: StagedImage) => {
    if (slot === 'reference') set((state) => ({ references: [...state.references, image] }));
    else if (slot === 'tool') {
      discard(get().toolImage);
      set({ toolImage: image });
    } else {
      discard(slot === 'start' ? get().startImage : get().endImage);
      set(slot === 'start' ? { startImage: image } : { endImage: image });
    }
    patchSlot(slot, IDLE);
  };

  const upload = async (slot: ImageSlot) => {
    const pending = get().slots[slot].pending;
    if (!pending) return;
    patchSlot(slot, { busy: true, error: null });
    try {
      place(slot, await bridge.images.upload({ imageId: pending.id }));
    } catch (error) {
      // The staged copy stays, so "Try again" works once a platform token is saved.
      patchSlot(slot, { busy: false, error: toAppError(error) });
    }
  };

  return {
    startImage: null,
    endImage: null,
    references: [],
    toolImage: null,
    slots: { start: IDLE, end: IDLE, reference: IDLE, tool: IDLE },
    consentFor: null,
    addImage: async (slot, source) => {
      if (get().slots[slot].busy || get().consentFor !== null) return;
      discard(get().slots[slot].pending);
      patchSlot(slot, { pending: null, busy: true, error: null });
      try {
        const staged = await stage(source);
        if (!staged) return patchSlot(slot, IDLE);
        // An address the user gave is already public: nothing to upload, nothing to publish.
        if (staged.url !== null) return place(slot, staged);
        patchSlot(slot, { pending: staged });
        const { accepted } = await bridge.images.consent({});
        if (accepted) return await upload(slot);
        patchSlot(slot, { busy: false });
        set({ consentFor: slot });
      } catch (error) {
        patchSlot(slot, { busy: false, error: toAppError(error) });
      }
    },
    answerConsent: async (accepted) => {
      const slot = get().consentFor;
      if (slot === null) return;
      set({ consentFor: null });
      try {
        // Main remembers the answer, so the question comes only before the first upload.
        await bridge.images.consent({ accepted });
      } catch (error) {
        return patchSlot(slot, { error: toAppError(error) });
      }
      if (accepted) return upload(slot);
      discard(get().slots[slot].pending);
      patchSlot(slot, IDLE);
    },
    retryUpload: async (slot) => {
      const { accepted } = await bridge.images.consent({}).catch(() => ({
        accepted: false,
      }));
      if (accepted) return upload(slot);
      set({ consentFor: slot });
    },
    removeFrame: (slot) => {
      discard(slot === 'start' ? get().startImage : get().endImage);
      set(slot === 'start' ? { startImage: null } : { endImage: null });
    },
    removeToolImage: () => {
      discard(get().toolImage);
      set({ toolImage: null });
    },
    removeReference: (imageId) => {
      discard(get().references.find((image) => image.id === imageId) ?? null);
      set((state) => ({ references: state.references.filter((image) => image.id !== imageId) }));
    },
    clearReferences: () => {
      for (const image of get().references) discard(image);
      set({ references: [] });
    },
  };
};
