export {
  ASPECT_RATIOS,
  CAMERA_AXES,
  CAMERA_TYPES,
  EXTEND_FIELDS,
  MODEL_CAPABILITIES,
  MODES,
  OMNI_EXCLUDED_FIELDS,
  OMNI_EXCLUDED_MODES,
  REQUEST_DEFAULTS,
  REQUEST_LIMITS,
  capabilitiesOf,
  modelsFor,
  ruleAllows,
} from './model-capabilities';
export type {
  AspectRatio,
  CameraAxis,
  CameraType,
  Condition,
  Feature,
  FeatureRule,
  Mode,
  ModelCapabilities,
  RequestLimits,
  Settings,
} from './model-capabilities';
export {
  CameraControlSchema,
  ImageReferenceSchema,
  VideoReferenceSchema,
  VideoRequestSchema,
  toApiBody,
} from './video-request';
export type {
  CameraControl,
  ImageReference,
  VideoReference,
  VideoRequest,
  VideoRequestInput,
} from './video-request';
export { validateVideoRequest } from './validate';
export type { ValidationIssue } from './validate';
export { COMPOSER_FIELDS, fieldLabel } from './fields';
export type { ComposerField, RequestValues } from './fields';
export { adjustForModel, fieldAvailability, optionsFor } from './availability';
export type { ComposerOptions, ComposerValues, FieldState, ModelChange } from './availability';
