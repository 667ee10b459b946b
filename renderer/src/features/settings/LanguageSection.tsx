import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import {
  LANGUAGE_SETTINGS,
  resolveLanguage,
  type LanguageSetting,
} from '../../../../shared/i18n/languages';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { applyLanguage } from '../../i18n/language';
import { bridge, toAppError } from '../../ipc/kling';

/**
 * System, English or Simplified Chinese: the window switches as soon as one is picked, and main
 * keeps it for the next run (and writes its own messages in it from then on).
 */
export function LanguageSection() {
  const { t } = useTranslation('settings');
  const [setting, setSetting] = useState<LanguageSetting | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const name = useId();

  useEffect(() => {
    let live = true;
    bridge.appearance
      .language()
      .then((answer) => live && setSetting(answer.setting))
      .catch((caught: unknown) => live && setError(toAppError(caught)));
    return () => {
      live = false;
    };
  }, []);

  const choose = async (next: LanguageSetting) => {
    const before = setting;
    setSetting(next);
    setError(null);
    try {
      const answer = await bridge.appearance.setLanguage({ setting: next });
      await applyLanguage(answer.language);
    } catch (caught) {
      // Not saved: the choice shown goes back to what the next start will use.
      setSetting(before);
      setError(toAppError(caught));
    }
  };

  const systemLanguage = resolveLanguage('system', navigator.languages);
  return (
    <fieldset className="stack settings-section language-choice">
      <legend>{t('language.legend')}</legend>
      <div className="row row-wrap">
        {LANGUAGE_SETTINGS.map((option) => (
          <label key={option} className="row" lang={option === 'system' ? undefined : option}>
            <input
              type="radio"
              name={name}
              value={option}
              checked={setting === option}
              disabled={setting === null}
              onChange={() => void choose(option)}
            />
            {option === 'system'
              ? t('language.system', { language: t(`language.name.${systemLanguage}`) })
              : t(`language.${option}`)}
          </label>
        ))}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
    </fieldset>
  );
}
