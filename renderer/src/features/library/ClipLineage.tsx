import type { TFunction } from 'i18next';
import type { Clip, ClipDetail } from '../../../../shared/domain';
import { formatNumber, useTranslation } from '../../i18n';
import { truncate } from '../../lib/format';
import { useLibraryStore } from '../../stores/library-store';
import { JoinChainButton } from '../finishing/JoinChainButton';
import { StitchedParts } from '../finishing/StitchedParts';

interface ClipLineageProps {
  detail: ClipDetail;
}

/** How a child came from its parent, in the words its button starts with. */
function madeHow(t: TFunction<'library'>, child: Clip): string {
  // An image→video child of a clip can only have started from one of its frames.
  if (child.action === 'image2video') return t('lineage.childFrame');
  return child.action === 'lip-sync' ? t('lineage.childLipSync') : t('lineage.childExtension');
}

/** How this clip came from its parent: the words before the parent, and when it is gone. */
function cameFrom(t: TFunction<'library'>, detail: ClipDetail): { from: string; gone: string } {
  if (detail.parentFrameSec !== null) {
    const seconds = formatNumber(detail.parentFrameSec, {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    return {
      from: t('lineage.fromFrame', { seconds }),
      gone: t('lineage.goneFromFrame', { seconds }),
    };
  }
  return detail.action === 'lip-sync'
    ? { from: t('lineage.lipSyncedFrom'), gone: t('lineage.goneLipSynced') }
    : { from: t('lineage.extendedFrom'), gone: t('lineage.goneExtended') };
}

/**
 * Where the clip came from (extended, lip-synced, continued from a frame at a time, joined from
 * parts, or a tool's inputs) and what was made from it; each opens that clip, in any project.
 * A clip with a parent can be joined with its whole chain in one step.
 */
export function ClipLineage({ detail }: ClipLineageProps) {
  const { t } = useTranslation('library');
  const openClip = useLibraryStore((state) => state.openClip);
  const { parent, children, parts, sources } = detail;
  const empty = children.length === 0 && parts.length === 0 && sources.length === 0;
  if (!parent && !detail.parentClipId && empty) return null;
  const { from, gone } = cameFrom(t, detail);
  return (
    <div className="lineage">
      <span className="detail-label">{t('lineage.title')}</span>
      {parent ? (
        <button
          type="button"
          className="link-button"
          aria-label={t('lineage.linkName', { how: from, prompt: parent.prompt })}
          onClick={() => openClip(parent)}
        >
          {t('lineage.link', { how: from, prompt: truncate(parent.prompt, 80) })}
        </button>
      ) : detail.parentClipId ? (
        <p className="hint">{gone}</p>
      ) : null}
      {parent ? <JoinChainButton detail={detail} /> : null}
      {parts.length > 0 ? <StitchedParts parts={parts} /> : null}
      {sources.length > 0 ? (
        <ul className="lineage-children" aria-label={t('lineage.madeFrom')}>
          {sources.map((source) => (
            <li key={`${source.role}:${source.url}`} className="hint">
              {source.name
                ? t('lineage.sourceNamed', {
                    role: t(`lineage.sources.${source.role}`),
                    name: source.name,
                  })
                : t('lineage.source', { role: t(`lineage.sources.${source.role}`) })}
              <span className="image-url">{truncate(source.url, 80)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {children.length > 0 ? (
        <>
          <span className="hint">{t('lineage.children')}</span>
          <ul className="lineage-children" aria-label={t('lineage.children')}>
            {children.map((child) => (
              <li key={child.id}>
                <button
                  type="button"
                  className="link-button"
                  aria-label={t('lineage.linkName', {
                    how: madeHow(t, child),
                    prompt: child.prompt,
                  })}
                  onClick={() => openClip(child)}
                >
                  {t('lineage.link', {
                    how: madeHow(t, child),
                    prompt: truncate(child.prompt, 80),
                  })}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
