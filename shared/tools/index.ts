export {
  CHARACTER_ORIENTATIONS,
  MOTION_MODELS,
  MOTION_MODES,
  TOOL_ENDPOINTS,
  TOOL_LABELS,
  TOOL_LIMITS,
  toolLabel,
  TOOL_VIDEO_LIMITS,
} from './tool-rules';
export { ToolVideoUseSchema, toolVideoFileProblem } from './tool-video-file';
export type { ToolVideoUse } from './tool-video-file';
export type { CharacterOrientation, MotionModel, MotionMode } from './tool-rules';
export {
  LipSyncRequestSchema,
  MotionRequestSchema,
  TalkingPhotoRequestSchema,
  ToolRequestSchema,
  toToolCall,
} from './tool-request';
export type {
  LipSyncRequest,
  MotionRequest,
  TalkingPhotoRequest,
  ToolRequest,
} from './tool-request';
export { lipSyncSourceProblem, validateToolRequest } from './validate-tool';
export type { LipSyncSource } from './validate-tool';
