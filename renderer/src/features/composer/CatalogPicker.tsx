import { useEffect, useId, useState } from 'react';
import type { CatalogItem, CatalogKind } from '../../../../shared/catalog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, useTranslation } from '../../i18n';
import { useCatalog } from '../../query/use-catalog';

interface CatalogPickerProps {
  kind: CatalogKind;
  /** "element" or "voice", in button names: "Use element Red fox". */
  noun: 'element' | 'voice';
  picked: readonly CatalogItem[];
  /** Why nothing more can be picked (the list is full), or null. */
  fullReason: string | null;
  onPick: (item: CatalogItem) => void;
}

/**
 * The account's presets and own items of one kind, from main's cache at once, refreshed from
 * AceData when it opens. Own items can be viewed and deleted; presets only viewed.
 */
export function CatalogPicker({ kind, noun, picked, fullReason, onPick }: CatalogPickerProps) {
  const catalog = useCatalog(kind);
  const { refresh } = catalog;
  const id = useId();
  const { t } = useTranslation('composer');
  const [viewing, setViewing] = useState<CatalogItem['id'] | null>(null);
  const [deleting, setDeleting] = useState<CatalogItem | null>(null);
  // Once per opening: the cached list is already on screen while AceData answers.
  useEffect(() => refresh(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const items = catalog.list?.items ?? [];
  const groups = [
    { title: t('picker.own'), source: 'own' as const },
    { title: t('picker.presets'), source: 'preset' as const },
  ];
  const fetchedAt = catalog.list?.fetchedAt ?? null;
  const fetched =
    fetchedAt === null
      ? t('picker.notFetched')
      : t('picker.fetched', { when: formatDateTime(fetchedAt) });
  const problem = catalog.list?.problem ?? catalog.error;

  return (
    <div className="catalog-picker stack">
      <div className="row row-between">
        <p className="hint" aria-live="polite">
          {catalog.refreshing ? t('picker.checking') : fetched}
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={catalog.refreshing}
          onClick={refresh}
        >
          {t('picker.refresh')}
        </button>
      </div>
      {problem ? <ErrorAlert error={problem} /> : null}
      {catalog.removeError ? <ErrorAlert error={catalog.removeError} /> : null}
      {fullReason ? <p className="hint">{fullReason}</p> : null}
      {groups.map(({ title, source }) => {
        const group = items.filter((item) => item.source === source);
        return (
          <section key={source} aria-labelledby={`${id}-${source}`}>
            <h3 id={`${id}-${source}`} className="zone-title">
              {title}
            </h3>
            {group.length === 0 ? (
              <p className="hint">{t('picker.none')}</p>
            ) : (
              <ul className="catalog-list">
                {group.map((item) => {
                  const isPicked = picked.some((known) => known.id === item.id);
                  const open = viewing === item.id;
                  return (
                    <li key={`${source}-${item.id}`} className="catalog-item">
                      <div className="row row-between row-wrap">
                        <span className="catalog-name">{item.name}</span>
                        <span className="row">
                          <button
                            type="button"
                            className="button button-small"
                            aria-label={t(`picker.viewName.${noun}`, { name: item.name })}
                            aria-expanded={open}
                            onClick={() => setViewing(open ? null : item.id)}
                          >
                            {t('picker.view')}
                          </button>
                          {source === 'own' ? (
                            <button
                              type="button"
                              className="button button-small"
                              aria-label={t(`picker.deleteName.${noun}`, { name: item.name })}
                              onClick={() => setDeleting(item)}
                            >
                              {t('picker.delete')}
                            </button>
                          ) : null}
                          <button
                            type="button"
                            className="button button-small button-primary"
                            aria-label={t(`picker.useName.${noun}`, { name: item.name })}
                            disabled={!isPicked && fullReason !== null}
                            onClick={() => onPick(item)}
                          >
                            {isPicked ? t('picker.insertAgain') : t('picker.use')}
                          </button>
                        </span>
                      </div>
                      {open ? (
                        <dl className="catalog-details">
                          <dt>{t('picker.id')}</dt>
                          <dd>
                            <code>{String(item.id)}</code>
                          </dd>
                          <dt>{t('picker.kind')}</dt>
                          <dd>{source === 'own' ? t('picker.ownKind') : t('picker.presetKind')}</dd>
                          <dt>{t('picker.preview')}</dt>
                          <dd>{item.previewUrl ?? t('picker.noPreview')}</dd>
                        </dl>
                      ) : null}
                    </li>
                  );
                })}
              </ul>
            )}
          </section>
        );
      })}
      {deleting ? (
        <ConfirmDialog
          title={t(`picker.deleteTitle.${noun}`, { name: deleting.name })}
          confirmLabel={t('picker.delete')}
          tone="danger"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const item = deleting;
            setDeleting(null);
            void catalog.remove(item.id);
          }}
        >
          <p>{t('picker.deleteWhat')}</p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
