import { describe, expect, it } from 'vitest';
import {
  MEDIA_SCHEME,
  clipIdFromMediaUrl,
  mediaUrlFor,
} from '../../../../electron/main/services/media/media-url';

describe('media URLs', () => {
  it('builds an address from a clip id and reads it back', () => {
    expect(MEDIA_SCHEME).toBe('kling-media');
    const url = mediaUrlFor('clip_0123abcd');
    expect(url).toBe('kling-media://clip/clip_0123abcd');
    expect(clipIdFromMediaUrl(url)).toBe('clip_0123abcd');
  });

  it('survives a round trip through a web Request, which accepts the custom scheme', () => {
    const request = new Request(mediaUrlFor('clip_A-1'), { method: 'HEAD' });
    expect(clipIdFromMediaUrl(request.url)).toBe('clip_A-1');
  });

  it.each(['', '../x', 'a/b', 'a.mp4', 'x'.repeat(129), '%2e'])(
    'refuses to build an address for %j',
    (id) => {
      expect(() => mediaUrlFor(id)).toThrow();
    },
  );

  it.each([
    'kling-media://clip/',
    'kling-media://clip/../../etc/passwd',
    'kling-media://clip/%2e%2e',
    'kling-media://clip/..%2F..%2Fetc',
    'kling-media://clip/..',
    'kling-media://clip/a/b',
    'kling-media://clip/abc/',
    'kling-media://clip/a%5Cb',
    'kling-media://clip/a\\b',
    'kling-media://clip/abc?x=1',
    'kling-media://clip/abc#frag',
    'kling-media://clip/abc.mp4',
    `kling-media://clip/${'x'.repeat(129)}`,
    'kling-media://other/abc',
    'kling-media://clip.evil/abc',
    'KLING-MEDIA://clip/abc',
    'https://clip/abc',
    'file:///etc/passwd',
    'abc',
  ])('finds no clip id in %j', (raw) => {
    expect(clipIdFromMediaUrl(raw)).toBeNull();
  });
});
