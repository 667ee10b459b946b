import { useId } from 'react';
import {
  CAMERA_AXES,
  CAMERA_TYPES,
  REQUEST_LIMITS,
  type CameraAxis,
  type CameraControl,
  type CameraType,
} from '../../../../shared/capabilities';
import { selectSetSetting, useComposerStore } from '../../stores/composer-store';
import { formatNumber, useTranslation } from '../../i18n';
import type { ComposerView } from './composer-view';
import { FieldNote, noteIds } from './FieldNote';

const STILL = Object.fromEntries(CAMERA_AXES.map((axis) => [axis, 0])) as Record<
  CameraAxis,
  number
>;

interface CameraControlFieldProps {
  view: ComposerView;
}

/** A preset camera move; only `simple` takes the six axes (AceData's range is −1 to 1). */
export function CameraControlField({ view }: CameraControlFieldProps) {
  const setSetting = useComposerStore(selectSetSetting);
  const id = useId();
  const { t } = useTranslation('composer');
  const camera = view.inputs.settings.cameraControl;
  const state = view.availability.cameraControl;
  const issue = view.fieldIssues['cameraControl'];
  const { min, max } = REQUEST_LIMITS.cameraAxis;

  const setType = (type: string) => {
    if (type === '') return setSetting('cameraControl', undefined);
    const next: CameraControl = { type: type as CameraType };
    if (type === 'simple') next.config = camera?.config ?? STILL;
    setSetting('cameraControl', next);
  };
  const setAxis = (axis: CameraAxis, value: number) => {
    if (camera?.type !== 'simple') return;
    setSetting('cameraControl', {
      type: 'simple',
      config: { ...STILL, ...camera.config, [axis]: value },
    });
  };

  return (
    <div className="field">
      <label htmlFor={id}>{t('camera.label')}</label>
      <select
        id={id}
        className="input"
        value={camera?.type ?? ''}
        disabled={!state.enabled}
        aria-invalid={issue ? true : undefined}
        aria-describedby={noteIds(id, state, issue)}
        onChange={(event) => setType(event.target.value)}
      >
        <option value="">{t('camera.none')}</option>
        {CAMERA_TYPES.map((type) => (
          <option key={type} value={type}>
            {t(`camera.types.${type}`)}
          </option>
        ))}
      </select>
      <FieldNote id={id} state={state} issue={issue} />
      {camera?.type === 'simple' ? (
        <fieldset className="camera-axes" disabled={!state.enabled}>
          <legend>{t('camera.axes')}</legend>
          {CAMERA_AXES.map((axis) => {
            const value = camera.config?.[axis] ?? 0;
            return (
              <div key={axis} className="axis">
                <label htmlFor={`${id}-${axis}`}>{t(`camera.axis.${axis}`)}</label>
                <input
                  id={`${id}-${axis}`}
                  type="range"
                  className="slider"
                  min={min}
                  max={max}
                  step={0.1}
                  value={value}
                  onChange={(event) => setAxis(axis, Number(event.target.value))}
                />
                <output htmlFor={`${id}-${axis}`}>
                  {formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}
                </output>
              </div>
            );
          })}
        </fieldset>
      ) : null}
    </div>
  );
}
