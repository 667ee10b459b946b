import type { Action } from '../domain';
import { MODEL_IDS } from '../models';
import type { ModelId } from '../models';
import {
  capabilitiesOf,
  EXTEND_FIELDS,
  MODEL_CAPABILITIES,
  OMNI_EXCLUDED_FIELDS,
  OMNI_EXCLUDED_MODES,
  REQUEST_LIMITS,
  ruleAllows,
  unmetConditions,
} from './model-capabilities';
import type { Feature, Settings } from './model-capabilities';
import { inUse, labelOf, settingsOf, usesReferences } from './fields';
import type { Blocker, RequestValues, RuleContext, RuleField } from './fields';
import {
  conditionFix,
  describeCondition,
  describeDurations,
  listModes,
  listWords,
  modeWord,
} from './wording';
import { ruleText } from '../rule-text';

/*
 * Why a setting cannot be used with the others, derived from the capability data. The
 * composer reads these to disable a control, validation to refuse a request.
 */

/** A feature's name ("end frame") and the same with its article ("an end frame"). */
function featureWords(feature: Feature): { name: string; noun: string } {
  return {
    name: ruleText(`rules:feature.${feature}.name`),
    noun: ruleText(`rules:feature.${feature}.noun`),
  };
}

// The callback is how the result is delivered, not a generation setting, so extend keeps it.
const EXTEND_ALLOWED: ReadonlySet<string> = new Set([...EXTEND_FIELDS, 'callbackUrl']);
const OMNI_EXCLUDED: ReadonlySet<string> = new Set(OMNI_EXCLUDED_FIELDS);

/** Models worth suggesting: those that offer the feature outright, else under these settings. */
function modelsOffering(feature: Feature, action: Action, settings: Settings): ModelId[] {
  const able = MODEL_IDS.filter((id) => MODEL_CAPABILITIES[id].actions.includes(action));
  const outright = able.filter((id) => MODEL_CAPABILITIES[id][feature] === true);
  if (outright.length > 0) return outright;
  return able.filter((id) => ruleAllows(MODEL_CAPABILITIES[id][feature], settings));
}

function featureBlocker(feature: Feature, ctx: RuleContext): Blocker | null {
  const rule = capabilitiesOf(ctx.model)[feature];
  const settings = settingsOf(ctx.values);
  if (rule === true) return null;
  const { name, noun } = featureWords(feature);
  if (rule === false) {
    const others = modelsOffering(feature, ctx.action, settings);
    return {
      reason: ruleText('rules:blocker.noFeature', { model: ctx.model, feature: name }),
      fix:
        others.length > 0
          ? ruleText('rules:blocker.removeFeatureOrChoose', {
              feature: name,
              models: listWords(others),
            })
          : ruleText('rules:blocker.removeFeature', { feature: name }),
    };
  }
  const unmet = unmetConditions(rule.when, settings);
  if (unmet.mode === undefined && unmet.duration === undefined) return null;
  const condition = describeCondition(rule.when);
  return {
    reason: ruleText('rules:blocker.featureOnlyWhen', {
      model: ctx.model,
      feature: noun,
      condition,
    }),
    fix: ruleText('rules:blocker.fixOrRemoveFeature', { fix: conditionFix(unmet), feature: name }),
  };
}

function endFrameBlocker(ctx: RuleContext): Blocker | null {
  if (ctx.action !== 'image2video') {
    return {
      reason: ruleText('rules:blocker.endFrameNeedsImage'),
      fix: ruleText('rules:blocker.endFrameNeedsImageFix'),
    };
  }
  const byModel = featureBlocker('endFrame', ctx);
  if (byModel) return byModel;
  const allowed = REQUEST_LIMITS.endFrameDurations;
  if (allowed.includes(settingsOf(ctx.values).duration)) return null;
  const durations = listWords(allowed);
  return {
    reason: ruleText('rules:blocker.endFrameDurations', { durations }),
    fix: ruleText('rules:blocker.endFrameDurationsFix', { durations }),
  };
}

