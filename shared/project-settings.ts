import { toApiBody, type VideoRequest } from './capabilities';
import { NOT_IN_PRESET, type PresetSettings } from './presets';

/**
 * The settings a project remembers from its last submission: action, model and every plain
 * option as sent — the same shape as a preset, so the prompt, images, clips and lists stay out.
 */
export function projectSettingsOf(request: VideoRequest): PresetSettings {
  const parameters = toApiBody(request);
  for (const key of NOT_IN_PRESET) delete parameters[key];
  delete parameters['action'];
  delete parameters['model'];
  return { action: request.action, model: request.model, parameters };
}
