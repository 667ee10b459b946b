import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { modelsFor } from '../../../../shared/capabilities';
import { canonicalModel, MODEL_NAMES } from '../../../../shared/models';
import { selectComposerActions, useComposerStore } from '../../stores/composer-store';
import { useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';

interface ModelSelectProps {
  view: ComposerView;
}

/** Only the models that can do the chosen action are offered. */
export function ModelSelect({ view }: ModelSelectProps) {
  const { setModel } = useComposerStore(useShallow(selectComposerActions));
  const id = useId();
  const { t } = useTranslation('composer');
  const { model, action } = view.inputs;
  return (
    <div className="field">
      <label htmlFor={id}>{t('model.label')}</label>
      <select
        id={id}
        className="input"
        value={model}
        aria-describedby={view.fieldIssues['model'] ? `${id}-issue` : undefined}
        onChange={(event) => setModel(canonicalModel(event.target.value) ?? model)}
      >
        {modelsFor(action).map((option) => (
          <option key={option} value={option}>
            {`${MODEL_NAMES[option]} · ${option}`}
          </option>
        ))}
      </select>
      {view.fieldIssues['model'] ? (
        <p id={`${id}-issue`} className="field-issue">
          {view.fieldIssues['model']}
        </p>
      ) : null}
    </div>
  );
}
