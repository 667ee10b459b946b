import { useEffect, useId, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';

/**
 * Whether the notification of a finished or failed video makes a sound. Off unless chosen;
 * main keeps the choice and applies it to the next notification.
 */
export function NotificationSoundSection() {
  const { t } = useTranslation('settings');
  const [sound, setSound] = useState<boolean | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const labelId = useId();
  const hintId = useId();

  useEffect(() => {
    let live = true;
    bridge.notices
      .sound()
      .then((answer) => live && setSound(answer.sound))
      .catch((caught: unknown) => live && setError(toAppError(caught)));
    return () => {
      live = false;
    };
  }, []);

  const choose = async (on: boolean) => {
    setBusy(true);
    setError(null);
    try {
      setSound((await bridge.notices.setSound({ sound: on })).sound);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack settings-section" aria-labelledby={labelId}>
      <h3 id={labelId}>{t('notifications.heading')}</h3>
      <label className="row">
        <input
          type="checkbox"
          checked={sound ?? false}
          disabled={sound === null || busy}
          aria-describedby={hintId}
          onChange={(event) => void choose(event.target.checked)}
        />
        {t('notifications.sound')}
      </label>
      <p id={hintId} className="hint">
        {t('notifications.hint')}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
    </section>
  );
}
