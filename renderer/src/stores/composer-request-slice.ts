import type { StateCreator } from 'zustand';
import { adjustForModel, modelsFor, type RequestValues } from '../../../shared/capabilities';
import type { Action, Clip } from '../../../shared/domain';
import { DEFAULT_MODEL, type ModelId } from '../../../shared/models';
import { heldRequest, type ComposerSettings, type ReferenceVideoDraft } from './composer-request';
import type { ComposerState } from './composer-store';

/**
 * A model change that dropped something or was forced by the action, kept as what happened so
 * the composer words it in the language it is drawn in (the rules name the dropped values).
 */
export interface ModelMove {
  /** The request just before the change, with the action moved to. */
  before: RequestValues;
  /** The model moved to. */
  model: ModelId;
  /** The model the new action could not use, when the action chose another; else null. */
  previous: ModelId | null;
}

export interface RequestSlice {
  action: Action;
  model: ModelId;
  settings: ComposerSettings;
  referenceVideo: ReferenceVideoDraft;
  /** The clip an extension continues; main reads its video id from the library. */
  parent: Clip | null;
  /** What the last model change removed, for the composer's polite live region. */
  announcement: ModelMove | null;
  setAction: (action: Action) => void;
  setModel: (model: ModelId) => void;
  setSetting: <K extends keyof ComposerSettings>(key: K, value: ComposerSettings[K]) => void;
  setReferenceVideo: (change: Partial<ReferenceVideoDraft>) => void;
  startExtend: (clip: Clip) => void;
  cancelExtend: () => void;
}

const NO_VIDEO: ReferenceVideoDraft = { videoUrl: '', referType: 'base', keepOriginalSound: 'yes' };

// Keys of a request that are not kept in `settings` (they have their own state).
const NOT_SETTINGS = new Set([
  'action',
  'model',
  'startImageUrl',
  'endImageUrl',
  'imageList',
  'videoList',
  'videoId',
  'elementList',
  'voiceList',
  'multiPrompt',
]);

export const createRequestSlice: StateCreator<ComposerState, [], [], RequestSlice> = (set, get) => {
  /** Moves to another model (and action), keeping what still fits and saying what did not. */
  const moveTo = (action: Action, model: ModelId, previous: ModelId | null = null) => {
    const state = get();
    const before: RequestValues = { ...heldRequest(state), action };
    const change = adjustForModel(before, model);
    const settings = Object.fromEntries(
      Object.entries(change.values).filter(([key]) => !NOT_SETTINGS.has(key)),
    ) as ComposerSettings;
    for (const { field } of change.dropped) {
      if (field === 'endImageUrl') state.removeFrame('end');
      if (field === 'imageList') state.clearReferences();
      if (field === 'videoList') set({ referenceVideo: NO_VIDEO });
      if (field === 'elementList') state.clearElements();
      if (field === 'voiceList') state.clearVoices();
    }
    const said = previous !== null || change.dropped.length > 0;
    set({ action, model, settings, announcement: said ? { before, model, previous } : null });
  };

  /**
   * The model to use for an action: the first of `preferred` that can do it, else the default
   * model, else the newest that can (models are listed oldest first) — never the oldest.
   */
  const modelFor = (action: Action, preferred: readonly ModelId[]): ModelId => {
    const able = modelsFor(action);
    const fallback = able.includes(DEFAULT_MODEL) ? DEFAULT_MODEL : (able.at(-1) ?? DEFAULT_MODEL);
    return preferred.find((model) => able.includes(model)) ?? fallback;
  };

  const switchAction = (action: Action, preferred: readonly ModelId[]) => {
    const { model } = get();
    const next = modelFor(action, preferred);
    moveTo(action, next, next === model ? null : model);
  };

  return {
    action: 'text2video',
    model: DEFAULT_MODEL,
    settings: {},
    referenceVideo: NO_VIDEO,
    parent: null,
    announcement: null,
    setAction: (action) => {
      if (action === get().action) return;
      if (action === 'extend' && !get().parent) return;
      switchAction(action, [get().model]);
    },
    setModel: (model) => {
      if (model !== get().model) moveTo(get().action, model);
    },
    setSetting: (key, value) => {
      set((state) => {
        const settings = { ...state.settings, [key]: value };
        if (value === undefined) delete settings[key];
        return { settings };
      });
    },
    setReferenceVideo: (change) =>
      set((state) => ({ referenceVideo: { ...state.referenceVideo, ...change } })),
    startExtend: (clip) => {
      // An extension says what happens next: the prompt that made the clip (or whatever was
      // last typed) is not it, so the field starts empty.
      set((state) => {
        const settings = { ...state.settings };
        delete settings.prompt;
        return { parent: clip, settings };
      });
      // The clip's own model continues it most faithfully, when that model can extend.
      switchAction('extend', clip.model ? [clip.model, get().model] : [get().model]);
    },
    cancelExtend: () => {
      set({ parent: null });
      if (get().action === 'extend') switchAction('text2video', [get().model]);
    },
  };
};
