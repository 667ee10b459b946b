import { describe, expect, it } from 'vitest';
import { InputImageSchema, type ClipDetail } from '../../../../shared/domain';
import { withInputImages } from '../../../../electron/main/services/library/input-images';

function detail(change: Partial<ClipDetail>): ClipDetail {
  return {
    action: 'image2video',
    parameters: {},
    sources: [],
    inputImages: [],
    ...change,
  } as ClipDetail;
}

const kept = async (url: string) =>
  url.endsWith('start.png') ? 'kling-media://image/img_0123456789abcdef' : null;

describe("a clip's input pictures", () => {
  it('names frames and references by role, once each, with a thumbnail only where kept', async () => {
    const record = detail({
      parameters: {
        start_image_url: 'https://cdn/start.png',
        end_image_url: 'https://cdn/end.png',
        image_list: [
          { image_url: 'https://cdn/ref.png' },
          { image_url: 'https://cdn/start.png', type: 'first_frame' },
        ],
      },
    });
    expect((await withInputImages(record, kept)).inputImages).toEqual([
      {
        role: 'startFrame',
        url: 'https://cdn/start.png',
        previewUrl: 'kling-media://image/img_0123456789abcdef',
      },
      { role: 'endFrame', url: 'https://cdn/end.png', previewUrl: null },
      { role: 'reference', url: 'https://cdn/ref.png', previewUrl: null },
    ]);
  });

  it("names a tool's picture from its sources, or from what was sent", async () => {
    const photo = detail({
      action: 'talking-photo',
      parameters: { image_url: 'https://cdn/face.png' },
    });
    const motion = detail({
      action: 'motion',
      sources: [{ role: 'characterImage', url: 'https://cdn/hero.png', name: 'hero.png' }],
    });
    const none = async () => null;
    expect((await withInputImages(photo, none)).inputImages).toEqual([
      { role: 'photo', url: 'https://cdn/face.png', previewUrl: null },
    ]);
    expect((await withInputImages(motion, none)).inputImages).toEqual([
      { role: 'characterImage', url: 'https://cdn/hero.png', previewUrl: null },
    ]);
  });

  it('shows the address alone when the lookup fails', async () => {
    const record = detail({ parameters: { start_image_url: 'https://cdn/start.png' } });
    const broken = async (): Promise<string | null> => {
      throw new Error('unreadable');
    };
    expect((await withInputImages(record, broken)).inputImages[0]?.previewUrl).toBeNull();
  });
});

describe('the contract for an input picture', () => {
  it('takes only a staged image address as its thumbnail', () => {
    const input = (previewUrl: string | null) =>
      InputImageSchema.safeParse({ role: 'startFrame', url: 'https://cdn/a.png', previewUrl })
        .success;
    expect(input('kling-media://image/img_0123456789abcdef')).toBe(true);
    expect(input('/media/image/img_0123456789abcdef')).toBe(true);
    expect(input(null)).toBe(true);
    expect(input('kling-media://clip/c1')).toBe(false);
    expect(input('https://cdn/a.png')).toBe(false);
    expect(input('kling-media://image/img_0123456789abcdef/../x')).toBe(false);
  });
});
