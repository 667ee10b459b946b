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
import { conditionFix, describeCondition, describeDurations, listWords } from './wording';

/*
 * Why a setting cannot be used with the others, derived from the capability data. The
 * composer reads these to disable a control, validation to refuse a request.
 */

const FEATURES: Readonly<Record<Feature, { name: string; noun: string }>> = {
  endFrame: { name: 'end frame', noun: 'an end frame' },
  cameraControl: { name: 'camera control', noun: 'camera control' },
  generateAudio: { name: 'generated audio', noun: 'generated audio' },
  voices: { name: 'voices', noun: 'voices' },
};

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
  const { name, noun } = FEATURES[feature];
  if (rule === true) return null;
  if (rule === false) {
    const others = modelsOffering(feature, ctx.action, settings);
    const alternative = others.length > 0 ? ` or choose ${listWords(others)}` : '';
    return { reason: `${ctx.model} has no ${name}`, fix: `remove the ${name}${alternative}` };
  }
  const unmet = unmetConditions(rule.when, settings);
  if (unmet.mode === undefined && unmet.duration === undefined) return null;
  return {
    reason: `${ctx.model} allows ${noun} only ${describeCondition(rule.when)}`,
    fix: `${conditionFix(unmet)} or remove the ${name}`,
  };
}

function endFrameBlocker(ctx: RuleContext): Blocker | null {
  if (ctx.action !== 'image2video') {
    return {
      reason: 'An end frame needs image-to-video with a start frame',
      fix: 'switch to image-to-video or remove the end frame',
    };
  }
  const byModel = featureBlocker('endFrame', ctx);
  if (byModel) return byModel;
  const allowed = REQUEST_LIMITS.endFrameDurations;
  if (allowed.includes(settingsOf(ctx.values).duration)) return null;
  return {
    reason: `A video with an end frame is ${listWords(allowed)} s long`,
    fix: `choose ${listWords(allowed)} s or remove the end frame`,
  };
}

function cameraBlocker(ctx: RuleContext): Blocker | null {
  // image2video always has a start image, and the provider refuses a camera move with one.
  if (ctx.action !== 'text2video') {
    return {
      reason: 'Camera control does not work with a start frame',
      fix: 'use text-to-video or remove the camera control',
    };
  }
  return featureBlocker('cameraControl', ctx);
}

function referencesBlocker(ctx: RuleContext): Blocker | null {
  const caps = capabilitiesOf(ctx.model);
  if (!caps.references) {
    const others = MODEL_IDS.filter((id) => MODEL_CAPABILITIES[id].references);
    return {
      reason: `${ctx.model} takes no reference images or videos`,
      fix: `remove them or choose ${listWords(others)}`,
    };
  }
  if (ctx.action !== 'text2video') {
    return {
      reason: 'Reference images and videos work with text-to-video only',
      fix: 'switch to text-to-video or remove them',
    };
  }
  const { mode } = settingsOf(ctx.values);
  if (!OMNI_EXCLUDED_MODES.includes(mode)) return null;
  const modes = caps.modes.filter((m) => !OMNI_EXCLUDED_MODES.includes(m));
  return {
    reason: `Requests with reference images or videos cannot use ${mode} mode`,
    fix: `choose ${listWords(modes)} mode or remove the references`,
  };
}

type ModelFlag = 'negativePrompt' | 'cfgScale' | 'multiShot' | 'elements';

/** A yes/no capability of the model, with the models that have it as the way out. */
function flagBlocker(flag: ModelFlag, field: RuleField, ctx: RuleContext): Blocker | null {
  if (capabilitiesOf(ctx.model)[flag]) return null;
  const others = MODEL_IDS.filter(
    (id) => MODEL_CAPABILITIES[id][flag] && MODEL_CAPABILITIES[id].actions.includes(ctx.action),
  );
  const alternative = others.length > 0 ? ` or choose ${listWords(others)}` : '';
  const label = labelOf(field);
  return { reason: `${ctx.model} takes no ${label}`, fix: `remove the ${label}${alternative}` };
}

function audioBlocker(ctx: RuleContext): Blocker | null {
  // AceData Kling API docs (video_list): the video's own sound is used, so none is generated.
  if (inUse(ctx.values.videoList)) {
    return {
      reason: 'Audio is not generated when a reference video is given',
      fix: 'remove the generated audio or the reference video',
    };
  }
  return featureBlocker('generateAudio', ctx);
}

function voicesBlocker(ctx: RuleContext): Blocker | null {
  const byModel = featureBlocker('voices', ctx);
  if (byModel) return byModel;
  if (inUse(ctx.values.elementList)) {
    return {
      reason: 'Voices cannot be used together with elements',
      fix: 'remove the voices or the elements',
    };
  }
  if (ctx.values.generateAudio !== true) {
    return { reason: 'Voices speak only in generated audio', fix: 'turn on generated audio' };
  }
  return null;
}

function shotsBlocker(field: 'shotType' | 'multiPrompt', ctx: RuleContext): Blocker | null {
  const byModel = flagBlocker('multiShot', field, ctx);
  if (byModel) return byModel;
  if (ctx.values.multiShot !== true) {
    return {
      reason: `A ${labelOf(field)} needs a multi-shot storyboard`,
      fix: `turn on multi-shot or remove the ${labelOf(field)}`,
    };
  }
  if (field === 'multiPrompt' && ctx.values.shotType !== 'customize') {
    return {
      reason: 'Shots are written out only with the custom shot type',
      fix: 'choose custom shots or remove them',
    };
  }
  return null;
}

/** Why `field` cannot be used alongside the rest of the request, or null when it can. */
export function blockerFor(field: RuleField, ctx: RuleContext): Blocker | null {
  const label = labelOf(field);
  if (ctx.action === 'extend' && !EXTEND_ALLOWED.has(field)) {
    return { reason: `Extending a video takes no ${label}`, fix: `remove the ${label}` };
  }
  if (OMNI_EXCLUDED.has(field) && usesReferences(ctx.values)) {
    return {
      reason: `Requests with reference images or videos take no ${label}`,
      fix: `remove the ${label} or the references`,
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
      return { reason: 'Only extending uses a video id', fix: 'switch to extend or remove it' };
    case 'startImageUrl':
      if (ctx.action === 'image2video') return null;
      return {
        reason: 'Only image-to-video starts from an image',
        fix: 'switch to image-to-video or remove the start frame',
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
    const alternative = others.length > 0 ? `, or switch to ${listWords(others)}` : '';
    return {
      reason: `${model} has no ${mode} mode`,
      fix: `choose ${listWords(caps.modes)} mode${alternative}`,
    };
  }
  if (field === 'duration' && values.duration !== undefined) {
    if (caps.durations.includes(values.duration)) return null;
    const only = caps.durations.length === 1 ? ' only' : '';
    return {
      reason: `${model} makes videos of ${describeDurations(caps.durations)}${only}`,
      fix: `choose ${describeDurations(caps.durations)}`,
    };
  }
  const ratio = values.aspectRatio;
  if (field === 'aspectRatio' && ratio !== undefined && !caps.aspectRatios.includes(ratio)) {
    return {
      reason: `${model} has no ${ratio} aspect ratio`,
      fix: `choose ${listWords(caps.aspectRatios)}`,
    };
  }
  return null;
}
