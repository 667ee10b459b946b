import { create } from 'zustand';
import { createImagesSlice, type ImagesSlice } from './composer-images-slice';
import { createPicksSlice, type PicksSlice } from './composer-picks-slice';
import type { ComposerInputs } from './composer-request';
import { createRequestSlice, type RequestSlice } from './composer-request-slice';
import { createShotsSlice, type ShotsSlice } from './composer-shots-slice';
import { createVideoSlice, type VideoSlice } from './composer-video-slice';

import type { ImageSlot, SlotState } from './composer-images-slice';

export type { FrameSlot, ImageSlot, ImageSource, SlotState } from './composer-images-slice';
export type { ImageRole } from './composer-picks-slice';
export type { ShotDraft } from './composer-shots-slice';
export type ComposerState = RequestSlice & ImagesSlice & ShotsSlice & PicksSlice & VideoSlice;

/**
 * One store for the composer: the request being written, the images it uses, the storyboard's
 * rows, the elements, voices and image roles picked for it, and a local reference video.
 */
export const useComposerStore = create<ComposerState>()((...args) => ({
  ...createRequestSlice(...args),
  ...createImagesSlice(...args),
  ...createShotsSlice(...args),
  ...createPicksSlice(...args),
  ...createVideoSlice(...args),
}));

/** The raw inputs, each a stable reference from the store: select with useShallow. */
export function selectInputs(state: ComposerState): ComposerInputs {
  return {
    action: state.action,
    model: state.model,
    settings: state.settings,
    startImage: state.startImage,
    endImage: state.endImage,
    references: state.references,
    referenceVideo: state.referenceVideo,
    parent: state.parent,
    shots: state.shots,
    elements: state.elements,
    voices: state.voices,
    imageRoles: state.imageRoles,
  };
}

export function selectAnnouncement(state: ComposerState): ComposerState['announcement'] {
  return state.announcement;
}

export function selectConsentFor(state: ComposerState): ComposerState['consentFor'] {
  return state.consentFor;
}

/** One image slot's state; a new selector per slot. */
export function selectSlot(slot: ImageSlot) {
  return (state: ComposerState): SlotState => state.slots[slot];
}

export function selectParent(state: ComposerState): ComposerState['parent'] {
  return state.parent;
}

export function selectStartExtend(state: ComposerState): ComposerState['startExtend'] {
  return state.startExtend;
}

export function selectSetSetting(state: ComposerState): ComposerState['setSetting'] {
  return state.setSetting;
}

/** The actions, picked together; use with useShallow. */
export function selectComposerActions(state: ComposerState) {
  return {
    setAction: state.setAction,
    setModel: state.setModel,
    setSetting: state.setSetting,
    setReferenceVideo: state.setReferenceVideo,
    cancelExtend: state.cancelExtend,
  };
}

/** The image actions, picked together; use with useShallow. */
export function selectImageActions(state: ComposerState) {
  return {
    addImage: state.addImage,
    answerConsent: state.answerConsent,
    retryUpload: state.retryUpload,
    removeFrame: state.removeFrame,
    removeReference: state.removeReference,
    removeToolImage: state.removeToolImage,
  };
}

/** The storyboard's row actions, picked together; use with useShallow. */
export function selectShotActions(state: ComposerState) {
  return {
    addShot: state.addShot,
    removeShot: state.removeShot,
    moveShot: state.moveShot,
    setShot: state.setShot,
  };
}

/** The element, voice and image-role actions, picked together; use with useShallow. */
export function selectPickActions(state: ComposerState) {
  return {
    pickElement: state.pickElement,
    removeElement: state.removeElement,
    pickVoice: state.pickVoice,
    removeVoice: state.removeVoice,
    setImageRole: state.setImageRole,
  };
}

/** The local reference video and its actions; use with useShallow. */
export function selectLocalVideo(state: ComposerState) {
  return {
    localVideo: state.localVideo,
    videoBusy: state.videoBusy,
    videoError: state.videoError,
    addLocalVideo: state.addLocalVideo,
    uploadLocalVideo: state.uploadLocalVideo,
    clearLocalVideo: state.clearLocalVideo,
  };
}
