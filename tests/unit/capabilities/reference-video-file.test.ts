import { describe, expect, test } from 'vitest';
import {
  referenceVideoFileProblem,
  type VideoFileFacts,
} from '../../../shared/capabilities/reference-video-file';
import type { ModelId } from '../../../shared/models';

const GOOD: VideoFileFacts = {
  container: 'mp4',
  durationSec: 5,
  fps: 30,
  width: 1280,
  height: 720,
  sizeBytes: 20 * 1024 * 1024,
};

describe('a local reference video, checked per model', () => {
  test.each<[string, ModelId, Partial<VideoFileFacts>, string | null]>([
    ['a good MP4 on kling-v3-omni', 'kling-v3-omni', {}, null],
    ['a good MOV on kling-o1', 'kling-o1', { container: 'mov' }, null],
    ['a model without references', 'kling-v3', {}, 'kling-v3 takes no reference video'],
    [
      'a WebM',
      'kling-v3-omni',
      { container: 'webm' },
      'This video is WEBM; Kling takes MP4 or MOV only',
    ],
    [
      '201 MB',
      'kling-o1',
      { sizeBytes: 201 * 1024 * 1024 },
      'This video is 201.0 MB; Kling takes at most 200.0 MB',
    ],
    [
      '2.9 s',
      'kling-v3-omni',
      { durationSec: 2.9 },
      'This video lasts 2.9 s; kling-v3-omni takes 3–15.5 s',
    ],
    ['15.5 s on kling-v3-omni', 'kling-v3-omni', { durationSec: 15.5 }, null],
    [
      '12 s on kling-o1',
      'kling-o1',
      { durationSec: 12 },
      'This video lasts 12 s; kling-o1 takes 3–10 s',
    ],
    ['12 s on kling-v3-omni', 'kling-v3-omni', { durationSec: 12 }, null],
    [
      '23.98 fps',
      'kling-o1',
      { fps: 23.976 },
      'This video has 23.98 frames per second; Kling takes 24–60',
    ],
    ['60 fps', 'kling-o1', { fps: 60 }, null],
    [
      '120 fps',
      'kling-v3-omni',
      { fps: 120 },
      'This video has 120 frames per second; Kling takes 24–60',
    ],
    [
      'a short side of 699 px',
      'kling-o1',
      { width: 1280, height: 699 },
      'This video is 1280 × 699 px; kling-o1 takes sides of 700–2160 px',
    ],
    [
      '4K on kling-o1',
      'kling-o1',
      { width: 3840, height: 2160 },
      'This video is 3840 × 2160 px; kling-o1 takes sides of 700–2160 px',
    ],
    ['4K on kling-v3-omni', 'kling-v3-omni', { width: 3840, height: 2160 }, null],
    [
      'over the pixel budget',
      'kling-v3-omni',
      { width: 4000, height: 2100 },
      'This video is 4000 × 2100 px; kling-v3-omni takes at most 8,294,400 pixels',
    ],
    [
      'too wide for kling-v3-omni',
      'kling-v3-omni',
      { width: 2100, height: 1000 },
      "This video's width / height is 2.1; kling-v3-omni takes 0.4–2",
    ],
    ['the same width on kling-o1', 'kling-o1', { width: 2100, height: 1000 }, null],
    [
      'too tall for kling-v3-omni',
      'kling-v3-omni',
      { width: 700, height: 1800 },
      "This video's width / height is 0.39; kling-v3-omni takes 0.4–2",
    ],
  ])('%s', (_, model, change, problem) => {
    const found = referenceVideoFileProblem({ ...GOOD, ...change }, model);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toContain(problem);
  });
});
