import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readSidecar } from '../../../../electron/main/services/library/sidecar';
import { jobRig, type JobRig } from '../../../support/job-harness';

const START = 'https://cdn.example/still.png';

/** Submits, lets the provider finish it, and waits for its clip. */
async function made(rig: JobRig, taskId: string, submit: () => Promise<{ id: string }>) {
  const job = await submit();
  await rig.clock.advance(100);
  rig.provider.finish(taskId);
  await rig.clock.advance(10_000);
  return rig.eventually(() => rig.service.list().find((j) => j.id === job.id)?.clipId);
}

describe('an image→video job started from a frame of a library clip', () => {
  let rig: JobRig;
  afterEach(() => rig?.dispose());

  it('records the clip and the frame time as its lineage, in the sidecar and the detail', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    const parentId = await made(rig, 'task_1', () =>
      rig.service.submit({ action: 'text2video', model: 'kling-v1', prompt: 'A bell rings' }),
    );
    const childId = await made(rig, 'task_2', () =>
      rig.service.submit({
        action: 'image2video',
        model: 'kling-v1',
        prompt: 'The bell swings on',
        startImageUrl: START,
        fromFrame: { clipId: parentId, atSec: 2 },
      }),
    );

    const child = await rig.library.getClip(childId);
    expect(child).toMatchObject({ parentClipId: parentId, parentFrameSec: 2 });
    expect(child.parent?.id).toBe(parentId);
    expect((await rig.library.getClip(parentId)).children.map((c) => c.id)).toEqual([childId]);
    const sidecar = readSidecar(
      join(rig.library.projectDir(child.projectId), `${child.jobId}.kling.json`),
    );
    expect(sidecar.ok && sidecar.sidecar).toMatchObject({
      parentClipId: parentId,
      parentFrameSec: 2,
    });
    // The provider is sent the still's URL only; the lineage stays on this computer.
    expect(rig.provider.submits[1]).not.toHaveProperty('fromFrame');
  });

  it('refuses a frame origin on anything but image→video', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    await expect(
      rig.service.submit({
        action: 'text2video',
        model: 'kling-v1',
        prompt: 'A bell',
        fromFrame: { clipId: 'clip_x', atSec: 1 },
      }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
  });

  it('keeps no parent when the clip the frame came from is gone', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    const job = await rig.service.submit({
      action: 'image2video',
      model: 'kling-v1',
      prompt: 'A bell',
      startImageUrl: START,
      fromFrame: { clipId: 'clip_gone', atSec: 1 },
    });
    expect(job.parentClipId).toBeNull();
  });
});
