import {
  capabilitiesOf,
  REQUEST_DEFAULTS,
  type AspectRatio,
  type Mode,
} from '../../../../shared/capabilities';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import { useTranslation } from '../../i18n';
import { optionNote, type ComposerView } from './composer-view';
import { OptionSelect } from './OptionSelect';

interface OptionsRowProps {
  view: ComposerView;
}

/** Mode, duration and aspect ratio: what the model has, minus what would break the rest. */
export function OptionsRow({ view }: OptionsRowProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const { t } = useTranslation('composer');
  const { model, action, settings } = view.inputs;
  const caps = capabilitiesOf(model);
  const mode = settings.mode ?? REQUEST_DEFAULTS.mode;
  const duration = settings.duration ?? REQUEST_DEFAULTS.duration;
  const ratio = settings.aspectRatio ?? REQUEST_DEFAULTS.aspectRatio;
  const noteFor = (offered: boolean, patch: object) =>
    offered ? null : (optionNote(view, patch) ?? t('options.notAvailable'));

  return (
    <div className="options-row">
      <OptionSelect
        label={t('options.mode')}
        value={mode}
        choices={caps.modes.map((value) => ({
          value,
          label: t(`options.modes.${value}`),
          note: noteFor(view.options.modes.includes(value), { mode: value }),
        }))}
        state={view.availability.mode}
        issue={view.fieldIssues['mode']}
        onChange={(value) => setSetting('mode', value as Mode)}
      />
      <OptionSelect
        label={t('options.duration')}
        value={String(duration)}
        choices={caps.durations.map((value) => ({
          value: String(value),
          label: t('options.seconds', { value }),
          note: noteFor(view.options.durations.includes(value), { duration: value }),
        }))}
        state={view.availability.duration}
        issue={view.fieldIssues['duration']}
        onChange={(value) => setSetting('duration', Number(value))}
      />
      {action === 'extend' ? null : (
        <OptionSelect
          label={t('options.aspectRatio')}
          value={ratio}
          choices={caps.aspectRatios.map((value) => ({ value, label: value, note: null }))}
          state={view.availability.aspectRatio}
          issue={view.fieldIssues['aspectRatio']}
          onChange={(value) => setSetting('aspectRatio', value as AspectRatio)}
        />
      )}
    </div>
  );
}
