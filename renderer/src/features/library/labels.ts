import type { Action } from '../../../../shared/domain';
import type { LibrarySort } from '../../stores/library-query';

export const ACTION_LABELS: Record<Action, string> = {
  text2video: 'Text to video',
  image2video: 'Image to video',
  extend: 'Extension',
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
