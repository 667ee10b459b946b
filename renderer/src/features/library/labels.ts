import type { ClipKind } from '../../../../shared/domain';
import { TOOL_LABELS } from '../../../../shared/tools';
import type { LibrarySort } from '../../stores/library-query';

/** What made a clip, as a person says it: a video action or one of the tools. */
export const ACTION_LABELS: Record<ClipKind, string> = {
  text2video: 'Text to video',
  image2video: 'Image to video',
  extend: 'Extension',
  ...TOOL_LABELS,
};

export const MODE_LABELS: Record<string, string> = {
  std: 'Standard',
  pro: 'Professional',
  '4k': '4K',
};

export const SORT_LABELS: Record<LibrarySort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  rating: 'Highest rated',
  duration: 'Longest first',
};
