import type { ErrorCode } from '../../../../shared/app-error';
import { describe, expect, it } from 'vitest';
import { modelStatistics } from '../../../../electron/main/services/stats/model-stats';

type Input = Parameters<typeof modelStatistics>[0][number];

const at = (minute: number, second = 0) =>
  new Date(Date.UTC(2026, 10, 29, 10, minute, second)).toISOString();

function job(fields: Partial<Input>): Input {
  return {
    model: 'kling-v2-6',
    state: 'ready',
    error: null,
    submittedAt: at(0),
    updatedAt: at(1),
    durationSec: 5.041,
    billedSec: 5,
    ...fields,
  };
}

const failure = (code: ErrorCode) => ({ code, message: 'no', traceId: null });

describe('statistics per model', () => {
  it('counts jobs, failures and their reasons, most frequent reason first', () => {
    const [v26] = modelStatistics([
      job({}),
      job({}),
      job({ state: 'failed', error: failure('forbidden'), durationSec: null }),
      job({ state: 'failed', error: failure('task_failed'), durationSec: null }),
      job({ state: 'failed', error: failure('forbidden'), durationSec: null }),
      job({ state: 'running', updatedAt: at(0, 30), durationSec: null }),
    ]);
    expect(v26).toMatchObject({
      model: 'kling-v2-6',
      jobs: 6,
      finished: 5,
      failed: 3,
      failureRate: 0.6,
      failureReasons: [
        { code: 'forbidden', count: 2 },
        { code: 'task_failed', count: 1 },
      ],
    });
  });

  it('takes the median time from accepted to ready, and leaves it empty before any is ready', () => {
    const stats = modelStatistics([
      job({ submittedAt: at(0), updatedAt: at(1) }),
      job({ submittedAt: at(0), updatedAt: at(3) }),
      job({ submittedAt: at(0), updatedAt: at(2) }),
      job({ submittedAt: at(0), updatedAt: at(4) }),
      job({ model: 'kling-v1', state: 'running', durationSec: null }),
    ]);
    expect(stats.find((s) => s.model === 'kling-v2-6')?.medianSecondsToFinish).toBe(150);
    expect(stats.find((s) => s.model === 'kling-v1')).toMatchObject({
      medianSecondsToFinish: null,
      failureRate: null,
      finished: 0,
    });
  });

  it('adds the billed seconds of every video the provider made, downloaded yet or not', () => {
    const [stats] = modelStatistics([
      job({ billedSec: 5 }),
      job({ state: 'downloading', billedSec: 10, durationSec: 10.041 }),
      job({ state: 'succeeded', billedSec: 5 }),
      job({ state: 'failed', error: failure('task_failed'), billedSec: null, durationSec: null }),
      job({ state: 'unknown', billedSec: null, durationSec: null }),
    ]);
    expect(stats?.billedSeconds).toBe(20);
  });

  it('counts the reported length for jobs from before billed seconds were kept', () => {
    const [stats] = modelStatistics([job({ billedSec: null, durationSec: 5.041 }), job({})]);
    expect(stats?.billedSeconds).toBeCloseTo(10.041, 6);
  });

  it('lists the most used model first and only models that have jobs', () => {
    const stats = modelStatistics([
      job({ model: 'kling-v1' }),
      job({ model: 'kling-v2-6' }),
      job({ model: 'kling-v2-6' }),
    ]);
    expect(stats.map((s) => [s.model, s.jobs])).toEqual([
      ['kling-v2-6', 2],
      ['kling-v1', 1],
    ]);
    expect(modelStatistics([])).toEqual([]);
  });
});
