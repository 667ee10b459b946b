import { useId } from 'react';
import { TOOL_LIMITS } from '../../../../shared/tools';
import { useToolsStore } from '../../stores/tools-store';
import { NO_REASON } from '../composer/FieldNote';
import { OptionSelect } from '../composer/OptionSelect';
import type { ToolView } from './tool-draft';
import { ToolImageField } from './ToolImageField';
import { ToolTextField } from './ToolTextField';

const SPEECH = [
  { value: 'text', label: 'Text' },
  { value: 'audio', label: 'Recording' },
] as const;

/** Talking photo: a still image that speaks a text or a recording, for 5 or 10 s. */
export function TalkingPhotoForm({ view }: { view: ToolView }) {
  const draft = useToolsStore((state) => state.talkingPhoto);
  const patch = useToolsStore((state) => state.patchTalkingPhoto);
  const id = useId();
  const issues = view.fieldIssues;
  return (
    <>
      <ToolImageField name="Photo" issue={issues['imageUrl']} />
      <fieldset className="field">
        <legend>Speech</legend>
        <div className="segmented">
          {SPEECH.map(({ value, label }) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name={`${id}-speech`}
                value={value}
                checked={draft.speech === value}
                onChange={() => patch({ speech: value })}
              />
              <span>{label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {draft.speech === 'text' ? (
        <ToolTextField
          label="Text to speak"
          multiline
          value={draft.text}
          maxChars={TOOL_LIMITS.talkingPhotoTextMaxChars}
          placeholder="What the person in the photo says"
          issue={issues['text']}
          onChange={(text) => patch({ text })}
        />
      ) : (
        <ToolTextField
          label="Audio URL"
          type="url"
          value={draft.audioUrl}
          placeholder="https://… recording of the speech"
          issue={issues['audioUrl'] ?? issues['text']}
          onChange={(audioUrl) => patch({ audioUrl })}
        />
      )}
      <OptionSelect
        label="Duration"
        value={String(draft.duration)}
        choices={TOOL_LIMITS.talkingPhotoDurations.map((seconds) => ({
          value: String(seconds),
          label: `${seconds} s`,
          note: null,
        }))}
        state={NO_REASON}
        issue={issues['duration']}
        onChange={(value) => patch({ duration: Number(value) === 10 ? 10 : 5 })}
      />
    </>
  );
}
