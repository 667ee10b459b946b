import { useShallow } from 'zustand/react/shallow';
import { useTranslation } from '../../i18n';
import {
  selectSelectedClips,
  selectSelectionDialog,
  useSelectionStore,
} from '../../stores/selection-store';
import { CompareDialog } from './CompareDialog';
import { StitchDialog } from './StitchDialog';

const COMPARE_MIN = 2;
const COMPARE_MAX = 4;

/** What to do with the clips picked in the gallery: compare them, join them, or let go. */
export function SelectionBar({ projectId }: { projectId: string }) {
  const { t } = useTranslation('finishing');
  const clips = useSelectionStore(selectSelectedClips);
  const open = useSelectionStore(selectSelectionDialog);
  const { move, clear, setOpen } = useSelectionStore(
    useShallow((state) => ({ move: state.move, clear: state.clear, setOpen: state.openDialog })),
  );
  if (clips.length === 0) return null;
  const canCompare = clips.length >= COMPARE_MIN && clips.length <= COMPARE_MAX;
  const compareWhy = canCompare
    ? ''
    : t('selection.compareRange', { min: COMPARE_MIN, max: COMPARE_MAX });
  return (
    <div className="selection-bar" role="group" aria-label={t('selection.label')}>
      <span>{t('selection.count', { count: clips.length })}</span>
      <button
        type="button"
        className="button button-small"
        disabled={!canCompare}
        title={compareWhy || undefined}
        onClick={() => setOpen('compare')}
      >
        {t('selection.compare')}
      </button>
      <button
        type="button"
        className="button button-small"
        disabled={clips.length < 2}
        onClick={() => setOpen('join')}
      >
        {t('selection.join')}
      </button>
      <button type="button" className="button button-small button-quiet" onClick={clear}>
        {t('selection.clear')}
      </button>
      {compareWhy && clips.length > 1 ? <span className="hint">{compareWhy}</span> : null}
      {clips.length === 1 ? <span className="hint">{t('selection.oneMore')}</span> : null}
      {open === 'compare' ? <CompareDialog clips={clips} onClose={() => setOpen(null)} /> : null}
      {open === 'join' ? (
        <StitchDialog
          clips={clips}
          projectId={projectId}
          onMove={move}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </div>
  );
}
