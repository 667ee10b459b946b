import type { Action, StagedImage } from '../../../shared/domain';
import type { EmbeddedSettings } from '../../../shared/embedded-settings';
import { settingsFromBody } from '../../../shared/settings-from-body';
import { bridge } from '../ipc/kling';
import type { ComposerSettings } from './composer-request';
import { useComposerStore } from './composer-store';

/*
 * Ways into the composer from the finishing side: a still of a clip as the start frame, and
 * the settings a video carries. They go through the composer's own actions, so its rules
 * (what a model can do, consent before an upload) apply as if the person had set each value.
 */

/**
 * Opens image→video with `image` (a still saved by main, not yet uploaded) as the start
 * frame, and uploads it as a dropped image would be: at once with consent, or after asking.
 */
export async function startFromFrame(image: StagedImage): Promise<void> {
  const composer = useComposerStore.getState();
  if (composer.parent) composer.cancelExtend();
  useComposerStore.getState().setAction('image2video');
  useComposerStore.getState().removeFrame('start');
  const earlier = useComposerStore.getState().slots.start.pending;
  if (earlier) void bridge.images.discard({ imageId: earlier.id }).catch(() => undefined);
  useComposerStore.setState((state) => ({
    slots: { ...state.slots, start: { pending: image, busy: false, error: null } },
  }));
  await useComposerStore.getState().retryUpload('start');
}

export interface FillResult {
  /** What could not be put back, in the composer's words (empty when everything was). */
  leftOut: string[];
  /** The same as request fields (or unknown keys), for naming later; see `settingsFromBody`. */
  leftOutFields: string[];
  action: Action;
}

/**
 * Fills the composer with the settings a video carries: its action, model, prompt and every
 * plain setting. Images, references and the clip an extension continued are files or clips of
 * their own; they are named in `leftOut`, and an extension opens as text→video.
 */
export function fillFromSettings(embedded: EmbeddedSettings): FillResult {
  const { settings, leftOut, leftOutFields } = settingsFromBody(embedded.parameters);
  const action: Action = embedded.action === 'extend' ? 'text2video' : embedded.action;
  const composer = useComposerStore.getState();
  if (composer.parent) composer.cancelExtend();
  // The video's settings replace the composer's, not add to them.
  useComposerStore.setState({ settings: {} });
  useComposerStore.getState().setAction(action);
  useComposerStore.getState().setModel(embedded.model);
  const setSetting = useComposerStore.getState().setSetting;
  const values = { prompt: embedded.prompt, ...settings } as ComposerSettings;
  for (const [key, value] of Object.entries(values))
    setSetting(key as keyof ComposerSettings, value as ComposerSettings[keyof ComposerSettings]);
  return { leftOut, leftOutFields, action };
}
