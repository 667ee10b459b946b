import type { TokenStatus } from '../../../../shared/domain';

function describe(status: TokenStatus): string {
  const ending = `ending in …${status.last4 ?? ''}`;
  switch (status.storage) {
    case 'keychain':
      return `Token saved in the system keychain, ${ending}`;
    case 'memory':
      return `Token kept in memory for this session only, ${ending}`;
    case 'environment':
      return `Token comes from the KLING_STUDIO_TOKEN environment variable, ${ending}. To change it, change the variable and restart Kling Studio.`;
    case 'none':
      return 'No token saved yet. Paste the API token from your AceData Cloud console.';
  }
}

interface TokenStatusTextProps {
  status: TokenStatus | null;
}

/** Where the token lives, and only ever its last four characters. */
export function TokenStatusText({ status }: TokenStatusTextProps) {
  return (
    <>
      <p role="status" className="token-status">
        {status ? describe(status) : 'Checking for a saved token…'}
      </p>
      {status?.warning ? (
        <p role="alert" className="alert alert-warn">
          {status.warning}
        </p>
      ) : null}
    </>
  );
}
