import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonStateFile } from '../../../../electron/main/services/fs/json-state-file';
import {
  MAKING_FILE,
  MakingStateSchema,
  MakingStore,
} from '../../../../electron/main/services/making/making-store';

const at = (minute: number) => new Date(Date.UTC(2026, 10, 29, 10, minute));
const SETTINGS = {
  action: 'text2video' as const,
  model: 'kling-v3' as const,
  parameters: { mode: 'pro' },
};

describe('presets and prompt history in making.json', () => {
  let root: string;
  const open = async () => {
    const store = new MakingStore(jsonStateFile(join(root, MAKING_FILE), MakingStateSchema));
    await store.load();
    return store;
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kling-making-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('saves, replaces by name, renames and deletes presets, and keeps them across a restart', async () => {
    const store = await open();
    await store.savePreset('Cinematic', SETTINGS, at(0));
    await store.savePreset(
      'Vertical',
      { ...SETTINGS, parameters: { aspect_ratio: '9:16' } },
      at(1),
    );
    const replaced = await store.savePreset('cinematic', { ...SETTINGS, model: 'kling-v1' }, at(2));
    expect(replaced.map((p) => [p.name, p.model])).toEqual([
      ['cinematic', 'kling-v1'],
      ['Vertical', 'kling-v3'],
    ]);
    const [first] = replaced;
    await expect(store.renamePreset(first!.id, 'VERTICAL')).rejects.toMatchObject({
      message: expect.stringContaining('already called'),
    });
    await store.renamePreset(first!.id, 'Old film');

    const reopened = await open();
    expect(reopened.presets().map((p) => p.name)).toEqual(['Old film', 'Vertical']);
    expect(await reopened.deletePreset(first!.id)).toHaveLength(1);
  });

  it('remembers each prompt once, most recent first, and finds them by words', async () => {
    const store = await open();
    await store.rememberPrompt('A red kite over dunes', at(0));
    await store.rememberPrompt('A lighthouse in a storm', at(1));
    await store.rememberPrompt('  A red kite over dunes ', at(2));
    await store.rememberPrompt('   ', at(3));
    expect(store.history().map((e) => e.prompt)).toEqual([
      'A red kite over dunes',
      'A lighthouse in a storm',
    ]);
    expect(store.history('STORM lighthouse').map((e) => e.prompt)).toEqual([
      'A lighthouse in a storm',
    ]);
    expect((await open()).history()[0]).toEqual({
      prompt: 'A red kite over dunes',
      at: at(2).toISOString(),
    });
  });
});
