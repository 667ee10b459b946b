import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_FORMATS, EncodedPacketSink, FilePathSource, Input } from 'mediabunny';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  SETTINGS_TAG,
  readSettings,
  writeWithSettings,
  type EmbeddedSettings,
} from '../../../../electron/main/services/finishing/clip-settings-tags';
import { SAMPLE_MP4, writeClip } from '../../../support/mp4-fixtures';

const SETTINGS: EmbeddedSettings = {
  app: 'Kling Studio',
  version: 1,
  action: 'text2video',
  model: 'kling-v2-6',
  prompt: 'A paper boat drifting down a rainy street, 雨の街',
  parameters: { mode: 'pro', duration: 5, aspect_ratio: '16:9', cfg_scale: 0.5 },
};

async function packetsOf(path: string): Promise<string[]> {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const video = await input.getPrimaryVideoTrack();
    const out: string[] = [];
    for await (const packet of new EncodedPacketSink(video!).packets())
      out.push(`${packet.timestamp}:${Buffer.from(packet.data).toString('base64')}`);
    return out;
  } finally {
    input.dispose();
  }
}

describe('settings inside the MP4', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kling-tags-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('round-trips the prompt and every parameter through a tagged copy', async () => {
    const copy = join(dir, 'copy.mp4');
    await writeWithSettings({ source: SAMPLE_MP4, output: copy, settings: SETTINGS });
    expect(await readSettings(copy)).toEqual(SETTINGS);
  });

  it('keeps every frame as it was and shows the prompt and a summary to other players', async () => {
    const copy = join(dir, 'copy.mp4');
    await writeWithSettings({ source: SAMPLE_MP4, output: copy, settings: SETTINGS });
    expect(await packetsOf(copy)).toEqual(await packetsOf(SAMPLE_MP4));
    const input = new Input({ source: new FilePathSource(copy), formats: ALL_FORMATS });
    const tags = await input.getMetadataTags();
    input.dispose();
    expect(tags.title).toBe(SETTINGS.prompt);
    expect(tags.comment).toBe('Made with Kling Studio: text2video · kling-v2-6 · pro · 5 s');
  });

  it('finds no settings in a video the app did not make', async () => {
    expect(await readSettings(SAMPLE_MP4)).toBeNull();
  });

  it('ignores settings that do not parse, as from a hand edit or a newer app', async () => {
    const rawTag = async (path: string): Promise<unknown> => {
      const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
      const tags = await input.getMetadataTags();
      input.dispose();
      return tags.raw?.[SETTINGS_TAG];
    };
    const odd = join(dir, 'odd.mp4');
    await writeClip(odd, {
      tags: { raw: { [SETTINGS_TAG]: '{"app":"Kling Studio","version":7}' } },
    });
    // The tag is there; it is its content that is refused.
    expect(await rawTag(odd)).toBe('{"app":"Kling Studio","version":7}');
    expect(await readSettings(odd)).toBeNull();
    const broken = join(dir, 'broken.mp4');
    await writeClip(broken, { tags: { raw: { [SETTINGS_TAG]: '{not json' } } });
    expect(await rawTag(broken)).toBe('{not json');
    expect(await readSettings(broken)).toBeNull();
  });

  it('says a file that is not a video cannot be read', async () => {
    const text = join(dir, 'notes.mp4');
    await writeFile(text, 'plain text');
    await expect(readSettings(text)).rejects.toMatchObject({ code: 'settings_unreadable' });
  });

  it('leaves no partial file when the source is not a video', async () => {
    const text = join(dir, 'notes.mp4');
    await copyFile(SAMPLE_MP4, join(dir, 'keep.mp4'));
    await writeFile(text, 'plain text');
    await expect(
      writeWithSettings({ source: text, output: join(dir, 'out.mp4'), settings: SETTINGS }),
    ).rejects.toMatchObject({ code: 'stitch_unreadable' });
    expect((await readdir(dir)).sort()).toEqual(['keep.mp4', 'notes.mp4']);
  });
});
