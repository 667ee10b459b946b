import { afterEach, describe, expect, it } from 'vitest';
import { JobJournal } from '../../../../electron/main/services/jobs/job-journal';
import {
  toAppError,
  TransferInterrupted,
} from '../../../../electron/main/services/downloads/download-errors';
import { DownloadHttpError } from '../../../../electron/main/services/downloads/fetch-checked';
import { tooLargeError } from '../../../../electron/main/services/downloads/receive-body';
import { checkDownloadUrl } from '../../../../electron/main/services/downloads/url-policy';
import { apiErrorFrom } from '../../../../electron/main/services/kling/api-errors';
import type { AppError } from '../../../../shared/app-error';
import { switchLanguage } from '../../../../shared/i18n';
import { shownText } from '../../../../shared/wording';
import { apiError, jobRig, MemoryJournalStore, type JobRig } from '../../../support/job-harness';
import { settle } from '../../../support/manual-clock';

const t2v = (prompt: string) => ({
  action: 'text2video' as const,
  prompt,
  model: 'kling-v1' as const,
});

/** A job as an older version journalled it: its note and error as text only. */
const OLD_JOB = {
  id: 'old-1',
  projectId: 'default',
  action: 'text2video',
  model: 'kling-v1',
  prompt: 'A lantern',
  state: 'failed',
  taskId: 'task_9',
  clipId: null,
  error: { code: 'forbidden', message: 'Written back then, in English.', traceId: 't-9' },
  createdAt: '2026-01-01T10:00:00.000Z',
  updatedAt: '2026-01-01T10:00:00.000Z',
  download: null,
  note: 'A note written back then.',
  body: { model: 'kling-v1', prompt: 'A lantern' },
  traceId: 't-9',
  videoUrl: null,
  videoId: null,
  durationSec: null,
};

async function journalOf(jobs: unknown[]): Promise<JobJournal> {
  const store = new MemoryJournalStore();
  store.text = JSON.stringify({ version: 1, paused: false, jobs });
  const journal = new JobJournal(store);
  await journal.load();
  return journal;
}

describe("jobs' notes and errors in the language shown now", () => {
  let rig: JobRig | undefined;

  afterEach(async () => {
    await switchLanguage('en');
    await rig?.dispose();
    rig = undefined;
  });

  it('journals a note by what it is, and words it again in Chinese after a restart', async () => {
    rig = await jobRig({ minSubmitIntervalMs: 1_000 });
    rig.provider.submitFailures.push(apiError(429, 'too_many_requests', '7'));
    const job = await rig.service.submit(t2v('slow down'));
    await settle();
    const noted = rig.jobs.get(job.id);
    expect(noted?.noteText).toEqual({ key: 'errors:note.slowDown' });

    rig = await rig.restart();
    const reloaded = rig.journal.get(job.id);
    expect(reloaded?.noteText).toEqual({ key: 'errors:note.slowDown' });
    await switchLanguage('zh-CN');
    expect(shownText(reloaded!.note!, reloaded!.noteText)).toBe(
      'AceData 要求应用放慢速度；稍后会发送这个任务。',
    );
  });

  it("keeps an error's wording, the provider's own words inside it unchanged", async () => {
    const error = apiErrorFrom(403, {
      error: { code: 'forbidden', message: 'Sensitive words in the prompt' },
      trace_id: 'trace-403',
    });
    const info = error.toInfo();
    expect(info.text).toEqual({
      key: 'errors:provider.withSaid',
      values: { message: { key: 'errors:forbidden' }, said: 'Sensitive words in the prompt' },
    });
    const journal = await journalOf([{ ...OLD_JOB, id: 'new-1', error: info, note: null }]);
    const kept = journal.get('new-1')!.error!;
    expect(kept).toEqual(info);

    await switchLanguage('zh-CN');
    expect(shownText(kept.message, kept.text)).toBe(
      'AceData 拒绝了这个请求，通常是因为内容审核未通过。请修改提示词或图片后重试。AceData 的说明：Sensitive words in the prompt',
    );
  });

  it('a submission that may have started says so around the first error, in either language', async () => {
    rig = await jobRig();
    rig.provider.submitFailures.push(apiError(502, 'bad_gateway'));
    const job = await rig.service.submit(t2v('maybe'));
    await settle();
    const error = rig.jobs.get(job.id)?.error;
    expect(error).toMatchObject({
      code: 'bad_gateway',
      traceId: 'trace',
      text: { key: 'errors:submission_uncertain.mayHaveStarted' },
    });
    const english = shownText(error!.message, error!.text);
    await switchLanguage('zh-CN');
    const chinese = shownText(error!.message, error!.text);
    expect(chinese).not.toBe(english);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });

  it('words download failures by what they are, figures included', async () => {
    const cut = toAppError(new TransferInterrupted(), 0).toInfo();
    const refused = new DownloadHttpError(404).toInfo();
    expect(cut.text).toEqual({ key: 'errors:download_interrupted' });
    expect(refused.text).toEqual({ key: 'errors:download_http', values: { status: 404 } });
    await switchLanguage('zh-CN');
    expect(shownText(refused.message, refused.text)).not.toBe(refused.message);
    expect(shownText(refused.message, refused.text)).toContain('404');
  });

  it('words a size or a refused address inside a download error when it is drawn', async () => {
    const tooLarge = tooLargeError(2_000).toInfo();
    let refused: unknown;
    try {
      checkDownloadUrl('http://cdn.example/v.mp4', ['cdn.example']);
    } catch (error) {
      refused = error;
    }
    const unsafe = (refused as AppError).toInfo();
    expect(unsafe.code).toBe('unsafe_url');
    expect(shownText(tooLarge.message, tooLarge.text)).toContain('2,000 bytes');
    await switchLanguage('zh-CN');
    expect(shownText(tooLarge.message, tooLarge.text)).toContain('2,000 字节');
    expect(shownText(unsafe.message, unsafe.text)).toMatch(/[\u4e00-\u9fff]/);
    expect(shownText(unsafe.message, unsafe.text)).not.toMatch(/[a-z]{6,}/);
  });

  it('loads an older journal whose notes and errors are text only, and shows that text', async () => {
    const journal = await journalOf([OLD_JOB]);
    const old = journal.get('old-1')!;
    expect(old.noteText).toBeNull();
    expect(old.error?.text).toBeUndefined();
    await switchLanguage('zh-CN');
    expect(shownText(old.note!, old.noteText)).toBe('A note written back then.');
    expect(shownText(old.error!.message, old.error!.text)).toBe('Written back then, in English.');
  });

  it('keeps a job whose wording is not one of its own messages, showing the words written', async () => {
    const journal = await journalOf([
      {
        ...OLD_JOB,
        noteText: { key: 'library:facts.model' },
        error: { ...OLD_JOB.error, text: { key: 'errors:no.such.key' } },
      },
    ]);
    const job = journal.get('old-1')!;
    expect(job.noteText).toBeNull();
    expect(shownText(job.note!, job.noteText)).toBe('A note written back then.');
    expect(shownText(job.error!.message, job.error!.text)).toBe('Written back then, in English.');
  });
});
