import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/app-error';
import { apiError, jobRig, type JobRig } from '../../../support/job-harness';
import { settle } from '../../../support/manual-clock';

const t2v = (prompt: string, clientRequestId?: string) => ({
  action: 'text2video' as const,
  prompt,
  model: 'kling-v1' as const,
  ...(clientRequestId ? { clientRequestId } : {}),
});

describe('submission queue', () => {
  let rig: JobRig;
  afterEach(() => rig?.dispose());

  it('keeps at most N in flight and sends at most one per interval', async () => {
    rig = await jobRig({ maxInFlight: 3, minSubmitIntervalMs: 1_000 });
    for (let i = 0; i < 6; i++) await rig.service.submit(t2v(`job ${i}`));
    await settle();
    expect(rig.provider.submits).toHaveLength(1);
    await rig.clock.advance(999);
    expect(rig.provider.submits).toHaveLength(1);
    await rig.clock.advance(1);
    expect(rig.provider.submits).toHaveLength(2);
    await rig.clock.advance(10_000);
    expect(rig.provider.submits).toHaveLength(3);
    expect(rig.service.status()).toMatchObject({ inFlight: 3, queued: 3, maxInFlight: 3 });
    // One finishes → one more goes out, in queue order.
    rig.provider.finish('task_1');
    await rig.clock.advance(30_000);
    await rig.eventually(() => rig.provider.submits.length === 4);
    expect(rig.provider.submits.map((b) => b.prompt)).toEqual(['job 0', 'job 1', 'job 2', 'job 3']);
    expect(rig.service.status().inFlight).toBe(3);
  });

  it('the same click twice is one job and one submission', async () => {
    rig = await jobRig();
    const id = randomUUID();
    const [a, b] = await Promise.all([
      rig.service.submit(t2v('once', id)),
      rig.service.submit(t2v('once', id)),
    ]);
    await rig.clock.advance(5_000);
    expect(a.id).toBe(b.id);
    expect(rig.service.list()).toHaveLength(1);
    expect(rig.provider.submits).toHaveLength(1);
  });

  it('can be paused and resumed, and the pause survives a restart', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    await rig.service.pause();
    await rig.service.submit(t2v('waits'));
    await rig.clock.advance(10_000);
    expect(rig.provider.submits).toHaveLength(0);
    rig = await rig.restart();
    await rig.service.start();
    await rig.clock.advance(10_000);
    expect(rig.service.status().paused).toBe(true);
    expect(rig.provider.submits).toHaveLength(0);
    await rig.service.resume();
    await rig.clock.advance(100);
    expect(rig.provider.submits).toHaveLength(1);
  });

  it('removes and reorders queued jobs; the order is kept across a restart', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    await rig.service.pause();
    const a = await rig.service.submit(t2v('a'));
    const b = await rig.service.submit(t2v('b'));
    const c = await rig.service.submit(t2v('c'));
    await rig.service.move(c.id, 0);
    expect(await rig.service.remove(b.id)).toBe(true);
    rig = await rig.restart();
    await rig.service.start();
    expect(
      rig.service
        .list()
        .filter((j) => j.state === 'queued')
        .sort((x, y) => (x.queuePosition ?? 0) - (y.queuePosition ?? 0))
        .map((j) => j.id),
    ).toEqual([c.id, a.id]);
    await rig.service.resume();
    await rig.clock.advance(100);
    expect(rig.provider.submits.map((s) => s.prompt)).toEqual(['c', 'a']);
  });

  it('a 429 with Retry-After: 7 waits at least 7 s, then goes on', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 1_000 });
    rig.provider.submitFailures.push(apiError(429, 'too_many_requests', '7'));
    const job = await rig.service.submit(t2v('slow down'));
    await settle();
    expect(rig.jobs.get(job.id)?.state).toBe('queued');
    expect(rig.jobs.get(job.id)?.note).toMatch(/slow down/);
    await rig.clock.advance(6_999);
    expect(rig.provider.submits).toHaveLength(0);
    await rig.clock.advance(1);
    expect(rig.provider.submits).toHaveLength(1);
    expect(rig.jobs.get(job.id)?.state).toBe('submitted');
  });

  it('a failure before sending is retried with growing waits, against a scripted provider', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0, offlineBackoffMs: [1_000, 2_000, 4_000] });
    const offline = () => new AppError('offline', 'AceData could not be reached (ECONNREFUSED).');
    rig.provider.submitFailures.push(offline(), offline(), offline());
    const job = await rig.service.submit(t2v('retry me'));
    await settle();
    expect(rig.service.status().offline).toBe(true);
    await rig.clock.advance(999);
    expect(rig.provider.submitFailures).toHaveLength(2);
    await rig.clock.advance(1 + 1_999);
    expect(rig.provider.submitFailures).toHaveLength(1);
    await rig.clock.advance(1 + 4_000);
    expect(rig.provider.submits).toHaveLength(1);
    expect(rig.jobs.get(job.id)?.state).toBe('submitted');
    expect(rig.service.status().offline).toBe(false);
  });

  it('a 5xx to a submission makes the job unknown, never resent', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    rig.provider.submitFailures.push(apiError(500, 'api_error'));
    const job = await rig.service.submit(t2v('maybe'));
    await rig.clock.advance(60_000);
    expect(rig.jobs.get(job.id)).toMatchObject({ state: 'unknown' });
    expect(rig.provider.submits).toHaveLength(0);
  });

  it('retries an unknown job only when the user accepts a possible second charge', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    rig.provider.submitFailures.push(new AppError('submission_uncertain', 'reset'));
    const job = await rig.service.submit(t2v('maybe'));
    await rig.clock.advance(1_000);
    expect(rig.jobs.get(job.id)?.state).toBe('unknown');
    await expect(rig.service.retry(job.id, false)).rejects.toMatchObject({
      code: 'confirm_charge',
    });
    await rig.service.retry(job.id, true);
    await rig.clock.advance(1_000);
    expect(rig.provider.submits).toHaveLength(1);
    expect(rig.jobs.get(job.id)?.state).toBe('submitted');
  });

  it('a refused request (400) fails the job with the reason and the queue goes on', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    rig.provider.submitFailures.push(apiError(400, 'bad_request'));
    const bad = await rig.service.submit(t2v('bad'));
    const good = await rig.service.submit(t2v('good'));
    await rig.clock.advance(1_000);
    expect(rig.jobs.get(bad.id)).toMatchObject({ state: 'failed', error: { code: 'bad_request' } });
    expect(rig.jobs.get(good.id)?.state).toBe('submitted');
  });
});

describe('results whose project went away', () => {
  let rig: JobRig;
  afterEach(() => rig?.dispose());

  it('land in the first project instead of being lost', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 0 });
    const other = await rig.library.createProject('Soon gone');
    const job = await rig.service.submit({ ...t2v('orphan'), projectId: other.id });
    await rig.clock.advance(100);
    await rig.library.deleteProject(other.id);
    rig.provider.finish('task_1');
    await rig.clock.advance(10_000);
    const ready = await rig.eventually(() =>
      rig.service.list().find((j) => j.id === job.id && j.state === 'ready'),
    );
    expect(ready.projectId).toBe(rig.library.defaultProjectId());
    expect(rig.library.listClips(rig.library.defaultProjectId()).map((c) => c.jobId)).toContain(
      job.id,
    );
  });
});
