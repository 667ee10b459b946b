import { t } from '../../i18n';
import type { ClipNotice } from '../../stores/clip-slice';

/** The detail's sentence for what the last clip action did, in the current language. */
export function clipNoticeText(notice: ClipNotice | null): string {
  if (!notice) return '';
  if (notice.kind === 'savedCopy')
    return notice.settingsInside
      ? t('library:notices.savedCopy', { path: notice.path })
      : t('library:notices.savedCopyBare', { path: notice.path });
  const project = notice.project ?? t('library:notices.otherProject');
  return notice.kind === 'copiedTo'
    ? t('library:notices.copiedTo', { project })
    : t('library:notices.movedTo', { project });
}
