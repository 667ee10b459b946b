import {
  COMPOSER_FIELDS,
  fieldAvailability,
  optionsFor,
  validateVideoRequest,
  type ComposerField,
  type ComposerOptions,
  type FieldState,
  type ValidationIssue,
  type VideoRequest,
} from '../../../../shared/capabilities';
import { fieldLabel, inUse } from '../../../../shared/capabilities/fields';
import {
  heldRequest,
  isMissingInput,
  usableRequest,
  type ComposerInputs,
} from '../../stores/composer-request';
import { formatList, inLanguage, t, type Language } from '../../i18n';

/** Everything the composer shows, derived from the store's inputs in one place. */
export interface ComposerView {
  inputs: ComposerInputs;
  /** What Generate would send (for extend with the parent's video id, for validation). */
  request: VideoRequest;
  availability: Record<ComposerField, FieldState>;
  options: ComposerOptions;
  /** Every issue, for Generate's description. */
  issues: ValidationIssue[];
  /** Issues shown beside their field: all but the inputs a fresh composer is still missing. */
  fieldIssues: Partial<Record<string, string>>;
}

/**
 * The composer's view of `inputs`, its reasons and issues worded in `language` (the window's):
 * the words are part of the view, so a language switch makes a new one.
 */
export function deriveView(inputs: ComposerInputs, language: Language): ComposerView {
  return inLanguage(language, () => {
    const { request, availability } = usableRequest(heldRequest(inputs));
    const issues = validateVideoRequest(request);
    const fieldIssues: Partial<Record<string, string>> = {};
    for (const issue of issues) {
      if (isMissingInput(issue, request)) continue;
      fieldIssues[issue.field] = [fieldIssues[issue.field], issue.message]
        .filter(Boolean)
        .join(' ');
    }
    return {
      inputs,
      request,
      availability,
      options: optionsFor(inputs.model, inputs.action, request),
      issues,
      fieldIssues,
    };
  });
}

/**
 * Why a mode or duration the model has is not offered: choosing it would switch off something
 * already set. Null when the option is offered.
 */
export function optionNote(view: ComposerView, patch: Partial<VideoRequest>): string | null {
  const after = fieldAvailability({ ...view.request, ...patch });
  const lost = COMPOSER_FIELDS.filter(
    (field) =>
      inUse(view.request[field]) && view.availability[field].enabled && !after[field].enabled,
  );
  if (lost.length === 0) return null;
  return t('composer:options.wouldSwitchOff', { fields: formatList(lost.map(fieldLabel)) });
}
