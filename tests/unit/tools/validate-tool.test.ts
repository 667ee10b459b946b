import { describe, expect, it } from 'vitest';
import {
  lipSyncSourceProblem,
  toToolCall,
  validateToolRequest,
  type ToolRequest,
} from '../../../shared/tools';
import { TOOL_PATHS, toolProblem } from '../../fixtures/fake-acedata/tool-rules';

const IMAGE = 'https://cdn.example.com/face.png';
const VIDEO = 'https://cdn.example.com/dance.mp4';
const AUDIO = 'https://cdn.example.com/hello.mp3';
const SMILE = '\u{1F600}';

const MOTION: ToolRequest = {
  tool: 'motion',
  imageUrl: IMAGE,
  videoUrl: VIDEO,
  characterOrientation: 'image',
  mode: 'std',
};

/** Each row: a request, and the field the validator must name (null: it may be sent). */
const CASES: [name: string, request: ToolRequest, field: string | null][] = [
  ['motion with image, video, orientation and mode', MOTION, null],
  [
    'motion with every option',
    { ...MOTION, model: 'kling-v3', mode: 'pro', keepOriginalSound: true, prompt: 'a dancer' },
    null,
  ],
  ['motion without a character image URL', { ...MOTION, imageUrl: '' }, 'imageUrl'],
  ['motion with a file path as image', { ...MOTION, imageUrl: '/tmp/face.png' }, 'imageUrl'],
  ['motion without a motion video URL', { ...MOTION, videoUrl: 'dance.mp4' }, 'videoUrl'],
  ['motion with a prompt over 2500 characters', { ...MOTION, prompt: 'a'.repeat(2501) }, 'prompt'],
  ['lip-sync of a Kling clip', { tool: 'lip-sync', videoId: 'v_1', text: 'Hello' }, null],
  ['lip-sync of a video URL', { tool: 'lip-sync', videoUrl: VIDEO, text: 'Hello' }, null],
  ['lip-sync without a video', { tool: 'lip-sync', text: 'Hello' }, 'videoId'],
  [
    'lip-sync with both a clip and a URL',
    { tool: 'lip-sync', videoId: 'v_1', videoUrl: VIDEO, text: 'Hello' },
    'videoUrl',
  ],
  [
    'lip-sync with a non-web video URL',
    { tool: 'lip-sync', videoUrl: 'ftp://x/y.mp4', text: 'Hi' },
    'videoUrl',
  ],
  ['lip-sync without text', { tool: 'lip-sync', videoId: 'v_1', text: '  ' }, 'text'],
  [
    'lip-sync of exactly 120 characters, emoji counted once',
    { tool: 'lip-sync', videoId: 'v_1', text: SMILE.repeat(120) },
    null,
  ],
  [
    'lip-sync of 121 characters',
    { tool: 'lip-sync', videoId: 'v_1', text: 'a'.repeat(121) },
    'text',
  ],
  ['talking photo speaking text', { tool: 'talking-photo', imageUrl: IMAGE, text: 'Hi' }, null],
  [
    'talking photo speaking audio for 10 s',
    { tool: 'talking-photo', imageUrl: IMAGE, audioUrl: AUDIO, duration: 10 },
    null,
  ],
  ['talking photo without speech', { tool: 'talking-photo', imageUrl: IMAGE }, 'text'],
  [
    'talking photo with text and audio',
    { tool: 'talking-photo', imageUrl: IMAGE, text: 'Hi', audioUrl: AUDIO },
    'audioUrl',
  ],
  [
    'talking photo without a photo',
    { tool: 'talking-photo', imageUrl: '', text: 'Hi' },
    'imageUrl',
  ],
  [
    'talking photo of 7 s',
    { tool: 'talking-photo', imageUrl: IMAGE, text: 'Hi', duration: 7 },
    'duration',
  ],
  [
    'talking photo with 121 characters of text',
    { tool: 'talking-photo', imageUrl: IMAGE, text: 'a'.repeat(121) },
    'text',
  ],
  [
    'talking photo with a non-web audio URL',
    { tool: 'talking-photo', imageUrl: IMAGE, audioUrl: 'file:///a.mp3' },
    'audioUrl',
  ],
];

