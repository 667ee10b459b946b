import { useId } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { Action } from '../../../../shared/domain';
import { selectComposerActions, useComposerStore } from '../../stores/composer-store';
import type { ComposerView } from './composer-view';

const ACTIONS: readonly { action: Action; label: string }[] = [
  { action: 'text2video', label: 'Text to video' },
  { action: 'image2video', label: 'Image to video' },
  { action: 'extend', label: 'Extend' },
];

interface ActionSwitchProps {
  view: ComposerView;
}

/** What to make: native radios, so arrow keys move between them as a screen reader expects. */
export function ActionSwitch({ view }: ActionSwitchProps) {
  const { setAction } = useComposerStore(useShallow(selectComposerActions));
  const id = useId();
  const canExtend = view.inputs.parent !== null;
  return (
    <fieldset className="action-switch">
      <legend className="visually-hidden">Action</legend>
      <div className="segmented">
        {ACTIONS.map(({ action, label }) => {
          const off = action === 'extend' && !canExtend;
          return (
            <label key={action} className={off ? 'segment segment-off' : 'segment'}>
              <input
                type="radio"
                name={`${id}-action`}
                value={action}
                checked={view.inputs.action === action}
                disabled={off}
                aria-describedby={off ? `${id}-extend-reason` : undefined}
                onChange={() => setAction(action)}
              />
              <span>{label}</span>
            </label>
          );
        })}
      </div>
      {canExtend ? null : (
        <p id={`${id}-extend-reason`} className="field-reason">
          To extend, choose a clip in the library and press its Extend button.
        </p>
      )}
    </fieldset>
  );
}
