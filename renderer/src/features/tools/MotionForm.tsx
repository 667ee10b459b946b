import { useId } from 'react';
import { CHARACTER_ORIENTATIONS, MOTION_MODELS, MOTION_MODES } from '../../../../shared/tools';
import { useTranslation } from '../../i18n';
import { useToolsStore } from '../../stores/tools-store';
import { NO_REASON } from '../composer/FieldNote';
import { OptionSelect } from '../composer/OptionSelect';
import type { ToolView } from './tool-draft';
import { ToolImageField } from './ToolImageField';
import { ToolTextField } from './ToolTextField';
import { ToolVideoField } from './ToolVideoField';

const choices = <T extends string>(values: readonly T[], label: (value: T) => string) =>
  values.map((value) => ({ value, label: label(value), note: null }));

/** Motion control: a character image moved the way the person in a video moves. */
export function MotionForm({ view }: { view: ToolView }) {
  const { t } = useTranslation('tools');
  const draft = useToolsStore((state) => state.motion);
  const patch = useToolsStore((state) => state.patchMotion);
  const soundId = useId();
  const issues = view.fieldIssues;
  return (
    <>
      <ToolImageField
        name={t('motion.image')}
        removeLabel={t('motion.removeImage')}
        issue={issues['imageUrl']}
      />
      <ToolTextField
        label={t('motion.videoUrl')}
        type="url"
        value={draft.videoUrl}
        placeholder={t('motion.videoUrlPlaceholder')}
        hint={draft.videoFile ? t('uploadedFrom', { name: draft.videoFile.name }) : undefined}
        issue={issues['videoUrl']}
        onChange={(videoUrl) => patch({ videoUrl, videoFile: null })}
      />
      <ToolVideoField
        use={{ tool: 'motion', orientation: draft.orientation }}
        onUploaded={(videoUrl, videoFile) => patch({ videoUrl, videoFile })}
      />
      {/* Three selects in a row clip their words at the composer's width: this one stands alone. */}
      <OptionSelect
        label={t('motion.faces')}
        value={draft.orientation}
        choices={choices(CHARACTER_ORIENTATIONS, (o) => t(`motion.orientation.${o}`))}
        state={NO_REASON}
        issue={issues['characterOrientation']}
        onChange={(value) => patch({ orientation: value as typeof draft.orientation })}
      />
      <div className="options-row">
        <OptionSelect
          label={t('motion.model')}
          value={draft.model}
          choices={choices(MOTION_MODELS, (m) => m)}
          state={NO_REASON}
          issue={issues['model']}
          onChange={(value) => patch({ model: value as typeof draft.model })}
        />
        <OptionSelect
          label={t('motion.mode')}
          value={draft.mode}
          choices={choices(MOTION_MODES, (m) => t(`motion.modes.${m}`))}
          state={NO_REASON}
          issue={issues['mode']}
          onChange={(value) => patch({ mode: value as typeof draft.mode })}
        />
      </div>
      <div className="field">
        <div className="check">
          <input
            id={soundId}
            type="checkbox"
            checked={draft.keepSound}
            onChange={(event) => patch({ keepSound: event.target.checked })}
          />
          <label htmlFor={soundId}>{t('motion.keepSound')}</label>
        </div>
      </div>
      <ToolTextField
        label={t('motion.prompt')}
        multiline
        value={draft.prompt}
        placeholder={t('motion.promptPlaceholder')}
        issue={issues['prompt']}
        onChange={(prompt) => patch({ prompt })}
      />
    </>
  );
}