/**
 * Rules the app adds where the API notes leave it open: a talking photo speaks one thing (text
 * or audio), and its text has lip-sync's limit because it is lip-synced. The fake takes both.
 */
const APP_ONLY = new Set([
  'talking photo with text and audio',
  'talking photo with 121 characters of text',
]);

describe('the tool rules', () => {
  it.each(CASES)('%s', (_name, request, field) => {
    const issues = validateToolRequest(request);
    if (field === null) expect(issues).toEqual([]);
    else {
      expect(issues.map((issue) => issue.field)).toContain(field);
      // Every message says what to do after the colon.
      for (const issue of issues) expect(issue.message).toMatch(/: \S/);
    }
  });

  // The fake server's rules were written apart from the app's, from the same API notes: where
  // they can judge a request (the URL-only checks), both must agree.
  it.each(CASES.filter(([, request]) => request.tool !== 'motion' || request.prompt === undefined))(
    'agrees with the fake server on: %s',
    (_name, request, field) => {
      const { path, body } = toToolCall(request);
      const type = TOOL_PATHS[path as keyof typeof TOOL_PATHS];
      expect(type).toBe(request.tool);
      const refused = toolProblem(type, body) !== null;
      if (!APP_ONLY.has(_name)) expect(refused).toBe(field !== null);
    },
  );
});

describe('the tool request bodies', () => {
  it('sends motion with the provider names and keep sound as yes or no', () => {
    const call = toToolCall({ ...MOTION, model: 'kling-v2-6', keepOriginalSound: false });
    expect(call).toEqual({
      path: '/kling/motion',
      body: {
        image_url: IMAGE,
        video_url: VIDEO,
        character_orientation: 'image',
        mode: 'std',
        model_name: 'kling-v2-6',
        keep_original_sound: 'no',
      },
    });
  });

  it('sends lip-sync with its video id and text only', () => {
    expect(toToolCall({ tool: 'lip-sync', videoId: 'v_9', text: 'Hi' })).toEqual({
      path: '/kling/lip-sync',
      body: { video_id: 'v_9', text: 'Hi' },
    });
  });

  it('sends a talking photo with image, audio and duration', () => {
    const call = toToolCall({
      tool: 'talking-photo',
      imageUrl: IMAGE,
      audioUrl: AUDIO,
      duration: 5,
    });
    expect(call).toEqual({
      path: '/kling/talking-photo',
      body: { image_url: IMAGE, audio_url: AUDIO, duration: 5 },
    });
  });
});

describe('which library clips lip-sync by id', () => {
  const now = Date.parse('2026-11-29T12:00:00Z');
  const day = 24 * 60 * 60_000;
  const made = (ago: number) => new Date(now - ago).toISOString();
  const rows: [string, Parameters<typeof lipSyncSourceProblem>[0], RegExp | null][] = [
    ['a 5 s clip of today', { videoId: 'v', durationSec: 5.041, createdAt: made(0) }, null],
    ['a 10 s clip of 29 days', { videoId: 'v', durationSec: 10, createdAt: made(29 * day) }, null],
    [
      'a clip without a video id',
      { videoId: null, durationSec: 5, createdAt: made(0) },
      /video id/,
    ],
    ['a 7 s clip', { videoId: 'v', durationSec: 7, createdAt: made(0) }, /5 or 10 s/],
    [
      'a clip of unknown length',
      { videoId: 'v', durationSec: null, createdAt: made(0) },
      /5 or 10/,
    ],
    ['a clip of 30 days', { videoId: 'v', durationSec: 5, createdAt: made(30 * day) }, /30 days/],
  ];
  it.each(rows)('%s', (_name, clip, expected) => {
    const problem = lipSyncSourceProblem(clip, now);
    if (expected === null) expect(problem).toBeNull();
    else expect(problem).toMatch(expected);
  });
});
