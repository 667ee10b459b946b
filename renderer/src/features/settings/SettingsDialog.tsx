import { useId, useRef, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { ErrorAlert } from '../../components/ErrorAlert';
import { toAppError } from '../../ipc/kling';
import { selectCloseSettings, useAppStore } from '../../stores/app-store';
import {
  selectClearToken,
  selectSaveToken,
  selectTokenStatus,
  useTokenStore,
} from '../../stores/token-store';
import { PlatformTokenForm } from './PlatformTokenForm';
import { TokenStatusText } from './TokenStatusText';
import { NotificationSoundSection } from './NotificationSoundSection';
import { ProxySection } from './ProxySection';
import { PricesSection } from '../making/PricesSection';
import { LanguageSection } from './LanguageSection';
import { ThemeSection } from './ThemeSection';
import { WorkspaceSection } from './WorkspaceSection';
import { Modal } from '../../components/Modal';
import { useTranslation } from '../../i18n';

export function SettingsDialog() {
  const { t } = useTranslation(['settings', 'common']);
  const close = useAppStore(selectCloseSettings);
  const status = useTokenStore(selectTokenStatus);
  const saveToken = useTokenStore(selectSaveToken);
  const clearToken = useTokenStore(selectClearToken);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const inputId = useId();

  // The input is uncontrolled on purpose: the token is read once here and handed to
  // main, never kept in React or zustand state.
  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = inputRef.current;
    if (!input || busy) return;
    setBusy(true);
    setError(null);
    try {
      await saveToken(input.value);
      input.value = '';
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  const onRemove = async () => {
    setBusy(true);
    setError(null);
    try {
      await clearToken();
      inputRef.current?.focus();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  const canRemove = status?.hasToken === true && status.storage !== 'environment';

  return (
    <Modal labelledBy={titleId} className="settings-dialog" initialFocus={inputRef} onClose={close}>
      <h2 id={titleId}>{t('title')}</h2>
      <TokenStatusText status={status} />
      <form className="stack" onSubmit={onSave}>
        <label htmlFor={inputId}>{t('token.label')}</label>
        <input
          ref={inputRef}
          id={inputId}
          type="password"
          autoComplete="off"
          spellCheck={false}
          className="input"
        />
        <p className="hint">{t('token.hint')}</p>
        {error ? <ErrorAlert error={error} /> : null}
        <div className="row">
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('token.save')}
          </button>
          {canRemove ? (
            <button type="button" className="button" disabled={busy} onClick={onRemove}>
              {t('token.remove')}
            </button>
          ) : null}
        </div>
      </form>
      <PlatformTokenForm />
      <WorkspaceSection />
      <ProxySection />
      <NotificationSoundSection />
      <PricesSection />
      <LanguageSection />
      <ThemeSection />
      <div className="row row-end">
        <button type="button" className="button button-quiet" onClick={close}>
          {t('common:close')}
        </button>
      </div>
    </Modal>
  );
}
