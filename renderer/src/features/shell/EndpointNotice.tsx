import { useEffect, useState } from 'react';
import type { EndpointStatus } from '../../../../shared/contract';
import { formatList, useTranslation } from '../../i18n';
import { bridge } from '../../ipc/kling';

/**
 * States in the window what main decided about its endpoints: developer mode, overrides a
 * packaged build ignored, and hosts that get no token until the person confirms them here.
 */
export function EndpointNotice() {
  const { t } = useTranslation('shell');
  const [status, setStatus] = useState<EndpointStatus | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    bridge.app.endpoints().then(
      (value) => live && setStatus(value),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const confirm = (hosts: string[]) =>
    bridge.app.confirmEndpoints({ hosts }).then(
      (value) => {
        setError(null);
        setStatus(value);
      },
      (reason: unknown) => setError(reason instanceof Error ? reason.message : String(reason)),
    );

  const hosts = status?.unconfirmedHosts ?? [];
  return (
    <div role="status" className="banner-stack">
      {status?.developerMode ? (
        <p className="banner banner-warn">
          {t('endpoints.developerMode', { url: status.apiBaseUrl })}
        </p>
      ) : null}
      {status && status.ignoredOverrides.length > 0 ? (
        <p className="banner banner-info">
          {t('endpoints.ignored', { names: formatList(status.ignoredOverrides) })}
        </p>
      ) : null}
      {hosts.length > 0 ? (
        <div className="banner banner-warn">
          <p>{t('endpoints.unconfirmed', { hosts: formatList(hosts) })}</p>
          <button type="button" className="button" onClick={() => void confirm(hosts)}>
            {t('endpoints.confirm', { hosts: formatList(hosts) })}
          </button>
          {error ? <p>{error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
