import { useEffect, useId, useState } from 'react';
import type { CatalogItem, CatalogKind } from '../../../../shared/catalog';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useCatalog } from '../../query/use-catalog';

interface CatalogPickerProps {
  kind: CatalogKind;
  /** "element" or "voice", in button names: "Use element Red fox". */
  noun: string;
  picked: readonly CatalogItem[];
  /** Why nothing more can be picked (the list is full), or null. */
  fullReason: string | null;
  onPick: (item: CatalogItem) => void;
}

function fetchedWords(fetchedAt: string | null): string {
  if (fetchedAt === null) return 'Not fetched from AceData yet.';
  return `Fetched ${new Date(fetchedAt).toLocaleString()}.`;
}

/**
 * The account's presets and own items of one kind, from main's cache at once, refreshed from
 * AceData when it opens. Own items can be viewed and deleted; presets only viewed.
 */
export function CatalogPicker({ kind, noun, picked, fullReason, onPick }: CatalogPickerProps) {
  const catalog = useCatalog(kind);
  const { refresh } = catalog;
  const id = useId();
  const [viewing, setViewing] = useState<CatalogItem['id'] | null>(null);
  const [deleting, setDeleting] = useState<CatalogItem | null>(null);
  // Once per opening: the cached list is already on screen while AceData answers.
  useEffect(() => refresh(), []); // eslint-disable-line react-hooks/exhaustive-deps

  const items = catalog.list?.items ?? [];
  const groups = [
    { title: 'Your own', source: 'own' as const },
    { title: 'Presets', source: 'preset' as const },
  ];
  const problem = catalog.list?.problem ?? catalog.error;

  return (
    <div className="catalog-picker stack">
      <div className="row row-between">
        <p className="hint" aria-live="polite">
          {catalog.refreshing ? 'Checking AceData…' : fetchedWords(catalog.list?.fetchedAt ?? null)}
        </p>
        <button
          type="button"
          className="button button-small"
          disabled={catalog.refreshing}
          onClick={refresh}
        >
          Refresh
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
              <p className="hint">None.</p>
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
                            aria-label={`View ${noun} ${item.name}`}
                            aria-expanded={open}
                            onClick={() => setViewing(open ? null : item.id)}
                          >
                            View
                          </button>
                          {source === 'own' ? (
                            <button
                              type="button"
                              className="button button-small"
                              aria-label={`Delete ${noun} ${item.name}`}
                              onClick={() => setDeleting(item)}
                            >
                              Delete
                            </button>
                          ) : null}
                          <button
                            type="button"
                            className="button button-small button-primary"
                            aria-label={`Use ${noun} ${item.name}`}
                            disabled={!isPicked && fullReason !== null}
                            onClick={() => onPick(item)}
                          >
                            {isPicked ? 'Insert again' : 'Use'}
                          </button>
                        </span>
                      </div>
                      {open ? (
                        <dl className="catalog-details">
                          <dt>Id</dt>
                          <dd>
                            <code>{String(item.id)}</code>
                          </dd>
                          <dt>Kind</dt>
                          <dd>{source === 'own' ? 'Made on this account' : 'Preset'}</dd>
                          <dt>Preview</dt>
                          <dd>{item.previewUrl ?? 'none given'}</dd>
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
          title={`Delete the ${noun} "${deleting.name}"?`}
          confirmLabel="Delete"
          tone="danger"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const item = deleting;
            setDeleting(null);
            void catalog.remove(item.id);
          }}
        >
          <p>
            It is deleted from your AceData account, for every app that uses it. Clips already made
            with it stay as they are.
          </p>
        </ConfirmDialog>
      ) : null}
    </div>
  );
}
