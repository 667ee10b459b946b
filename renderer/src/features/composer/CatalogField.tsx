import { useId, useState, type ReactNode } from 'react';
import { usesCustomShots } from '../../../../shared/capabilities/fields';
import type { CatalogItem } from '../../../../shared/catalog';
import { useTranslation } from '../../i18n';
import { CatalogPicker } from './CatalogPicker';
import type { ComposerView } from './composer-view';
import { FieldNote, NO_REASON, noteIds } from './FieldNote';
import { insertTagAtPromptCursor } from './prompt-target';

/** What tells an element field from a voice field; the rest of the field is the same. */
export interface CatalogFieldSpec {
  kind: 'elements' | 'voices';
  /** Singular, as in "element 2" and `<<<element_2>>>`. */
  noun: 'element' | 'voice';
  field: 'elementList' | 'voiceList';
  picked: readonly CatalogItem[];
  max: number;
  /** Adds the item to the request and answers its prompt tag, or null when it was refused. */
  pick: (item: CatalogItem) => string | null;
  remove: (id: CatalogItem['id']) => void;
  /** Shown above the list while it is open (voices: making a voice from a sample). */
  extra?: ReactNode;
}

interface CatalogFieldProps {
  view: ComposerView;
  spec: CatalogFieldSpec;
}

/**
 * A catalog list for the request (`element_list` or `voice_list`): the chosen items with their
 * prompt tags, a picker over the cached list, and the rule's reason when the field is off.
 * Picking writes the item's `<<<noun_n>>>` at the prompt's caret, so the request names it.
 */
export function CatalogField({ view, spec }: CatalogFieldProps) {
  const { kind, noun, field, picked, max } = spec;
  const id = useId();
  const { t } = useTranslation(['composer', 'making']);
  const [open, setOpen] = useState(false);
  const state = view.availability[field];
  const issue = view.fieldIssues[field];
  const full = picked.length >= max ? t(`catalog.full.${kind}`, { count: max }) : null;

  const pick = (item: CatalogItem) => {
    const tag = spec.pick(item);
    if (tag) insertTagAtPromptCursor(tag, usesCustomShots(view.request));
  };

  return (
    <fieldset className="catalog-field" aria-describedby={noteIds(id, state, null)}>
      <legend>{t(`catalog.legend.${kind}`)}</legend>
      <FieldNote id={id} state={state} issue={null} />
      {picked.length > 0 ? (
        <ol className="picked-list" aria-label={t(`catalog.chosen.${kind}`)}>
          {picked.map((item, index) => (
            <li key={String(item.id)} className="row row-between">
              <span>
                <code>{`<<<${noun}_${index + 1}>>>`}</code>{' '}
                {/* A pick put back by "Use these settings" that the list no longer has. */}
                {item.name || t(`making:remix.${noun}`, { id: item.id })}
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={t(`catalog.removeName.${noun}`, { position: index + 1 })}
                onClick={() => spec.remove(item.id)}
              >
                {t('catalog.remove')}
              </button>
            </li>
          ))}
        </ol>
      ) : null}
      {state.enabled ? (
        <button
          type="button"
          className="button button-small"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t(`catalog.close.${noun}`) : t(`catalog.open.${kind}`)}
        </button>
      ) : null}
      {open && state.enabled ? (
        <>
          {spec.extra}
          <CatalogPicker kind={kind} noun={noun} picked={picked} fullReason={full} onPick={pick} />
        </>
      ) : null}
      <FieldNote id={`${id}-list`} state={NO_REASON} issue={issue} />
    </fieldset>
  );
}
