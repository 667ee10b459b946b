import { useId } from 'react';
import { TOOL_LIMITS } from '../../../../shared/tools';
import { useTranslation } from '../../i18n';
import { useToolsStore } from '../../stores/tools-store';
import { NO_REASON } from '../composer/FieldNote';
import { OptionSelect } from '../composer/OptionSelect';
import type { ToolView } from './tool-draft';
import { ToolImageField } from './ToolImageField';
import { ToolTextField } from './ToolTextField';

const SPEECH = ['text', 'audio'] as const;

/** Talking photo: a still image that speaks a text or a recording, for 5 or 10 s. */
export function TalkingPhotoForm({ view }: { view: ToolView }) {
  const { t } = useTranslation('tools');
  const draft = useToolsStore((state) => state.talkingPhoto);
  const patch = useToolsStore((state) => state.patchTalkingPhoto);
  const id = useId();
  const issues = view.fieldIssues;
  return (
    <>
      <ToolImageField
        name={t('talkingPhoto.photo')}
        removeLabel={t('talkingPhoto.removePhoto')}
        issue={issues['imageUrl']}
      />
      <fieldset className="field">
        <legend>{t('talkingPhoto.speech')}</legend>
        <div className="segmented">
          {SPEECH.map((value) => (
            <label key={value} className="segment">
              <input
                type="radio"
                name={`${id}-speech`}
                value={value}
                checked={draft.speech === value}
                onChange={() => patch({ speech: value })}
              />
              <span>{t(`talkingPhoto.speechKind.${value}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {draft.speech === 'text' ? (
        <ToolTextField
          label={t('talkingPhoto.text')}
          multiline
          value={draft.text}
          maxChars={TOOL_LIMITS.talkingPhotoTextMaxChars}
          placeholder={t('talkingPhoto.textPlaceholder')}
          issue={issues['text']}
          onChange={(text) => patch({ text })}
        />
      ) : (
        <ToolTextField
          label={t('talkingPhoto.audioUrl')}
          type="url"
          value={draft.audioUrl}
          placeholder={t('talkingPhoto.audioUrlPlaceholder')}
          issue={issues['audioUrl'] ?? issues['text']}
          onChange={(audioUrl) => patch({ audioUrl })}
        />
      )}
      <OptionSelect
        label={t('talkingPhoto.duration')}
        value={String(draft.duration)}
        choices={TOOL_LIMITS.talkingPhotoDurations.map((seconds) => ({
          value: String(seconds),
          label: t('talkingPhoto.seconds', { seconds }),
          note: null,
        }))}
        state={NO_REASON}
        issue={issues['duration']}
        onChange={(value) => patch({ duration: Number(value) === 10 ? 10 : 5 })}
      />
    </>
  );
}
