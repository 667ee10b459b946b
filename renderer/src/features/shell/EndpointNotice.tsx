import { useEffect, useState } from 'react';
import type { EndpointStatus } from '../../../../shared/contract';
import { bridge } from '../../ipc/kling';

/**
 * States in the window what main decided about its endpoints: developer mode, overrides a
 * packaged build ignored, and hosts that get no token until the person confirms them here.
 */
export function EndpointNotice() {
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
          Developer mode (KLING_STUDIO_DEVELOPER=1): this window talks to {status.apiBaseUrl}{' '}
          instead of AceData.
        </p>
      ) : null}
      {status && status.ignoredOverrides.length > 0 ? (
        <p className="banner banner-info">
          Ignored {status.ignoredOverrides.join(', ')}: an installed Kling Studio uses
          AceData&apos;s own addresses unless developer mode is on.
        </p>
      ) : null}
      {hosts.length > 0 ? (
        <div className="banner banner-warn">
          <p>
            Your AceData tokens are not sent to {hosts.join(' and ')} until you confirm this address
            is yours to trust.
          </p>
          <button type="button" className="button" onClick={() => void confirm(hosts)}>
            Send my token to {hosts.join(', ')}
          </button>
          {error ? <p>{error}</p> : null}
        </div>
      ) : null}
    </div>
  );
}
