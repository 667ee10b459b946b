import type { StateCreator } from 'zustand';
import type { AppError } from '../../../shared/app-error';
import type { StagedVideo } from '../../../shared/capabilities/reference-video-file';
import { bridge, toAppError } from '../ipc/kling';
import type { ComposerState } from './composer-store';

export interface VideoSlice {
  /** A local reference video main has read, until it is uploaded or removed. */
  localVideo: StagedVideo | null;
  videoBusy: boolean;
  videoError: AppError | null;
  /** Main reads the file; the rules for the chosen model are then shown beside the field. */
  addLocalVideo: (file: File) => Promise<void>;
  /** Publishes the video (the consent was given) and makes its URL the reference video. */
  uploadLocalVideo: () => Promise<void>;
  clearLocalVideo: () => void;
}

export const createVideoSlice: StateCreator<ComposerState, [], [], VideoSlice> = (set, get) => ({
  localVideo: null,
  videoBusy: false,
  videoError: null,
  addLocalVideo: async (file) => {
    if (get().videoBusy) return;
    set({ videoBusy: true, videoError: null, localVideo: null });
    try {
      set({ localVideo: await bridge.references.addDroppedVideo(file), videoBusy: false });
    } catch (error) {
      set({ videoBusy: false, videoError: toAppError(error) });
    }
  },
  uploadLocalVideo: async () => {
    const video = get().localVideo;
    if (!video || get().videoBusy) return;
    set({ videoBusy: true, videoError: null });
    try {
      await bridge.images.consent({ accepted: true });
      const { url } = await bridge.references.uploadVideo({
        videoId: video.id,
        model: get().model,
      });
      get().setReferenceVideo({ videoUrl: url });
      set({ localVideo: null, videoBusy: false });
    } catch (error) {
      set({ videoBusy: false, videoError: toAppError(error) });
    }
  },
  clearLocalVideo: () => set({ localVideo: null, videoError: null }),
});
