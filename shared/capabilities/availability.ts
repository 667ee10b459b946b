import type { Action } from '../domain';
import type { ModelId } from '../models';
import { blockerFor, optionBlocker } from './field-rules';
import { COMPOSER_FIELDS, inUse, RULE_FIELDS } from './fields';
import type { ComposerField, RequestValues, RuleContext, RuleField } from './fields';
import { capabilitiesOf } from './model-capabilities';
import type { AspectRatio, Mode } from './model-capabilities';
import { ruleText } from '../rule-text';

export interface FieldState {
  enabled: boolean;
  /** Why the control is disabled, in words for the user; null when enabled. */
  reason: string | null;
}

export type ComposerValues = RequestValues & { model: ModelId; action: Action };

/** Which composer controls apply to the current choices, and why the others do not. */
export function fieldAvailability(values: ComposerValues): Record<ComposerField, FieldState> {
  const ctx: RuleContext = { model: values.model, action: values.action, values };
  const states: Partial<Record<ComposerField, FieldState>> = {};
  for (const field of COMPOSER_FIELDS) {
    const blocker = blockerFor(field, ctx);
    states[field] = blocker
      ? { enabled: false, reason: blocker.reason }
      : { enabled: true, reason: null };
  }
  // Nothing to choose: the request leaves the switch out and the model makes sound anyway.
  if (capabilitiesOf(values.model).audioAlwaysOn) {
    states.generateAudio = {
      enabled: false,
      reason: ruleText('rules:blocker.alwaysSound', { model: values.model }),
    };
  }
  return states as Record<ComposerField, FieldState>;
}

export interface ComposerOptions {
  modes: Mode[];
  durations: number[];
  /** Empty when the action takes no aspect ratio (extend). */
  aspectRatios: AspectRatio[];
}

/** Fields in use that the rules currently accept. */
function acceptedFields(ctx: RuleContext): RuleField[] {
  return RULE_FIELDS.filter((field) => inUse(ctx.values[field]) && blockerFor(field, ctx) === null);
}

/**
 * The choices for the selects. An option that would switch off something already set (an end
 * frame needs 5 s, references rule out 4k…) is left out, so picking from the list never breaks
 * the rest of the request.
 */
export function optionsFor(
  model: ModelId,
  action: Action,
  values: RequestValues = {},
): ComposerOptions {
  const caps = capabilitiesOf(model);
  const ctx: RuleContext = { model, action, values };
  const accepted = acceptedFields(ctx);
  const keepsAccepted = (patch: RequestValues): boolean => {
    const next: RuleContext = { model, action, values: { ...values, ...patch } };
    return accepted.every((field) => blockerFor(field, next) === null);
  };
  const takesRatio = blockerFor('aspectRatio', ctx) === null;
  return {
    modes: caps.modes.filter((mode) => keepsAccepted({ mode })),
    durations: caps.durations.filter((duration) => keepsAccepted({ duration })),
    aspectRatios: takesRatio ? [...caps.aspectRatios] : [],
  };
}

export interface ModelChange {
  values: RequestValues;
  dropped: { field: string; reason: string }[];
}

const OPTION_FIELDS = ['mode', 'duration', 'aspectRatio'] as const;

/**
 * Moves the composer's values to another model: everything the new model still accepts is
 * kept; what it refuses is removed and reported. Nothing is replaced by a default behind the
 * user's back. Values that were already refused before the switch are left for validation to
 * report, and the action is never changed (offer only `modelsFor(action)` to avoid that case).
 */
export function adjustForModel(values: RequestValues, newModel: ModelId): ModelChange {
  const action = values.action ?? 'text2video';
  const oldModel = values.model;
  const next: RequestValues = { ...values, model: newModel };
  const dropped: ModelChange['dropped'] = [];

  // Options go first: a dropped mode or duration falls back to the provider's default, and
  // the features below are then judged by that default.
  for (const field of OPTION_FIELDS) {
    const now = optionBlocker(field, next, newModel);
    if (!now || (oldModel && optionBlocker(field, values, oldModel))) continue;
    delete next[field];
    dropped.push({ field, reason: now.reason });
  }
  for (const field of RULE_FIELDS) {
    if (!inUse(next[field])) continue;
    const now = blockerFor(field, { model: newModel, action, values: next });
    if (!now) continue;
    if (oldModel && blockerFor(field, { model: oldModel, action, values })) continue;
    delete next[field];
    dropped.push({ field, reason: now.reason });
  }
  return { values: next, dropped };
}
