import { useEffect, useId, useState } from 'react';
import { THEMES, type Theme } from '../../../../shared/appearance';
import type { AppError } from '../../../../shared/app-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { applyTheme } from './theme';

/** System, light or dark: applied as soon as it is picked, and kept by main for the next run. */
export function ThemeSection() {
  const { t } = useTranslation('settings');
  const [theme, setTheme] = useState<Theme | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const name = useId();

  useEffect(() => {
    let live = true;
    bridge.appearance
      .theme()
      .then((answer) => live && setTheme(answer.theme))
      .catch((caught: unknown) => live && setError(toAppError(caught)));
    return () => {
      live = false;
    };
  }, []);

  const choose = async (next: Theme) => {
    const before = theme;
    setTheme(next);
    applyTheme(next);
    setError(null);
    try {
      await bridge.appearance.setTheme({ theme: next });
    } catch (caught) {
      // Not saved: the window goes back to what will be used on the next start.
      if (before) {
        setTheme(before);
        applyTheme(before);
      }
      setError(toAppError(caught));
    }
  };

  return (
    <fieldset className="stack settings-section theme-choice">
      <legend>{t('theme.legend')}</legend>
      <div className="row row-wrap">
        {THEMES.map((option) => (
          <label key={option} className="row">
            <input
              type="radio"
              name={name}
              value={option}
              checked={theme === option}
              disabled={theme === null}
              onChange={() => void choose(option)}
            />
            {t(`theme.${option}`)}
          </label>
        ))}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
    </fieldset>
  );
}
