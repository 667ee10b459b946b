import type { AppError } from '../../../../shared/app-error';
import type { Clip, ClipDetail as ClipRecord } from '../../../../shared/domain';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useTranslation } from '../../i18n';
import { selectClipError, selectClipNotice, useLibraryStore } from '../../stores/library-store';
import { clipNoticeText } from './clip-notice-text';
import { ClipActions } from './ClipActions';
import { ClipFacts } from './ClipFacts';
import { ClipInputs } from './ClipInputs';
import { ClipLineage } from './ClipLineage';
import { ClipNote } from './ClipNote';
import type { ClipNeighbours } from './clip-neighbours';
import { ClipPlayer } from './ClipPlayer';
import { useReturnFocus } from './use-return-focus';
import { ClipRating } from './ClipRating';
import { ClipTags } from './ClipTags';
import { ClipTransfer } from './ClipTransfer';
import { RemixButton } from '../making/RemixButton';
import { BilledCost } from '../making/BilledCost';

interface ClipDetailProps {
  clip: Clip;
  /** The clip's full record, null until `library:get` answers. */
  detail: ClipRecord | null;
  loadError: AppError | null;
  projectTags: readonly string[];
  /** The clips either side of this one in the results. */
  neighbours: ClipNeighbours;
}

/**
 * Everything about the opened clip. The player and the person's own fields show at once
 * from the gallery's copy; parameters and lineage follow when `library:get` answers.
 */
export function ClipDetail({ clip, detail, loadError, projectTags, neighbours }: ClipDetailProps) {
  const { t } = useTranslation(['library', 'common']);
  const error = useLibraryStore(selectClipError) ?? loadError;
  const notice = useLibraryStore(selectClipNotice);
  const closeClip = useLibraryStore((state) => state.closeClip);
  const openClip = useLibraryStore((state) => state.openClip);
  const close = useReturnFocus(closeClip);
  return (
    <aside className="clip-detail" aria-label={t('detail.region')}>
      <div className="row row-between">
        <h3 className="section-title">{t('detail.title')}</h3>
        <button
          type="button"
          className="button button-quiet button-small"
          aria-keyshortcuts="Escape"
          onClick={close}
        >
          {t('common:close')}
        </button>
      </div>
      <ClipPlayer clip={clip} neighbours={neighbours} onOpen={openClip} onClose={close} />
      <p className="detail-prompt">{clip.prompt}</p>
      <ClipActions clip={clip} parameters={detail?.parameters ?? null} />
      <RemixButton detail={detail} />
      {detail ? <BilledCost detail={detail} /> : null}
      <p role="status" className="detail-notice">
        {clipNoticeText(notice)}
      </p>
      {error ? <ErrorAlert error={error} /> : null}
      <ClipRating clip={clip} />
      <ClipTags clip={clip} projectTags={projectTags} />
      <ClipNote clip={clip} />
      {detail ? <ClipLineage detail={detail} /> : null}
      {detail ? <ClipInputs inputs={detail.inputImages} /> : null}
      <ClipTransfer clip={clip} />
      {detail ? <ClipFacts detail={detail} /> : <p className="hint">{t('detail.loading')}</p>}
    </aside>
  );
}
