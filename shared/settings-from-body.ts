import { fieldLabel, type RuleField } from './capabilities/fields';
import { VideoRequestSchema, WIRE_NAMES, type VideoRequest } from './capabilities/video-request';

/** Request fields the composer keeps as plain values (the rest are images, lists and ids). */
export type PlainSettings = Partial<
  Omit<
    VideoRequest,
    | 'action'
    | 'model'
    | 'startImageUrl'
    | 'endImageUrl'
    | 'imageList'
    | 'videoList'
    | 'videoId'
    | 'elementList'
  >
>;

export interface SettingsFromBody {
  settings: PlainSettings;
  /**
   * What was in the body but is not put back, in the composer's words: inputs that name
   * something outside the settings (an uploaded image, a clip to extend) or values that no
   * longer parse.
   */
  leftOut: string[];
  /**
   * The same inputs as facts, for naming later in another language: each as its request field
   * (`fieldLabel` names it), or as the body's key when the request has no such field.
   */
  leftOutFields: string[];
}

/** Inputs that point at files or clips: a copy of the settings cannot bring those back. */
const INPUTS: Readonly<Record<string, RuleField>> = {
  start_image_url: 'startImageUrl',
  end_image_url: 'endImageUrl',
  image_list: 'imageList',
  video_list: 'videoList',
  element_list: 'elementList',
  video_id: 'videoId',
};

const FIELD_OF: Readonly<Record<string, keyof VideoRequest>> = {
  ...Object.fromEntries(Object.entries(WIRE_NAMES).map(([field, wire]) => [wire, field])),
  camera_control: 'cameraControl',
  voice_list: 'voiceList',
  multi_prompt: 'multiPrompt',
};

/** The wire shapes of the nested fields, back in the request's own names. */
function fromWire(field: keyof VideoRequest, value: unknown): unknown {
  if (field === 'voiceList' && Array.isArray(value))
    return value.map((voice: { voice_id?: unknown }) => ({ voiceId: voice?.voice_id }));
  return value;
}

/**
 * The composer's plain settings from a body as the app sent it to the provider (a sidecar's
 * `parameters`, or the settings inside an MP4). Each value is checked against the request's
 * own schema; one that fails, or an unknown key, is left out and named.
 */
export function settingsFromBody(body: Readonly<Record<string, unknown>>): SettingsFromBody {
  const settings: Record<string, unknown> = {};
  const leftOutFields: string[] = [];
  for (const [wire, value] of Object.entries(body)) {
    if (wire === 'action' || wire === 'model' || value === undefined || value === null) continue;
    const input = INPUTS[wire];
    if (input) {
      leftOutFields.push(input);
      continue;
    }
    const field = FIELD_OF[wire];
    const parsed = field ? VideoRequestSchema.shape[field].safeParse(fromWire(field, value)) : null;
    if (field && parsed?.success) settings[field] = parsed.data;
    // A value named by the request is told by its field's name, anything else by its key.
    else leftOutFields.push(field ?? wire);
  }
  return {
    settings: settings as PlainSettings,
    leftOut: leftOutFields.map(fieldLabel),
    leftOutFields,
  };
}
