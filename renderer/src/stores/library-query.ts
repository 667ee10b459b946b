import type { ClipKind, LIBRARY_SORTS, LibraryQuery } from '../../../shared/domain';
import type { ModelId } from '../../../shared/models';

export type LibrarySort = (typeof LIBRARY_SORTS)[number];
export type ClipStatus = 'ready' | 'missing';

/** What the person chose in the library's toolbar; an empty string means "any". */
export interface LibraryFilters {
  text: string;
  action: ClipKind | '';
  model: ModelId | '';
  mode: string;
  status: ClipStatus | '';
  favourite: boolean;
  tag: string;
  /** `YYYY-MM-DD`, as a date input gives it; main reads a bare `to` as the whole day. */
  from: string;
  to: string;
  sort: LibrarySort;
}

export const NO_FILTERS: LibraryFilters = {
  text: '',
  action: '',
  model: '',
  mode: '',
  status: '',
  favourite: false,
  tag: '',
  from: '',
  to: '',
  sort: 'newest',
};

/** Whether anything narrows the results (the sort order does not). */
export function isFiltered(filters: LibraryFilters): boolean {
  return (Object.keys(NO_FILTERS) as (keyof LibraryFilters)[]).some(
    (key) => key !== 'sort' && filters[key] !== NO_FILTERS[key],
  );
}

/** One page of the query main runs; "any" choices are left out rather than sent empty. */
export function toLibraryQuery(
  projectId: string,
  filters: LibraryFilters,
  offset: number,
  limit: number,
): LibraryQuery {
  const text = filters.text.trim();
  return {
    projectId,
    ...(text ? { text } : {}),
    ...(filters.action ? { actions: [filters.action] } : {}),
    ...(filters.model ? { models: [filters.model] } : {}),
    ...(filters.mode ? { modes: [filters.mode] } : {}),
    ...(filters.status ? { statuses: [filters.status] } : {}),
    ...(filters.favourite ? { favourite: true } : {}),
    ...(filters.tag ? { tags: [filters.tag] } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
    sort: filters.sort,
    offset,
    limit,
  };
}