function cameraBlocker(ctx: RuleContext): Blocker | null {
  // image2video always has a start image, and the provider refuses a camera move with one.
  if (ctx.action !== 'text2video') {
    return {
      reason: ruleText('rules:blocker.cameraWithStartFrame'),
      fix: ruleText('rules:blocker.cameraWithStartFrameFix'),
    };
  }
  return featureBlocker('cameraControl', ctx);
}

function referencesBlocker(ctx: RuleContext): Blocker | null {
  const caps = capabilitiesOf(ctx.model);
  if (!caps.references) {
    const others = MODEL_IDS.filter((id) => MODEL_CAPABILITIES[id].references);
    return {
      reason: ruleText('rules:blocker.noReferences', { model: ctx.model }),
      fix: ruleText('rules:blocker.noReferencesFix', { models: listWords(others) }),
    };
  }
  if (ctx.action !== 'text2video') {
    return {
      reason: ruleText('rules:blocker.referencesTextOnly'),
      fix: ruleText('rules:blocker.referencesTextOnlyFix'),
    };
  }
  const { mode } = settingsOf(ctx.values);
  if (!OMNI_EXCLUDED_MODES.includes(mode)) return null;
  const modes = caps.modes.filter((m) => !OMNI_EXCLUDED_MODES.includes(m));
  return {
    reason: ruleText('rules:blocker.referencesMode', { mode: modeWord(mode) }),
    fix: ruleText('rules:blocker.referencesModeFix', { modes: listModes(modes) }),
  };
}

type ModelFlag = 'negativePrompt' | 'cfgScale' | 'multiShot' | 'elements';

/** A yes/no capability of the model, with the models that have it as the way out. */
function flagBlocker(flag: ModelFlag, field: RuleField, ctx: RuleContext): Blocker | null {
  if (capabilitiesOf(ctx.model)[flag]) return null;
  const others = MODEL_IDS.filter(
    (id) => MODEL_CAPABILITIES[id][flag] && MODEL_CAPABILITIES[id].actions.includes(ctx.action),
  );
  const label = labelOf(field);
  return {
    reason: ruleText('rules:blocker.noField', { model: ctx.model, field: label }),
    fix:
      others.length > 0
        ? ruleText('rules:blocker.removeFieldOrChoose', { field: label, models: listWords(others) })
        : ruleText('rules:blocker.removeField', { field: label }),
  };
}

function audioBlocker(ctx: RuleContext): Blocker | null {
  // AceData Kling API docs (video_list): the video's own sound is used, so none is generated.
  if (inUse(ctx.values.videoList)) {
    return {
      reason: ruleText('rules:blocker.audioWithVideo'),
      fix: ruleText('rules:blocker.audioWithVideoFix'),
    };
  }
  return featureBlocker('generateAudio', ctx);
}

function voicesBlocker(ctx: RuleContext): Blocker | null {
  const byModel = featureBlocker('voices', ctx);
  if (byModel) return byModel;
  if (inUse(ctx.values.elementList)) {
    return {
      reason: ruleText('rules:blocker.voicesWithElements'),
      fix: ruleText('rules:blocker.voicesWithElementsFix'),
    };
  }
  if (ctx.values.generateAudio !== true) {
    return {
      reason: ruleText('rules:blocker.voicesNeedAudio'),
      fix: ruleText('rules:blocker.voicesNeedAudioFix'),
    };
  }
  return null;
}

function shotsBlocker(field: 'shotType' | 'multiPrompt', ctx: RuleContext): Blocker | null {
  const byModel = flagBlocker('multiShot', field, ctx);
  if (byModel) return byModel;
  if (ctx.values.multiShot !== true) {
    const label = labelOf(field);
    return {
      reason: ruleText('rules:blocker.needsMultiShot', { field: label }),
      fix: ruleText('rules:blocker.needsMultiShotFix', { field: label }),
    };
  }
  if (field === 'multiPrompt' && ctx.values.shotType !== 'customize') {
    return {
      reason: ruleText('rules:blocker.shotsNeedCustom'),
      fix: ruleText('rules:blocker.shotsNeedCustomFix'),
    };
  }
  return null;
}

