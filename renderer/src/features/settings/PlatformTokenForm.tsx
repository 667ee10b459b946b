import { useId, useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { TokenStatus } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { t, useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { selectTokenStatus, useTokenStore } from '../../stores/token-store';

function describe(status: TokenStatus | null): string {
  if (!status) return t('settings:platformToken.checking');
  const { hasToken, last4 } = status.platform;
  return hasToken
    ? t('settings:platformToken.saved', { last4: last4 ?? '' })
    : t('settings:platformToken.none');
}

/**
 * AceData's file upload takes only the platform token, never the API token, so frames from the
 * computer need this second one. Like the API token, it goes to main and only its last four
 * characters come back.
 */
export function PlatformTokenForm() {
  // Subscribes the form to the language, so `describe` redraws on a switch.
  const { t } = useTranslation('settings');
  const status = useTokenStore(selectTokenStatus);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const hintId = useId();

  const run = async (work: () => Promise<TokenStatus>) => {
    setBusy(true);
    setError(null);
    try {
      useTokenStore.getState().setStatus(await work());
      return true;
    } catch (caught) {
      setError(toAppError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };

  // Uncontrolled on purpose: the token is read once and handed to main, never kept in state.
  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = inputRef.current;
    if (!input || busy) return;
    if (await run(() => bridge.token.savePlatform({ token: input.value }))) input.value = '';
  };
  const onRemove = async () => {
    if (await run(() => bridge.token.clearPlatform())) inputRef.current?.focus();
  };

  return (
    <form className="stack settings-section" onSubmit={onSave}>
      <p role="status" className="token-status">
        {describe(status)}
      </p>
      <label htmlFor={inputId}>{t('platformToken.label')}</label>
      <input
        ref={inputRef}
        id={inputId}
        type="password"
        autoComplete="off"
        spellCheck={false}
        className="input"
        aria-describedby={hintId}
      />
      <p id={hintId} className="hint">
        {t('platformToken.hint')}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      <div className="row">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('platformToken.save')}
        </button>
        {status?.platform.hasToken ? (
          <button type="button" className="button" disabled={busy} onClick={onRemove}>
            {t('platformToken.remove')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
