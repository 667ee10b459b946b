import { useState } from 'react';
import { Trans, useTranslation } from '../../i18n';
import { bridge } from '../../ipc/kling';
import { selectOpenSettings, useAppStore } from '../../stores/app-store';
import { selectMissingToken, useTokenStore } from '../../stores/token-store';

/** Where both tokens are made; one of the sites the app may open (see the main's allow-list). */
const CONSOLE_URL = 'https://platform.acedata.cloud';

/**
 * The first run's explanation of the two tokens, shown until an API token is saved: what each
 * is for and where to get it, before the first Generate (or the first image upload) fails.
 * AceData's file upload accepts only the platform token (AceData Cloud docs, file upload).
 */
export function MissingTokenHint() {
  const missing = useTokenStore(selectMissingToken);
  const openSettings = useAppStore(selectOpenSettings);
  const [notOpened, setNotOpened] = useState(false);
  const { t } = useTranslation('composer');
  if (!missing) return null;
  const openConsole = async () => {
    const { opened } = await bridge.shell
      .openExternal({ url: CONSOLE_URL })
      .catch(() => ({ opened: false }));
    setNotOpened(!opened);
  };
  return (
    <section className="callout first-run stack" aria-label={t('token.name')}>
      <p>{t('token.lead')}</p>
      <ul className="first-run-tokens">
        <li>
          <Trans t={t} i18nKey="token.api" components={{ strong: <strong /> }} />
        </li>
        <li>
          <Trans t={t} i18nKey="token.platform" components={{ strong: <strong /> }} />
        </li>
      </ul>
      <p className="hint">{t('token.where', { host: CONSOLE_URL.replace('https://', '') })}</p>
      {notOpened ? (
        <p role="status" className="hint">
          {t('token.notOpened', { url: CONSOLE_URL })}
        </p>
      ) : null}
      <div className="row row-wrap">
        {/* Not named "Settings…" so the top bar button stays the only match for that name. */}
        <button type="button" className="button button-primary" onClick={openSettings}>
          {t('token.add')}
        </button>
        <button type="button" className="button" onClick={() => void openConsole()}>
          {t('token.openConsole')}
        </button>
      </div>
    </section>
  );
}
