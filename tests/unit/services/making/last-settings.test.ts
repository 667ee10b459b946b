import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jsonStateFile } from '../../../../electron/main/services/fs/json-state-file';
import {
  MAKING_FILE,
  MakingStateSchema,
  MakingStore,
} from '../../../../electron/main/services/making/making-store';
import { projectSettingsOf } from '../../../../shared/project-settings';

describe('last settings per project in making.json', () => {
  let root: string;
  const logged: string[] = [];
  const open = async () => {
    const store = new MakingStore(jsonStateFile(join(root, MAKING_FILE), MakingStateSchema), (m) =>
      logged.push(m),
    );
    await store.load();
    return store;
  };

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kling-last-'));
    logged.length = 0;
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('keeps each project’s last sent settings apart, without prompt or inputs, across a restart', async () => {
    const store = await open();
    await store.rememberSettings(
      'p1',
      projectSettingsOf({
        action: 'image2video',
        model: 'kling-v2-1-master',
        prompt: 'A kite',
        duration: 10,
        startImageUrl: 'https://cdn.example/kite.png',
      }),
    );
    await store.rememberSettings('p2', { action: 'text2video', model: 'kling-v3', parameters: {} });
    await store.rememberSettings('p2', {
      action: 'text2video',
      model: 'kling-v2-6',
      parameters: { mode: 'pro' },
    });

    const reopened = await open();
    expect(reopened.lastSettings('p1')).toEqual({
      action: 'image2video',
      model: 'kling-v2-1-master',
      parameters: { duration: 10 },
    });
    expect(reopened.lastSettings('p2')).toEqual({
      action: 'text2video',
      model: 'kling-v2-6',
      parameters: { mode: 'pro' },
    });
    expect(reopened.lastSettings('p3')).toBeNull();

    await reopened.forgetSettings('p1');
    expect((await open()).lastSettings('p1')).toBeNull();
    expect((await open()).lastSettings('p2')?.model).toBe('kling-v2-6');
  });

  it('reads a stored model this app does not know as none, keeping the other projects and the rest of the file', async () => {
    const path = join(root, MAKING_FILE);
    await writeFile(
      path,
      JSON.stringify({
        history: [{ prompt: 'A fox', at: '2026-11-29T10:00:00.000Z' }],
        lastSettings: {
          p1: { action: 'text2video', model: 'kling-v9-imaginary', parameters: {} },
          p2: { action: 'text2video', model: 'kling-v2-6', parameters: { duration: 10 } },
        },
      }),
    );
    const store = await open();
    expect(store.lastSettings('p1')).toBeNull();
    expect(logged.join('\n')).toContain('p1');
    expect(store.lastSettings('p2')?.model).toBe('kling-v2-6');
    expect(store.history().map((entry) => entry.prompt)).toEqual(['A fox']);

    // Writing another project's settings keeps what was there.
    await store.rememberSettings('p3', { action: 'text2video', model: 'kling-v3', parameters: {} });
    const saved = JSON.parse(await readFile(path, 'utf8')) as { lastSettings: object };
    expect(Object.keys(saved.lastSettings).sort()).toEqual(['p1', 'p2', 'p3']);
  });
});
