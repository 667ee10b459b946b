import { useId } from 'react';
import { capabilitiesOf } from '../../../../shared/capabilities';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import { useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';

interface AudioFieldProps {
  view: ComposerView;
}

export function AudioField({ view }: AudioFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const id = useId();
  const { t } = useTranslation('composer');
  const state = view.availability.generateAudio;
  const issue = view.fieldIssues['generateAudio'];
  // A model that always makes sound shows the box ticked and fixed, with the reason beside it.
  const alwaysOn = capabilitiesOf(view.inputs.model).audioAlwaysOn;
  return (
    <div className="field">
      <div className="check">
        <input
          id={id}
          type="checkbox"
          // Ticked only when audio is asked for: a reference video turns it off, and says so.
          checked={alwaysOn || (state.enabled && view.inputs.settings.generateAudio === true)}
          disabled={!state.enabled}
          aria-describedby={noteIds(id, state, issue)}
          // Unchecked is the provider's default, so it is left out rather than sent as false.
          onChange={(event) => setSetting('generateAudio', event.target.checked || undefined)}
        />
        <label htmlFor={id}>{t('audio.label')}</label>
      </div>
      <FieldNote id={id} state={state} issue={issue} />
    </div>
  );
}
