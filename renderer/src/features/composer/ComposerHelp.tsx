import { capabilitiesOf, modelsFor } from '../../../../shared/capabilities';
import { MODEL_IDS, type ModelId } from '../../../../shared/models';
import { MOTION_MODELS, TOOL_LIMITS } from '../../../../shared/tools';
import { VOICE_SAMPLE_LIMITS } from '../../../../shared/voice-sample';

/** "3–15 s", "5 or 10 s", "5 s": read from the capability data, so it never drifts. */
function lengths(model: ModelId): string {
  const durations = capabilitiesOf(model).durations;
  const first = durations[0];
  const last = durations[durations.length - 1];
  if (durations.length > 2) return `${first}–${last} s`;
  return `${durations.join(' or ')} s`;
}

function extras(model: ModelId): string {
  const caps = capabilitiesOf(model);
  const words: string[] = [caps.modes.join('/')];
  if (caps.audioAlwaysOn) words.push('sound always on');
  else if (caps.generateAudio !== false) words.push('audio');
  if (caps.references) words.push('reference images and video');
  if (caps.multiShot) words.push('multi-shot');
  if (caps.elements) words.push('elements');
  if (caps.voices !== false) words.push('voices');
  if (modelsFor('extend').includes(model)) words.push('extend');
  return words.join(', ');
}

/**
 * What the composer can make, with every model and tool named. Built from the same data the
 * rules use, so a new model shows here the day it is added.
 */
export function ComposerHelp() {
  return (
    <details className="composer-help">
      <summary>What can I make?</summary>
      <p className="hint">
        Text to video, image to video (a start frame, and on some models an end frame) and extending
        a clip from the library. Three Kling tools have their own forms: Motion control (a character
        image moves like the person in a video; {MOTION_MODELS.join(' or ')}), Lip-sync (a library
        clip or a video speaks up to {TOOL_LIMITS.lipSyncTextMaxChars} characters of text) and
        Talking photo (a photo speaks a text or a recording, for{' '}
        {TOOL_LIMITS.talkingPhotoDurations.join(' or ')} s). The motion video and the video to
        lip-sync can be a URL or a file from this computer, checked against the tool&apos;s limits
        and uploaded after you agree.
      </p>
      <p className="hint">
        Kling 3.0: a storyboard of automatic or custom shots on kling-v3 and kling-v3-omni; elements
        (saved characters and objects) on kling-v3, kling-v3-omni and kling-o1; voices on kling-v2-6
        in pro mode with generated audio, and new voices made from a{' '}
        {`${VOICE_SAMPLE_LIMITS.seconds.min}–${VOICE_SAMPLE_LIMITS.seconds.max} s`} recording given
        by URL or as an MP3, WAV or M4A file; removing an element or voice renumbers its tags in the
        prompt; and on the omni models, reference images with a role (reference, first or end frame)
        and a reference video.
      </p>
      <ul aria-label="Models" className="hint">
        {MODEL_IDS.map((model) => (
          <li key={model}>
            <code>{model}</code> — {lengths(model)}, {extras(model)}
          </li>
        ))}
      </ul>
    </details>
  );
}
