import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ClipCatalogue } from '../../../../electron/main/services/library/clip-catalogue';
import { LibraryState } from '../../../../electron/main/services/library/library-state';
import { ProjectLoader } from '../../../../electron/main/services/library/project-loader';
import { SerialQueue } from '../../../../electron/main/services/library/serial-queue';
import { makeEnv, writeClip, type Env } from './library-fixture';

let env: Env;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(async () => {
  await env.cleanup();
});

describe('library parts on their own', () => {
  it('runs queued tasks one after another, and a failed task does not stop the next', async () => {
    const queue = new SerialQueue();
    const order: string[] = [];
    let release: () => void = () => undefined;
    const first = queue.run(async () => {
      await new Promise<void>((done) => (release = done));
      order.push('first');
    });
    const failing = queue.run(async () => {
      order.push('failing');
      throw new Error('boom');
    });
    const last = queue.run(async () => {
      order.push('last');
      return 3;
    });
    await new Promise((r) => setImmediate(r));
    expect(order).toEqual([]);
    release();
    await first;
    await expect(failing).rejects.toThrow('boom');
    expect(await last).toBe(3);
    expect(order).toEqual(['first', 'failing', 'last']);
  });

  it('loads a workspace into the state and answers clip lookups without the facade or a watcher', async () => {
    const dir = join(env.workspace, 'Trip');
    await mkdir(dir, { recursive: true });
    await writeClip(dir, { jobId: 'job_a', prompt: 'a red kite' });
    const state = new LibraryState({
      workspaceDir: env.workspace,
      mediaUrlFor: (id) => `test://clip/${id}`,
    });
    const { fromIndex } = await new ProjectLoader(state).load();
    expect(fromIndex).toBe(false);
    const [project] = [...state.projects.values()];
    expect(project?.dir).toBe(dir);
    const catalogue = new ClipCatalogue(state);
    const clips = catalogue.listClips(project?.file.id as string);
    expect(clips.map((c) => [c.prompt, c.mediaUrl])).toEqual([
      ['a red kite', 'test://clip/clip_job_a'],
    ]);
    expect(catalogue.findClipByJob('job_a')?.id).toBe('clip_job_a');
  });
});
