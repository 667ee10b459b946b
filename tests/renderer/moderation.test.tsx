import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { job } from './fixtures';
import { renderApp } from './render-app';

const PROMPT = 'A knight in a burning castle, close-up';

function jobsRegion() {
  return screen.getByRole('region', { name: 'Jobs' });
}

describe('a prompt refused by moderation', () => {
  test.each([
    [
      'a task failed by moderation',
      { code: 'task_failed', message: 'Failure: content moderation' },
    ],
    ['a submission answered 403 forbidden', { code: 'forbidden', message: 'AceData refused it.' }],
  ] as const)(
    '%s says so plainly and offers Edit prompt, never Retry; the prompt goes back to the composer',
    async (_case, error) => {
      const refused = job({
        id: 'm1',
        prompt: PROMPT,
        state: 'failed',
        error: { ...error, traceId: 'tr-1' },
      });
      const { fake, user } = renderApp({ 'jobs:list': () => [refused] });
      const edit = await within(jobsRegion()).findByRole('button', { name: /^Edit prompt: / });
      expect(within(jobsRegion()).getByText(/moderation refused this request/)).toBeTruthy();
      expect(within(jobsRegion()).queryByRole('button', { name: /^Retry/ })).toBeNull();

      await user.click(edit);
      const prompt = within(
        screen.getByRole('form', { name: 'Composer' }),
      ).getByLabelText<HTMLTextAreaElement>('Prompt');
      expect(prompt.value).toBe(PROMPT);
      expect(document.activeElement).toBe(prompt);
      expect(prompt.selectionStart).toBe(PROMPT.length);
      expect(fake.callsTo('jobs:retry')).toEqual([]);
    },
  );

  test('any other failure still offers Retry', async () => {
    const failed = job({
      id: 'n1',
      prompt: 'Waves',
      state: 'failed',
      error: { code: 'api_error', message: 'AceData had an internal failure.', traceId: null },
    });
    renderApp({ 'jobs:list': () => [failed] });
    await within(jobsRegion()).findByRole('button', { name: /^Retry: Waves/ });
    expect(within(jobsRegion()).queryByRole('button', { name: /^Edit prompt/ })).toBeNull();
    expect(within(jobsRegion()).queryByText(/moderation/)).toBeNull();
  });
});
