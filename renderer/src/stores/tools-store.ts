import { create } from 'zustand';
import type { Clip, ToolKind } from '../../../shared/domain';
import type { VideoFileFacts } from '../../../shared/capabilities/reference-video-file';
import type { CharacterOrientation, MotionModel, MotionMode } from '../../../shared/tools';

/** A local video published as the tool's video URL: its name and what main read from it. */
export interface ToolVideoFile {
  name: string;
  facts: VideoFileFacts;
}

/** What the motion control form holds; the character image is the composer's tool image. */
export interface MotionDraft {
  videoUrl: string;
  /** The local file behind `videoUrl`, while the URL is the one it was published to. */
  videoFile: ToolVideoFile | null;
  orientation: CharacterOrientation;
  model: MotionModel;
  mode: MotionMode;
  keepSound: boolean;
  prompt: string;
}

/** Lip-sync speaks over a library clip (chosen from the clip's own button) or a video address. */
export interface LipSyncDraft {
  clip: Clip | null;
  videoUrl: string;
  /** The local file behind `videoUrl`, while the URL is the one it was published to. */
  videoFile: ToolVideoFile | null;
  text: string;
}

export interface TalkingPhotoDraft {
  speech: 'text' | 'audio';
  text: string;
  audioUrl: string;
  duration: 5 | 10;
}

/** The tool modes of the composer: which tool is open and what its form holds (UI state only). */
export interface ToolsState {
  /** Null while the composer makes videos. */
  mode: ToolKind | null;
  motion: MotionDraft;
  lipSync: LipSyncDraft;
  talkingPhoto: TalkingPhotoDraft;
  setMode: (mode: ToolKind | null) => void;
  patchMotion: (change: Partial<MotionDraft>) => void;
  patchLipSync: (change: Partial<LipSyncDraft>) => void;
  patchTalkingPhoto: (change: Partial<TalkingPhotoDraft>) => void;
  /** Opens lip-sync over this library clip. */
  startLipSync: (clip: Clip) => void;
}

export const useToolsStore = create<ToolsState>()((set) => ({
  mode: null,
  motion: {
    videoUrl: '',
    videoFile: null,
    orientation: 'image',
    model: 'kling-v2-6',
    mode: 'std',
    keepSound: true,
    prompt: '',
  },
  lipSync: { clip: null, videoUrl: '', videoFile: null, text: '' },
  talkingPhoto: { speech: 'text', text: '', audioUrl: '', duration: 5 },
  setMode: (mode) => set({ mode }),
  patchMotion: (change) => set((state) => ({ motion: { ...state.motion, ...change } })),
  patchLipSync: (change) => set((state) => ({ lipSync: { ...state.lipSync, ...change } })),
  patchTalkingPhoto: (change) =>
    set((state) => ({ talkingPhoto: { ...state.talkingPhoto, ...change } })),
  startLipSync: (clip) =>
    set((state) => ({
      mode: 'lip-sync',
      lipSync: { ...state.lipSync, clip, videoUrl: '', videoFile: null },
    })),
}));

export function selectToolMode(state: ToolsState): ToolKind | null {
  return state.mode;
}

export function selectSetToolMode(state: ToolsState): ToolsState['setMode'] {
  return state.setMode;
}

export function selectStartLipSync(state: ToolsState): ToolsState['startLipSync'] {
  return state.startLipSync;
}
