import { describe, expect, test } from 'vitest';
import { voiceSampleProblem, type AudioFileFacts } from '../../../shared/voice-sample';

const GOOD: AudioFileFacts = { container: 'mp3', durationSec: 12, sizeBytes: 200_000 };
const MB = 1024 * 1024;

describe('a local recording as a voice sample', () => {
  test.each<[string, Partial<AudioFileFacts>, string | null]>([
    ['12 s of MP3', {}, null],
    ['WAV', { container: 'wav' }, null],
    ['M4A', { container: 'm4a' }, null],
    ['exactly 5 s', { durationSec: 5 }, null],
    ['exactly 30 s', { durationSec: 30 }, null],
    ['exactly 50 MB', { sizeBytes: 50 * MB }, null],
    [
      '4.99 s',
      { durationSec: 4.99 },
      'This recording lasts 4.99 s; a voice sample lasts 5–30 s: record a longer one',
    ],
    [
      '30.5 s',
      { durationSec: 30.5 },
      'This recording lasts 30.5 s; a voice sample lasts 5–30 s: trim it',
    ],
    [
      'OGG',
      { container: 'ogg' },
      'This recording is OGG; voices are made from MP3, WAV or M4A files: convert it',
    ],
    [
      'a video (MP4 with a picture)',
      { container: 'mp4' },
      'This recording is MP4; voices are made from MP3, WAV or M4A files: convert it',
    ],
    [
      '60 MB',
      { sizeBytes: 60 * MB },
      'This recording is 60.0 MB; a voice sample is at most 50.0 MB: trim it or save it as MP3',
    ],
    [
      'OGG and too long: the format is named first',
      { container: 'ogg', durationSec: 45 },
      'This recording is OGG; voices are made from MP3, WAV or M4A files: convert it',
    ],
  ])('%s', (_, change, problem) => {
    expect(voiceSampleProblem({ ...GOOD, ...change })).toBe(problem);
  });
});
