import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import {
  MAX_RETRY_AFTER_MS,
  retryAfterMs,
} from '../../../../electron/main/services/jobs/retry-after';
import { apiError, jobRig, type JobRig } from '../../../support/job-harness';

const t2v = (prompt: string) => ({
  action: 'text2video' as const,
  prompt,
  model: 'kling-v1' as const,
});

async function submitted(rig: JobRig, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await rig.service.submit(t2v(`p${i}`))).id);
  await rig.clock.advance(count * 10 + 10);
  return ids;
}

describe('polling', () => {
  let rig: JobRig;
  afterEach(() => rig?.dispose());

  it('asks for every open job in one batch per cycle and backs off while nothing changes', async () => {
    rig = await jobRig({
      minSubmitIntervalMs: 0,
      maxInFlight: 10,
      pollFloorMs: 5_000,
      pollCapMs: 40_000,
    });
    await submitted(rig, 4);
    rig.provider.batches.length = 0;
    await rig.clock.advance(200_000);
    const cycles = rig.provider.batches.length;
    // 5 s floor growing ×1.5 to a 40 s cap: far fewer than one poll per 5 s.
    expect(cycles).toBeGreaterThan(4);
    expect(cycles).toBeLessThan(200_000 / 5_000 / 2);
    for (const batch of rig.provider.batches) expect(batch).toHaveLength(4);
  });

  it('returns to the floor when something changes', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0, pollFloorMs: 5_000, pollCapMs: 60_000 });
    await submitted(rig, 2);
    await rig.clock.advance(120_000);
    const before = rig.clock.pending().at(-1) ?? 0;
    expect(before).toBeGreaterThan(20_000);
    rig.provider.finish('task_1');
    await rig.clock.advance(before);
    expect(rig.clock.pending().at(-1)).toBeLessThanOrEqual(6_000);
  });

  it('120 open jobs make at most 3 requests per cycle', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0, maxInFlight: 200 });
    await submitted(rig, 120);
    rig.provider.batches.length = 0;
    // Up to the next timer, the poll that is due: one cycle, as the app would run it.
    await rig.clock.advance(rig.clock.pending()[0] ?? 0);
    expect(rig.provider.batches.length).toBeLessThanOrEqual(3);
    expect(rig.provider.batches.flat()).toHaveLength(120);
    for (const batch of rig.provider.batches) expect(batch.length).toBeLessThanOrEqual(50);
  });

  it('a 503 with Retry-After as an HTTP date delays the next poll until then', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0, pollFloorMs: 5_000 });
    await submitted(rig, 1);
    const until = new Date(rig.clock.now() + 47_000).toUTCString();
    rig.provider.batchFailures.push(apiError(503, 'api_error', until));
    rig.provider.batches.length = 0;
    await rig.clock.advance(6_000); // the failing poll
    expect(rig.provider.batches).toHaveLength(1);
    const retryAt = Date.parse(until);
    await rig.clock.advance(retryAt - rig.clock.now() - 1_000);
    expect(rig.provider.batches).toHaveLength(1);
    await rig.clock.advance(2_000);
    expect(rig.provider.batches).toHaveLength(2);
  });

  it('absurd Retry-After values are clamped or ignored', () => {
    const now = Date.now();
    expect(retryAfterMs('999999', now)).toBe(MAX_RETRY_AFTER_MS);
    expect(retryAfterMs('-5', now)).toBeNull();
    expect(retryAfterMs('abc', now)).toBeNull();
    expect(retryAfterMs('7', now)).toBe(7_000);
    expect(retryAfterMs(new Date(now - 60_000).toUTCString(), now)).toBe(0);
  });

  it('a 401 pauses polling and submitting with no retry storm, and a new token resumes', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    await submitted(rig, 1);
    rig.provider.batchFailures.push(apiError(401, 'invalid_token'));
    rig.provider.batches.length = 0;
    await rig.clock.advance(10_000);
    expect(rig.service.status().authRequired).toBe(true);
    await rig.service.submit(t2v('held'));
    await rig.clock.advance(600_000);
    expect(rig.provider.batches).toHaveLength(1);
    expect(rig.provider.submits).toHaveLength(1);
    rig.service.tokenChanged(true);
    await rig.clock.advance(2_000);
    expect(rig.service.status().authRequired).toBe(false);
    expect(rig.provider.batches.length).toBeGreaterThan(1);
    expect(rig.provider.submits).toHaveLength(2);
  });

  it('unreadable answers and unknown states leave jobs running and polling on', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    const [id] = await submitted(rig, 1);
    rig.provider.batchFailures.push(new AppError('bad_answer', 'not JSON'));
    rig.provider.outcomes.set('task_1', { state: 'levitating' });
    await rig.clock.advance(120_000);
    expect(rig.jobs.get(id as string)?.state).toBe('running');
    expect(rig.provider.batches.length).toBeGreaterThan(3);
  });

  it('a task that never ends is polled at the cap, shown stalled, and still finishes', async () => {
    rig = await jobRig({
      minSubmitIntervalMs: 0,
      pollFloorMs: 5_000,
      pollCapMs: 30_000,
      deadlineMs: 600_000,
    });
    const [id] = await submitted(rig, 1);
    await rig.clock.advance(590_000);
    expect(rig.service.list()[0]?.stalled).toBe(false);
    rig.provider.batches.length = 0;
    await rig.clock.advance(300_000);
    expect(rig.service.list()[0]?.stalled).toBe(true);
    // At the cap (30 s ± 20 %): about ten polls in five minutes, not sixty.
    expect(rig.provider.batches.length).toBeGreaterThanOrEqual(8);
    expect(rig.provider.batches.length).toBeLessThanOrEqual(13);
    rig.provider.finish('task_1');
    await rig.clock.advance(40_000);
    await rig.eventually(() => rig.jobs.get(id as string)?.state === 'ready');
  });

  it('a wake inside a 7.5 s Retry-After window waits for the window to end', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0, pollFloorMs: 5_000, pollCapMs: 60_000 });
    await submitted(rig, 1);
    rig.provider.batchFailures.push(apiError(503, 'api_error', '7.5'));
    rig.provider.batches.length = 0;
    await rig.clock.advance(5_000); // the poll answered 503, Retry-After: 7.5
    expect(rig.provider.batches).toHaveLength(1);
    const refusedAt = rig.clock.now();
    for (const wakeAt of [600, 1_200, 1_800, 7_000]) {
      await rig.clock.advance(refusedAt + wakeAt - rig.clock.now());
      rig.service.wake(); // online, visible, resumed
    }
    await rig.clock.advance(refusedAt + 7_400 - rig.clock.now());
    expect(rig.provider.batches).toHaveLength(1);
    await rig.clock.advance(200);
    expect(rig.provider.batches).toHaveLength(2);
  });

  it('wake() polls at once after coming back online', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0, pollFloorMs: 5_000, pollCapMs: 60_000 });
    await submitted(rig, 1);
    await rig.clock.advance(300_000);
    rig.provider.batches.length = 0;
    rig.service.wake();
    await rig.clock.advance(1);
    expect(rig.provider.batches).toHaveLength(1);
  });

  it('a job younger than its model’s shortest recent run is asked about at most once per longest interval', async () => {
    rig = await jobRig({
      minSubmitIntervalMs: 0,
      maxInFlight: 10,
      pollFloorMs: 5_000,
      pollCapMs: 20_000,
    });
    // One finished job of the model, learned of at once: 60 s from acceptance to the video.
    await submitted(rig, 1);
    await rig.clock.advance(60_000 - 20);
    rig.provider.finish('task_1');
    rig.service.wake();
    await rig.clock.advance(1);
    expect(rig.service.list().find((j) => j.taskId === 'task_1')?.state).not.toBe('running');
    rig.provider.batches.length = 0;
    const start = rig.clock.now();
    await submitted(rig, 2);
    // Under three quarters of that run (45 s) a job cannot be done: asked only at the 20 s cap.
    await rig.clock.advance(start + 44_000 - rig.clock.now());
    const young = rig.provider.batches.length;
    expect(young).toBeGreaterThanOrEqual(1);
    expect(young).toBeLessThanOrEqual(2);
    for (const batch of rig.provider.batches) expect(batch).toEqual(['task_2', 'task_3']);
    // Old enough to be done: every cycle asks again, and a finish is seen at the next one.
    await rig.clock.advance(60_000);
    expect(rig.provider.batches.length).toBeGreaterThan(young + 1);
    rig.provider.finish('task_2');
    await rig.clock.advance(20_000);
    expect(rig.service.list().find((j) => j.taskId === 'task_2')?.state).not.toBe('running');
  });

  it('without a finished job of the model, every open job is asked about each cycle', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0, pollFloorMs: 5_000, pollCapMs: 20_000 });
    await submitted(rig, 2);
    rig.provider.batches.length = 0;
    await rig.clock.advance(44_000);
    expect(rig.provider.batches.length).toBeGreaterThanOrEqual(3);
    for (const batch of rig.provider.batches) expect(batch).toEqual(['task_1', 'task_2']);
  });
});
