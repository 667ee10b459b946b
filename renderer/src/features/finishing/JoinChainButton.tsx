import { useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import type { ClipDetail } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { libraryKeys } from '../../query/library-keys';
import { queryClient } from '../../query/query-client';
import { useSelectionStore } from '../../stores/selection-store';
import { lineageChain } from './lineage-chain';

/**
 * "Join this chain": picks the clip's lineage, root first, and opens the Join dialog on it,
 * where the order can still be changed before joining.
 */
export function JoinChainButton({ detail }: { detail: ClipDetail }) {
  const { t } = useTranslation('finishing');
  const joinChain = useSelectionStore((state) => state.joinChain);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      const chain = await lineageChain(detail, (clipId) =>
        queryClient.fetchQuery({
          queryKey: libraryKeys.clip(clipId),
          queryFn: () => bridge.library.get({ clipId }),
        }),
      );
      joinChain(chain);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button
        type="button"
        className="button button-small"
        disabled={busy}
        onClick={() => void start()}
      >
        {t('lineage.joinChain')}
      </button>
      {error ? <ErrorAlert error={error} /> : null}
    </>
  );
}
