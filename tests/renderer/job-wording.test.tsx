import { act, render, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { JobQueue } from '../../renderer/src/features/jobs/JobQueue';
import { JobsStrip } from '../../renderer/src/features/jobs/JobsStrip';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import { job } from './fixtures';

const NOW = new Date().toISOString();
const REFUSAL = 'Sensitive words in the prompt';

/** A queued job with a note main kept by its wording, and a failed one with a worded error. */
function seed() {
  const store = useJobsStore.getState();
  store.upsert(
    job({
      state: 'queued',
      prompt: 'A kite',
      queuePosition: 0,
      note: 'Waiting for a connection to AceData…',
      noteText: { key: 'errors:note.waitingForConnection' },
    }),
  );
  store.upsert(
    job({
      state: 'failed',
      prompt: 'A storm',
      // Ended after the window opened, so the strip shows it.
      createdAt: NOW,
      updatedAt: NOW,
      error: {
        code: 'task_failed',
        message: `Kling could not make this video: ${REFUSAL}`,
        traceId: 'trace-7',
        text: { key: 'errors:task_failed_because', values: { reason: REFUSAL } },
      },
    }),
  );
  // Journalled by an older version: its words stay as they were written.
  store.upsert(
    job({
      state: 'failed',
      prompt: 'An old storm',
      error: { code: 'api_error', message: 'Written in English back then.', traceId: null },
    }),
  );
}

describe("a job's note and error follow the language setting", () => {
  test('the queue and the strip redraw them in Chinese, keeping the provider’s words', async () => {
    seed();
    render(
      <>
        <JobsStrip />
        <JobQueue />
      </>,
    );
    const queue = screen.getByRole('region', { name: 'Jobs' });
    const strip = screen.getByRole('region', { name: 'Job progress' });
    expect(within(queue).getByText('Waiting for a connection to AceData…')).toBeTruthy();
    expect(within(queue).getByText(`Kling could not make this video: ${REFUSAL}`)).toBeTruthy();

    await act(() => applyLanguage('zh-CN'));
    const chinese = screen.getByRole('region', { name: '任务' });
    expect(within(chinese).getByText('正在等待连接 AceData…')).toBeTruthy();
    expect(within(chinese).getByText(`Kling 未能生成这个视频：${REFUSAL}`)).toBeTruthy();
    expect(within(chinese).queryByText('Waiting for a connection to AceData…')).toBeNull();
    // A job journalled before wordings were kept still shows what was written.
    expect(within(chinese).getByText('Written in English back then.')).toBeTruthy();
    // The strip's entry for the refused job gives the advice in Chinese, and its full error,
    // in Chinese around the provider's words, as the entry's title.
    const advice = within(strip).getByText('被审核拒绝：请修改提示词后再生成。');
    expect(advice.getAttribute('title')).toBe(`Kling 未能生成这个视频：${REFUSAL}`);
  });
});
