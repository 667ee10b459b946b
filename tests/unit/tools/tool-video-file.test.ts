import { describe, expect, test } from 'vitest';
import type { VideoFileFacts } from '../../../shared/capabilities/reference-video-file';
import { toolVideoFileProblem, type ToolVideoUse } from '../../../shared/tools';

const GOOD: VideoFileFacts = {
  container: 'mp4',
  durationSec: 5,
  fps: 30,
  width: 1280,
  height: 720,
  sizeBytes: 20 * 1024 * 1024,
};
const MB = 1024 * 1024;
const LIP: ToolVideoUse = { tool: 'lip-sync' };
const AS_IMAGE: ToolVideoUse = { tool: 'motion', orientation: 'image' };
const AS_VIDEO: ToolVideoUse = { tool: 'motion', orientation: 'video' };

describe("a local video checked against the tool's own limits", () => {
  test.each<[string, ToolVideoUse, Partial<VideoFileFacts>, string | null]>([
    ['lip-sync: 5 s MP4', LIP, {}, null],
    ['lip-sync: MOV', LIP, { container: 'mov' }, null],
    ['lip-sync: exactly 2 s', LIP, { durationSec: 2 }, null],
    ['lip-sync: exactly 10 s', LIP, { durationSec: 10 }, null],
    ['lip-sync: exactly 100 MB', LIP, { sizeBytes: 100 * MB }, null],
    [
      'lip-sync: 1.5 s',
      LIP,
      { durationSec: 1.5 },
      'This video lasts 1.5 s; Lip-sync takes 2–10 s: use a longer one',
    ],
    [
      'lip-sync: 10.5 s',
      LIP,
      { durationSec: 10.5 },
      'This video lasts 10.5 s; Lip-sync takes 2–10 s: trim it',
    ],
    [
      'lip-sync: 101 MB',
      LIP,
      { sizeBytes: 101 * MB },
      'This video is 101.0 MB; Lip-sync takes at most 100.0 MB: shorten or compress it',
    ],
    [
      'lip-sync: WebM',
      LIP,
      { container: 'webm' },
      'This video is WEBM; Lip-sync takes MP4 or MOV only: save it as MP4',
    ],
    ['lip-sync: any picture size', LIP, { width: 200, height: 200 }, null],
    ['motion facing the image: 10 s', AS_IMAGE, { durationSec: 10 }, null],
    [
      'motion facing the image: 12 s',
      AS_IMAGE,
      { durationSec: 12 },
      'This video lasts 12 s; Motion control takes 3–10 s when the character faces as in the image: trim it',
    ],
    ['motion facing the video: 30 s', AS_VIDEO, { durationSec: 30 }, null],
    [
      'motion facing the video: 31 s',
      AS_VIDEO,
      { durationSec: 31 },
      'This video lasts 31 s; Motion control takes 3–30 s when the character faces as in the video: trim it',
    ],
    [
      'motion: 2 s',
      AS_VIDEO,
      { durationSec: 2 },
      'This video lasts 2 s; Motion control takes 3–30 s when the character faces as in the video: use a longer one',
    ],
    ['motion: sides of exactly 340 and 3850 px', AS_IMAGE, { width: 3850, height: 340 }, null],
    [
      'motion: 320 × 180',
      AS_IMAGE,
      { width: 320, height: 180 },
      'This video is 320 × 180 px; Motion control takes sides of 340–3850 px: resize it',
    ],
    [
      'motion: 4096 × 2160',
      AS_VIDEO,
      { width: 4096, height: 2160 },
      'This video is 4096 × 2160 px; Motion control takes sides of 340–3850 px: resize it',
    ],
    [
      'motion: 120 MB',
      AS_VIDEO,
      { sizeBytes: 120 * MB },
      'This video is 120.0 MB; Motion control takes at most 100.0 MB: shorten or compress it',
    ],
  ])('%s', (_, use, change, problem) => {
    expect(toolVideoFileProblem({ ...GOOD, ...change }, use)).toBe(problem);
  });
});