/** Why `field` cannot be used alongside the rest of the request, or null when it can. */
export function blockerFor(field: RuleField, ctx: RuleContext): Blocker | null {
  if (ctx.action === 'extend' && !EXTEND_ALLOWED.has(field)) {
    const label = labelOf(field);
    return {
      reason: ruleText('rules:blocker.extendTakesNo', { field: label }),
      fix: ruleText('rules:blocker.removeField', { field: label }),
    };
  }
  if (OMNI_EXCLUDED.has(field) && usesReferences(ctx.values)) {
    const label = labelOf(field);
    return {
      reason: ruleText('rules:blocker.referencesTakeNo', { field: label }),
      fix: ruleText('rules:blocker.referencesTakeNoFix', { field: label }),
    };
  }
  switch (field) {
    case 'negativePrompt':
      return flagBlocker('negativePrompt', field, ctx);
    case 'cfgScale':
      return flagBlocker('cfgScale', field, ctx);
    case 'elementList':
      return flagBlocker('elements', field, ctx);
    case 'multiShot':
      return flagBlocker('multiShot', field, ctx);
    case 'shotType':
    case 'multiPrompt':
      return shotsBlocker(field, ctx);
    case 'voiceList':
      return voicesBlocker(ctx);
    case 'videoId':
      if (ctx.action === 'extend') return null;
      return {
        reason: ruleText('rules:blocker.videoIdOnlyExtend'),
        fix: ruleText('rules:blocker.videoIdOnlyExtendFix'),
      };
    case 'startImageUrl':
      if (ctx.action === 'image2video') return null;
      return {
        reason: ruleText('rules:blocker.startFrameOnlyImage'),
        fix: ruleText('rules:blocker.startFrameOnlyImageFix'),
      };
    case 'endImageUrl':
      return endFrameBlocker(ctx);
    case 'cameraControl':
      return cameraBlocker(ctx);
    case 'generateAudio':
      return audioBlocker(ctx);
    case 'imageList':
    case 'videoList':
      return referencesBlocker(ctx);
    default:
      return null;
  }
}

/** Why a mode, duration or aspect ratio is not one the model offers, or null when it is. */
export function optionBlocker(
  field: RuleField,
  values: RequestValues,
  model: ModelId,
): Blocker | null {
  const caps = capabilitiesOf(model);
  if (field === 'mode' && values.mode !== undefined && !caps.modes.includes(values.mode)) {
    const mode = values.mode;
    const others = MODEL_IDS.filter((id) => MODEL_CAPABILITIES[id].modes.includes(mode));
    const modes = listModes(caps.modes);
    return {
      reason: ruleText('rules:blocker.noMode', { model, mode: modeWord(mode) }),
      fix:
        others.length > 0
          ? ruleText('rules:blocker.chooseModesOrModels', { modes, models: listWords(others) })
          : ruleText('rules:blocker.chooseModes', { modes }),
    };
  }
  if (field === 'duration' && values.duration !== undefined) {
    if (caps.durations.includes(values.duration)) return null;
    const durations = describeDurations(caps.durations);
    const key = caps.durations.length === 1 ? 'durationsOnly' : 'durations';
    return {
      reason: ruleText(`rules:blocker.${key}`, { model, durations }),
      fix: ruleText('rules:blocker.chooseDurations', { durations }),
    };
  }
  const ratio = values.aspectRatio;
  if (field === 'aspectRatio' && ratio !== undefined && !caps.aspectRatios.includes(ratio)) {
    return {
      reason: ruleText('rules:blocker.noRatio', { model, ratio }),
      fix: ruleText('rules:blocker.chooseRatios', { ratios: listWords(caps.aspectRatios) }),
    };
  }
  return null;
}
