import type { TFunction } from 'i18next';
import { capabilitiesOf, modelsFor } from '../../../../shared/capabilities';
import { MODEL_IDS, type ModelId } from '../../../../shared/models';
import { MOTION_MODELS, TOOL_LIMITS } from '../../../../shared/tools';
import { VOICE_SAMPLE_LIMITS } from '../../../../shared/voice-sample';
import { formatList, useTranslation } from '../../i18n';

type ComposerT = TFunction<'composer'>;

/** "3–15 s", "5 or 10 s", "5 s": read from the capability data, so it never drifts. */
function lengths(t: ComposerT, model: ModelId): string {
  const durations = capabilitiesOf(model).durations;
  const first = durations[0];
  const last = durations[durations.length - 1];
  if (durations.length > 2) return t('help.lengthRange', { first, last });
  return t('help.lengthChoices', { choices: formatList(durations.map(String), 'disjunction') });
}

function extras(t: ComposerT, model: ModelId): string {
  const caps = capabilitiesOf(model);
  const words: string[] = [
    caps.modes.map((mode) => t(`help.mode.${mode}`)).join(t('help.modeSeparator')),
  ];
  if (caps.audioAlwaysOn) words.push(t('help.soundAlwaysOn'));
  else if (caps.generateAudio !== false) words.push(t('help.audio'));
  if (caps.references) words.push(t('help.references'));
  if (caps.multiShot) words.push(t('help.multiShot'));
  if (caps.elements) words.push(t('help.elements'));
  if (caps.voices !== false) words.push(t('help.voices'));
  if (modelsFor('extend').includes(model)) words.push(t('help.extend'));
  return words.join(t('help.separator'));
}

/**
 * What the composer can make, with every model and tool named. Built from the same data the
 * rules use, so a new model shows here the day it is added.
 */
export function ComposerHelp() {
  const { t } = useTranslation('composer');
  return (
    <details className="composer-help">
      <summary>{t('help.summary')}</summary>
      <p className="hint">
        {t('help.kinds', {
          motionModels: formatList(MOTION_MODELS, 'disjunction'),
          lipSyncChars: TOOL_LIMITS.lipSyncTextMaxChars,
          talkingSeconds: formatList(TOOL_LIMITS.talkingPhotoDurations.map(String), 'disjunction'),
        })}
      </p>
      <p className="hint">
        {t('help.kling3', {
          minSeconds: VOICE_SAMPLE_LIMITS.seconds.min,
          maxSeconds: VOICE_SAMPLE_LIMITS.seconds.max,
        })}
      </p>
      <ul aria-label={t('help.models')} className="hint">
        {MODEL_IDS.map((model) => (
          <li key={model}>
            <code>{model}</code>{' '}
            {t('help.modelFacts', { lengths: lengths(t, model), extras: extras(t, model) })}
          </li>
        ))}
      </ul>
    </details>
  );
}
