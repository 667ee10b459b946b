import { canonicalModel, type ModelId } from '../models';
import { capabilitiesOf, REQUEST_DEFAULTS, ruleAllows } from './model-capabilities';

/**
 * The model AceData uses when a request names none (AceData Kling API docs §2). Not the
 * composer's starting model, which is a choice of this app.
 */
const PROVIDER_DEFAULT_MODEL: ModelId = 'kling-v1';

/** The video actions whose left-out settings the provider fills in; tools keep their own. */
const VIDEO_ACTIONS = new Set(['text2video', 'image2video', 'extend']);

/**
 * The settings the provider applied to a video request because the request left them out, so
 * a clip can say everything it was made with, not only what was sent.
 *
 * `body` is the request as sent (the provider's snake_case fields, as in a sidecar's
 * `parameters`); the answer uses the same names and holds only fields absent from `body`:
 * `model`, `mode`, `duration` (seconds), `aspect_ratio` (text→video only: image→video takes the
 * start frame's shape) and `generate_audio` (where the model can make sound). Empty for
 * anything that is not a video request, or a model this version does not know.
 *
 * Source: AceData Kling API docs §2 ("default" column: `kling-v1`, `std`, 5, `16:9`, audio
 * off) and §10 (`kling-v3-turbo` always makes sound).
 */
export function providerDefaults(body: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const action = body['action'];
  if (typeof action !== 'string' || !VIDEO_ACTIONS.has(action)) return {};
  const sentModel = body['model'];
  const model =
    sentModel === undefined ? PROVIDER_DEFAULT_MODEL : canonicalModel(String(sentModel));
  if (model === null) return {};
  const filled: Record<string, unknown> = {};
  if (sentModel === undefined) filled['model'] = model;
  if (body['mode'] === undefined) filled['mode'] = REQUEST_DEFAULTS.mode;
  if (body['duration'] === undefined) filled['duration'] = REQUEST_DEFAULTS.duration;
  if (action === 'text2video' && body['aspect_ratio'] === undefined) {
    filled['aspect_ratio'] = REQUEST_DEFAULTS.aspectRatio;
  }
  if (body['generate_audio'] === undefined) {
    const capabilities = capabilitiesOf(model);
    const settings = {
      mode: (body['mode'] ?? REQUEST_DEFAULTS.mode) as typeof REQUEST_DEFAULTS.mode,
      duration: Number(body['duration'] ?? REQUEST_DEFAULTS.duration),
    };
    if (capabilities.audioAlwaysOn) filled['generate_audio'] = true;
    else if (ruleAllows(capabilities.generateAudio, settings)) filled['generate_audio'] = false;
  }
  return filled;
}
