import { useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { REQUEST_LIMITS } from '../../../../shared/capabilities';
import { usesCustomShots } from '../../../../shared/capabilities/fields';
import type { CatalogItem } from '../../../../shared/catalog';
import { selectPickActions, useComposerStore } from '../../stores/composer-store';
import { CatalogPicker } from './CatalogPicker';
import type { ComposerView } from './composer-view';
import { FieldNote, NO_REASON, noteIds } from './FieldNote';
import { insertTagAtPromptCursor } from './prompt-target';

interface ElementsFieldProps {
  view: ComposerView;
}

/**
 * Elements (saved characters and objects) for `element_list`: picking one adds it and writes
 * its `<<<element_n>>>` where the prompt's caret is, so the request names what it sends.
 */
export function ElementsField({ view }: ElementsFieldProps) {
  const { pickElement, removeElement } = useComposerStore(useShallow(selectPickActions));
  const id = useId();
  const [open, setOpen] = useState(false);
  const state = view.availability.elementList;
  const issue = view.fieldIssues['elementList'];
  const picked = view.inputs.elements;
  const max = REQUEST_LIMITS.elementList.max;
  const full = picked.length >= max ? `At most ${max} elements in one video.` : null;

  const pick = (item: CatalogItem) => {
    const tag = pickElement(item);
    if (tag) insertTagAtPromptCursor(tag, usesCustomShots(view.request));
  };

  return (
    <fieldset className="catalog-field" aria-describedby={noteIds(id, state, null)}>
      <legend>Elements</legend>
      <FieldNote id={id} state={state} issue={null} />
      {picked.length > 0 ? (
        <ol className="picked-list" aria-label="Chosen elements">
          {picked.map((item, index) => (
            <li key={String(item.id)} className="row row-between">
              <span>
                <code>{`<<<element_${index + 1}>>>`}</code> {item.name}
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove element ${index + 1}`}
                onClick={() => removeElement(item.id)}
              >
                Remove
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
          {open ? 'Close the element list' : 'Choose elements'}
        </button>
      ) : null}
      {open && state.enabled ? (
        <CatalogPicker
          kind="elements"
          noun="element"
          picked={picked}
          fullReason={full}
          onPick={pick}
        />
      ) : null}
      <FieldNote id={`${id}-list`} state={NO_REASON} issue={issue} />
    </fieldset>
  );
}
