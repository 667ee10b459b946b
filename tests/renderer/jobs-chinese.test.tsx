import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { switchLanguage } from '../../shared/i18n';
import { JobQueue } from '../../renderer/src/features/jobs/JobQueue';
import { JobsStrip } from '../../renderer/src/features/jobs/JobsStrip';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import { job } from './fixtures';

const NOW = new Date().toISOString();

function seed() {
  const store = useJobsStore.getState();
  store.upsert(job({ state: 'running', prompt: 'A fox in the snow', createdAt: NOW }));
  store.upsert(job({ state: 'queued', prompt: 'A kite', queuePosition: 0 }));
  store.upsert(
    job({
      state: 'failed',
      prompt: 'A storm',
      error: { code: 'api_error', message: 'Boom', traceId: null },
    }),
  );
  store.setQueue({
    paused: true,
    authRequired: false,
    offline: false,
    maxInFlight: 5,
    inFlight: 1,
    queued: 1234,
    budgetHold: null,
    budgetHoldText: null,
  });
}

describe('the jobs in Simplified Chinese', () => {
  test('the queue names its groups, stages, actions and counts in Chinese', async () => {
    seed();
    await switchLanguage('zh-CN');
    render(<JobQueue />);
    const queue = screen.getByRole('region', { name: '任务' });
    expect(within(queue).getByRole('heading', { name: '任务' })).toBeTruthy();
    expect(within(queue).getByText('运行中 1/5 · 等待 1,234')).toBeTruthy();
    expect(within(queue).getByRole('button', { name: '恢复队列' })).toBeTruthy();
    expect(within(queue).getByText('队列已暂停：排队的任务会等到你恢复队列。')).toBeTruthy();

    const running = within(queue).getByRole('list', { name: '进行中' });
    expect(within(running).getByText('生成中')).toBeTruthy();
    const waiting = within(queue).getByRole('list', { name: '等待发送' });
    expect(within(waiting).getByRole('listitem').textContent).toContain('队列第 1 位');
    expect(within(waiting).getByRole('button', { name: '移出队列：A kite' })).toBeTruthy();
    const finished = within(queue).getByRole('list', { name: '已结束' });
    expect(within(finished).getByText('失败')).toBeTruthy();
    expect(within(finished).getByRole('button', { name: '重试：A storm' })).toBeTruthy();
  });

  test('a switch of language redraws the strip and the queue summary at once', async () => {
    seed();
    render(
      <>
        <JobsStrip />
        <JobQueue />
      </>,
    );
    const strip = screen.getByRole('region', { name: 'Job progress' });
    expect(strip.querySelector('[data-state]')?.textContent).toBe('Generating');
    expect(strip.textContent).toMatch(/Elapsed \d+s/);
    expect(screen.getByText('1 of 5 running · 1,234 waiting')).toBeTruthy();

    await act(() => switchLanguage('zh-CN'));
    const switched = screen.getByRole('region', { name: '任务进度' });
    expect(switched.querySelector('[data-state]')?.textContent).toBe('生成中');
    expect(switched.textContent).toMatch(/已用时 \d+秒/);
    expect(
      within(switched).getByRole('progressbar', { name: '进度：A fox in the snow' }),
    ).toBeTruthy();
    expect(screen.getByText('运行中 1/5 · 等待 1,234')).toBeTruthy();
  });
});
