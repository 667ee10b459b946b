import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { TOOL_KINDS, type Action } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { FieldReason } from './FieldReason';
import { selectComposerActions, useComposerStore } from '../../stores/composer-store';
import { selectSetToolMode, selectToolMode, useToolsStore } from '../../stores/tools-store';
import type { ComposerView } from './composer-view';

const ACTIONS: readonly Action[] = ['text2video', 'image2video', 'extend'];

interface ActionSwitchProps {
  view: ComposerView;
}

/** What to make: native radios, so arrow keys move between them as a screen reader expects. */
export function ActionSwitch({ view }: ActionSwitchProps) {
  const { setAction } = useComposerStore(useShallow(selectComposerActions));
  const toolMode = useToolsStore(selectToolMode);
  const setToolMode = useToolsStore(selectSetToolMode);
  const id = useId();
  const { t } = useTranslation(['composer', 'tools']);
  const canExtend = view.inputs.parent !== null;
  return (
    <fieldset className="action-switch">
      <legend className="visually-hidden">{t('action.legend')}</legend>
      <div className="segmented">
        {ACTIONS.map((action) => {
          const off = action === 'extend' && !canExtend;
          return (
            <label key={action} className={off ? 'segment segment-off' : 'segment'}>
              <input
                type="radio"
                name={`${id}-action`}
                value={action}
                checked={toolMode === null && view.inputs.action === action}
                disabled={off}
                aria-describedby={off ? `${id}-extend-reason` : undefined}
                onChange={() => {
                  setToolMode(null);
                  setAction(action);
                }}
              />
              <span>{t(`action.${action}`)}</span>
            </label>
          );
        })}
      </div>
      {/* The other Kling tools: one radio group with the actions, in a row of their own. */}
      <div className="segmented">
        {TOOL_KINDS.map((tool) => (
          <label key={tool} className="segment">
            <input
              type="radio"
              name={`${id}-action`}
              value={tool}
              checked={toolMode === tool}
              onChange={() => setToolMode(tool)}
            />
            <span>{t(`tools:name.${tool}`)}</span>
          </label>
        ))}
      </div>
      {canExtend ? null : (
        <FieldReason id={`${id}-extend-reason`}>{t('action.extendReason')}</FieldReason>
      )}
    </fieldset>
  );
}
