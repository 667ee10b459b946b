import type { TokenStatus } from '../../../../shared/domain';
import { t, useTranslation } from '../../i18n';

function describe(status: TokenStatus): string {
  // Each storage has its own sentence (`settings:token.keychain`, …), read at draw time.
  return t(`settings:token.${status.storage}`, { last4: status.last4 ?? '' });
}

interface TokenStatusTextProps {
  status: TokenStatus | null;
}

/** Where the token lives, and only ever its last four characters. */
export function TokenStatusText({ status }: TokenStatusTextProps) {
  const { t } = useTranslation('settings');
  return (
    <>
      <p role="status" className="token-status">
        {status ? describe(status) : t('token.checking')}
      </p>
      {status?.warning ? (
        <p role="alert" className="alert alert-warn">
          {status.warning}
        </p>
      ) : null}
    </>
  );
}
