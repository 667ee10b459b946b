import { describe, expect, it } from 'vitest';
import {
  MEDIA_SCHEME,
  clipIdFromMediaUrl,
  mediaUrlFor,
  parseMediaUrl,
} from '../../../../electron/main/services/media/media-url';

describe('media URLs', () => {
  it('builds an address from a clip id and reads it back', () => {
    expect(MEDIA_SCHEME).toBe('kling-media');
    const url = mediaUrlFor('clip', 'clip_0123abcd');
    expect(url).toBe('kling-media://clip/clip_0123abcd');
    expect(clipIdFromMediaUrl(url)).toBe('clip_0123abcd');
  });

  it('survives a round trip through a web Request, which accepts the custom scheme', () => {
    const request = new Request(mediaUrlFor('clip', 'clip_A-1'), { method: 'HEAD' });
    expect(clipIdFromMediaUrl(request.url)).toBe('clip_A-1');
  });

  it.each(['', '../x', 'a/b', 'a.mp4', 'x'.repeat(129), '%2e'])(
    'refuses to build an address for %j',
    (id) => {
      expect(() => mediaUrlFor('clip', id)).toThrow();
      expect(() => mediaUrlFor('image', id)).toThrow();
    },
  );

  it('builds and reads image addresses, which are never taken for clips', () => {
    const url = mediaUrlFor('image', 'img_0123456789abcdef');
    expect(url).toBe('kling-media://image/img_0123456789abcdef');
    expect(parseMediaUrl(url)).toEqual({ kind: 'image', id: 'img_0123456789abcdef' });
    expect(clipIdFromMediaUrl(url)).toBeNull();
    expect(parseMediaUrl(mediaUrlFor('clip', 'clip_1'))).toEqual({ kind: 'clip', id: 'clip_1' });
  });

  it('refuses a kind it does not serve', () => {
    expect(() => mediaUrlFor('video' as 'clip', 'clip_1')).toThrow();
    expect(parseMediaUrl('kling-media://video/clip_1')).toBeNull();
  });

  it.each([
    'kling-media://image/',
    'kling-media://image/../../etc/passwd',
    'kling-media://image/%2e%2e',
    'kling-media://image/a/b',
    'kling-media://image/img_1.png',
    'kling-media://image/img_1?x=1',
    'kling-media://image.evil/img_1',
    'kling-media://images/img_1',
  ])('finds no media in %j', (raw) => {
    expect(parseMediaUrl(raw)).toBeNull();
  });

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
