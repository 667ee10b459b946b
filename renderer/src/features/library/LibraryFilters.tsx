import { useId } from 'react';
import { MODES, type Mode } from '../../../../shared/capabilities/model-capabilities';
import { CLIP_KINDS, LIBRARY_SORTS, type ClipKind } from '../../../../shared/domain';
import { MODEL_IDS } from '../../../../shared/models';
import type { LibrarySort } from '../../stores/library-query';
import { selectFilters, useLibraryStore } from '../../stores/library-store';
import { FilterSelect } from './FilterSelect';
import { useTranslation } from '../../i18n';
import { modeName } from './clip-labels';

/** Search, filters and sort for the open project; each change is sent after a short pause. */
export function LibraryFilters({ tags }: { tags: readonly string[] }) {
  const { t } = useTranslation('library');
  const filters = useLibraryStore(selectFilters);
  const setFilters = useLibraryStore((state) => state.setFilters);
  const ids = { search: useId(), sort: useId(), favourite: useId(), from: useId(), to: useId() };
  // A chosen tag stays offered even when no clip on this page of results carries it now.
  const tagOptions = filters.tag && !tags.includes(filters.tag) ? [...tags, filters.tag] : tags;
  // Built at draw time, so a language switch redraws the choices.
  const actionOptions = Object.fromEntries(
    CLIP_KINDS.map((kind) => [kind, t(`actions.${kind}`)]),
  ) as Record<ClipKind, string>;
  const modeOptions = Object.fromEntries(MODES.map((mode) => [mode, modeName(t, mode)])) as Record<
    Mode,
    string
  >;
  const statusOptions = { ready: t('filters.ready'), missing: t('filters.missing') };

  return (
    <div role="search" className="library-filters" aria-label={t('filters.region')}>
      <div className="filters-row">
        <label htmlFor={ids.search} className="visually-hidden">
          {t('filters.search')}
        </label>
        <input
          id={ids.search}
          type="search"
          className="input library-search"
          placeholder={t('filters.search')}
          value={filters.text}
          onChange={(event) => setFilters({ text: event.target.value })}
        />
        <div className="filter">
          <label htmlFor={ids.sort}>{t('filters.sortBy')}</label>
          <select
            id={ids.sort}
            className="input input-compact"
            value={filters.sort}
            onChange={(event) => setFilters({ sort: event.target.value as LibrarySort })}
          >
            {LIBRARY_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="filters-row filters-wrap">
        <FilterSelect
          label={t('filters.action')}
          value={filters.action}
          options={actionOptions}
          onChange={(action) => setFilters({ action })}
        />
        <FilterSelect
          label={t('filters.model')}
          value={filters.model}
          options={MODEL_IDS}
          onChange={(model) => setFilters({ model })}
        />
        <FilterSelect
          label={t('filters.mode')}
          value={filters.mode}
          options={modeOptions}
          onChange={(mode) => setFilters({ mode })}
        />
        <FilterSelect
          label={t('filters.status')}
          value={filters.status}
          options={statusOptions}
          onChange={(status) => setFilters({ status })}
        />
        <FilterSelect
          label={t('filters.tag')}
          value={filters.tag}
          options={tagOptions}
          anyLabel={t('filters.anyTag')}
          onChange={(tag) => setFilters({ tag })}
        />
        <div className="filter">
          <label htmlFor={ids.from}>{t('filters.from')}</label>
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
          <label htmlFor={ids.to}>{t('filters.to')}</label>
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
          {t('filters.favouritesOnly')}
        </label>
      </div>
    </div>
  );
}
