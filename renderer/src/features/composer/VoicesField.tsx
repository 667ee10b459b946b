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
import { VoiceCreateForm } from './VoiceCreateForm';

interface VoicesFieldProps {
  view: ComposerView;
}

/**
 * Voices for `voice_list`, offered only where the rules allow them (kling-v2-6 in pro mode with
 * generated audio, no elements); elsewhere the reason stays on screen. Picking one writes its
 * `<<<voice_n>>>` at the prompt's caret.
 */
export function VoicesField({ view }: VoicesFieldProps) {
  const { pickVoice, removeVoice } = useComposerStore(useShallow(selectPickActions));
  const id = useId();
  const [open, setOpen] = useState(false);
  const state = view.availability.voiceList;
  const issue = view.fieldIssues['voiceList'];
  const picked = view.inputs.voices;
  const max = REQUEST_LIMITS.voiceList.max;
  const full = picked.length >= max ? `At most ${max} voices in one video.` : null;

  const pick = (item: CatalogItem) => {
    const tag = pickVoice(item);
    if (tag) insertTagAtPromptCursor(tag, usesCustomShots(view.request));
  };

  return (
    <fieldset className="catalog-field" aria-describedby={noteIds(id, state, null)}>
      <legend>Voices</legend>
      <FieldNote id={id} state={state} issue={null} />
      {picked.length > 0 ? (
        <ol className="picked-list" aria-label="Chosen voices">
          {picked.map((item, index) => (
            <li key={String(item.id)} className="row row-between">
              <span>
                <code>{`<<<voice_${index + 1}>>>`}</code> {item.name}
              </span>
              <button
                type="button"
                className="button button-small"
                aria-label={`Remove voice ${index + 1}`}
                onClick={() => removeVoice(item.id)}
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
          {open ? 'Close the voice list' : 'Choose voices'}
        </button>
      ) : null}
      {open && state.enabled ? (
        <>
          <VoiceCreateForm />
          <CatalogPicker
            kind="voices"
            noun="voice"
            picked={picked}
            fullReason={full}
            onPick={pick}
          />
        </>
      ) : null}
      <FieldNote id={`${id}-list`} state={NO_REASON} issue={issue} />
    </fieldset>
  );
}
