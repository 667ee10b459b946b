import type { StitchedPart } from '../../../../shared/domain';
import { useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';
import { cachedClip } from '../../query/library-queries';
import { useLibraryStore } from '../../stores/library-store';
import { hundredths } from './hundredths';

/** A joined clip's parts, in the order they play, each with where it starts and ends. */
export function StitchedParts({ parts }: { parts: readonly StitchedPart[] }) {
  const { t } = useTranslation('finishing');
  const openClip = useLibraryStore((state) => state.openClip);
  return (
    <>
      <span className="hint">{t('lineage.joinedFromHint')}</span>
      <ol className="lineage-children" aria-label={t('lineage.joinedFrom')}>
        {parts.map((part, index) => {
          const span = t('lineage.span', {
            start: hundredths(part.startSec),
            end: hundredths(part.startSec + part.durationSec),
          });
          const clip = cachedClip(part.clipId);
          const label = t('lineage.partLabel', { number: index + 1, span, prompt: part.prompt });
          const text = t('lineage.part', { span, prompt: truncate(part.prompt, 80) });
          return (
            <li key={`${part.clipId}-${index}`}>
              {clip ? (
                <button
                  type="button"
                  className="link-button"
                  aria-label={label}
                  onClick={() => openClip(clip)}
                >
                  {text}
                </button>
              ) : (
                <span className="hint">{text}</span>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
