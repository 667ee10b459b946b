import { useId } from 'react';
import { MODES } from '../../../../shared/capabilities/model-capabilities';
import { LIBRARY_SORTS } from '../../../../shared/domain';
import { MODEL_IDS } from '../../../../shared/models';
import type { LibrarySort } from '../../stores/library-query';
import { selectFilters, useLibraryStore } from '../../stores/library-store';
import { FilterSelect } from './FilterSelect';
import { ACTION_LABELS, MODE_LABELS, SORT_LABELS } from './labels';

const MODE_OPTIONS = Object.fromEntries(MODES.map((mode) => [mode, MODE_LABELS[mode] ?? mode]));
const STATUS_OPTIONS = { ready: 'Ready', missing: 'Missing file' } as const;

/** Search, filters and sort for the open project; each change is sent after a short pause. */
export function LibraryFilters({ tags }: { tags: readonly string[] }) {
  const filters = useLibraryStore(selectFilters);
  const setFilters = useLibraryStore((state) => state.setFilters);
  const ids = { search: useId(), sort: useId(), favourite: useId(), from: useId(), to: useId() };
  // A chosen tag stays offered even when no clip on this page of results carries it now.
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [...tags, filters.tag] : tags;

  return (
    <div role="search" className="library-filters" aria-label="Search and filters">
      <div className="filters-row">
        <label htmlFor={ids.search} className="visually-hidden">
          Search prompts
        </label>
        <input
          id={ids.search}
          type="search"
          className="input library-search"
          placeholder="Search prompts"
          value={filters.text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
        <div className="filter">
          <label htmlFor={ids.sort}>Sort by</label>
          <select
            id={ids.sort}
            className="input input-compact"
            value={filters.sort}
            onChange={(event) => setFilters({ sort: event.target.value as LibrarySort })}
          >
            {LIBRARY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filters-row filters-wrap">
        <FilterSelect
          label="Action"
          value={filters.action}
          options={ACTION_LABELS}
          onChange={(action) => setFilters({ action })}
        />
        <FilterSelect
          label="Model"
          value={filters.model}
          options={MODEL_IDS}
          onChange={(model) => setFilters({ model })}
        />
        <FilterSelect
          label="Mode"
          value={filters.mode}
          options={MODE_OPTIONS}
          onChange={(mode) => setFilters({ mode })}
        />
        <FilterSelect
          label="Status"
          value={filters.status}
          options={STATUS_OPTIONS}
          onChange={(status) => setFilters({ status })}
        />
        <FilterSelect
          label="Tag"
          value={filters.tag}
          options={tagOptions}
          anyLabel="Any tag"
          onChange={(tag) => setFilters({ tag })}
        />
        <div className="filter">
          <label htmlFor={ids.from}>From</label>
          <input
            id={ids.from}
            type="date"
            className="input input-compact"
            value={filters.from}
            max={filters.to || undefined}
            onChange={(event) => setFilters({ from: event.target.value })}
          />
        </div>
        <div className="filter">
          <label htmlFor={ids.to}>To</label>
          <input
            id={ids.to}
            type="date"
            className="input input-compact"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(event) => setFilters({ to: event.target.value })}
          />
        </div>
        <label htmlFor={ids.favourite} className="filter-check">
          <input
            id={ids.favourite}
            type="checkbox"
            checked={filters.favourite}
            onChange={(event) => setFilters({ favourite: event.target.checked })}
          />
          Favourites only
        </label>
      </div>
    </div>
  );
}
