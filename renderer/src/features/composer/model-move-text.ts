import { adjustForModel, fieldLabel } from '../../../../shared/capabilities';
import { MODEL_NAMES } from '../../../../shared/models';
import { inLanguage, t, type Language } from '../../i18n';
import type { ModelMove } from '../../stores/composer-request-slice';

/**
 * What a model change did, in the current language: the model the action moved to and why,
 * each model by the name people know it by ("Kling 2.5 Turbo"), not the id the API is sent,
 * then each value it dropped with the rule's reason ("Dropped: end frame — …"). The change is
 * judged again from the request before it, so the reasons are the rules' own words of now.
 * Empty when there is nothing to say. Worded in `language` (the window's), so a memo of the text
 * follows a switch.
 */
export function modelMoveText(move: ModelMove | null, language: Language): string {
  if (!move) return '';
  return inLanguage(language, () => worded(move));
}

function worded(move: ModelMove): string {
  const lead =
    move.previous === null
      ? ''
      : t('composer:model.changed', {
          next: MODEL_NAMES[move.model],
          previous: MODEL_NAMES[move.previous],
        });
  const dropped = adjustForModel(move.before, move.model)
    .dropped.map(({ field, reason }) =>
      t('composer:model.droppedField', { field: fieldLabel(field), reason }),
    )
    .join(t('composer:model.droppedSeparator'));
  const parts = [lead, dropped ? t('composer:model.dropped', { fields: dropped }) : ''];
  return parts.filter(Boolean).join(t('composer:model.sentenceSeparator'));
}
