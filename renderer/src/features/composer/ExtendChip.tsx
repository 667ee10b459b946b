import { useShallow } from 'zustand/react/shallow';
import type { Clip } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';
import { selectComposerActions, useComposerStore } from '../../stores/composer-store';

interface ExtendChipProps {
  parent: Clip;
}

/** Which clip an extension continues, always in sight while extending, with a way out. */
export function ExtendChip({ parent }: ExtendChipProps) {
  const { cancelExtend } = useComposerStore(useShallow(selectComposerActions));
  const { t } = useTranslation('composer');
  return (
    <div className="chip row row-between">
      <p className="chip-text" title={parent.prompt}>
        {t('extend.extending', { prompt: truncate(parent.prompt || parent.id, 70) })}
      </p>
      <button
        type="button"
        className="button button-small"
        aria-label={t('extend.cancelName')}
        onClick={cancelExtend}
      >
        {t('extend.cancel')}
      </button>
    </div>
  );
}
