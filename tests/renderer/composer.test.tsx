import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppError } from '../../shared/app-error';
import { PROMPT_MAX_CHARS } from '../../shared/domain';
import { DEFAULT_MODEL, MODEL_IDS } from '../../shared/models';
import type { Job } from '../../shared/domain';
import { useLibraryStore } from '../../renderer/src/stores/library-store';
import {
  composer,
  descriptionOf,
  generateButton,
  isBlocked,
  renderComposer,
} from './composer-harness';
import { deferred } from './fake-kling';
import { job, project, tokenStatus } from './fixtures';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function submittedIds(fake: ReturnType<typeof renderComposer>['fake']): unknown[] {
  return fake
    .callsTo('jobs:submit')
    .map((r) => (r as { clientRequestId?: unknown }).clientRequestId);
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Composer', () => {
  test('counts characters as the prompt is typed', async () => {
    const { user } = renderComposer();
    const form = composer();
    expect(within(form).getByText(`0 / ${PROMPT_MAX_CHARS.toLocaleString('en')}`)).toBeTruthy();
    await user.type(within(form).getByLabelText('Prompt'), 'A red fox');
    expect(within(form).getByText(`9 / ${PROMPT_MAX_CHARS.toLocaleString('en')}`)).toBeTruthy();
  });

  test('offers every model for text to video, starting with the default', () => {
    renderComposer();
    const select = within(composer()).getByLabelText<HTMLSelectElement>('Model');
    expect(select.value).toBe(DEFAULT_MODEL);
    expect(Array.from(select.options).map((option) => option.value)).toEqual([...MODEL_IDS]);
    // The name people know first, the id the API is sent after it.
    const kling3 = Array.from(select.options).find((option) => option.value === 'kling-v3');
    expect(kling3?.textContent).toBe('Kling 3.0 · kling-v3');
    expect(select.options[0]?.textContent).toBe('Kling 1.0 · kling-v1');
  });

  test('submits once on a double click and shows the new job in the queue', async () => {
    const answer = deferred<Job>();
    const { fake, user } = renderComposer({
      'jobs:submit': () => answer.promise,
      'projects:list': () => [project({ id: 'trip', name: 'Trip' })],
    });
    useLibraryStore.setState({ selectedProjectId: 'trip' });
    const form = composer();
    await within(form).findByText('Saves to Trip');
    await user.type(within(form).getByLabelText('Prompt'), 'Waves at dawn');
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
    const generate = generateButton();

    await user.dblClick(generate);
    // Two synchronous submits, before React can disable anything: only the ref stops these.
    fireEvent.submit(form);
    fireEvent.submit(form);

    expect(fake.callsTo('jobs:submit')).toEqual([
      {
        action: 'text2video',
        prompt: 'Waves at dawn',
        model: 'kling-v2-6',
        projectId: 'trip',
        clientRequestId: expect.stringMatching(UUID),
      },
    ]);
    expect(generate.disabled).toBe(true);

    answer.resolve(job({ id: 'new-job', prompt: 'Waves at dawn', model: 'kling-v2-6' }));
    const queue = screen.getByRole('region', { name: 'Jobs' });
    const item = await within(queue).findByRole('listitem');
    expect(item.textContent).toContain('Waves at dawn');
    expect(item.textContent).toContain('Queued');
    await waitFor(() => expect(generate.disabled).toBe(false));
    expect(within(form).getByLabelText<HTMLTextAreaElement>('Prompt').value).toBe('Waves at dawn');
  });

  test('sends a new request id with every press', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    // Each job has reached AceData by the next press, so that press is a new job.
    const { fake, user } = renderComposer({ 'jobs:submit': () => job({ state: 'submitted' }) });
    await user.type(within(composer()).getByLabelText('Prompt'), 'Fog over a lake');
    const generate = generateButton();
    await user.click(generate);
    await waitFor(() => expect(generate.disabled).toBe(false));
    vi.setSystemTime(Date.now() + 1_000);
    await user.click(generate);
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(2));

    const [first, second] = submittedIds(fake);
    expect(first).toMatch(UUID);
    expect(second).toMatch(UUID);
    expect(second).not.toBe(first);
  });

  test('a quick repeat of the same request is the same press; a changed one is not', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const { fake, user } = renderComposer({ 'jobs:submit': () => job() });
    const prompt = within(composer()).getByLabelText('Prompt');
    const generate = generateButton();
    await user.type(prompt, 'Sparks');
    await user.click(generate);
    // The first answer is back before the second click of a double click lands.
    await waitFor(() => expect(generate.disabled).toBe(false));
    await user.click(generate);
    expect(fake.callsTo('jobs:submit')).toHaveLength(1);

    await user.type(prompt, ' and smoke');
    await user.click(generate);
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(2));
    expect(fake.callsTo('jobs:submit')[1]).toMatchObject({ prompt: 'Sparks and smoke' });
  });

  test('shows a submit error with its trace id', async () => {
    const { user } = renderComposer({
      'jobs:submit': () => {
        throw new AppError('forbidden', 'Kling refused this prompt. Reword it.', 'tr-991');
      },
    });
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), 'Something');
    await user.click(generateButton());
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Kling refused this prompt. Reword it.');
    expect(alert.textContent).toContain('Trace id: tr-991');
  });

  test('an empty prompt keeps Generate disabled, says why, and sends nothing', async () => {
    const { fake, user } = renderComposer({ 'jobs:submit': () => job() });
    await user.type(within(composer()).getByLabelText('Prompt'), '   ');
    const generate = generateButton();
    expect(isBlocked(generate)).toBe(true);
    // Still focusable, so a screen reader reaches it and reads the reason.
    expect(generate.disabled).toBe(false);
    expect(descriptionOf(generate)).toMatch(/Write a prompt: text-to-video starts from one/);
    await user.click(generate);
    fireEvent.submit(composer());
    expect(fake.callsTo('jobs:submit')).toEqual([]);
  });

  test('without a token, points to Settings', async () => {
    const { user } = renderComposer({ 'token:status': () => tokenStatus() });
    const form = composer();
    await within(form).findByText('Add your AceData token in Settings first');
    await user.click(within(form).getByRole('button', { name: 'Add token' }));
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });

  test('submits with Ctrl+Enter from the prompt', async () => {
    const { fake, user } = renderComposer({ 'jobs:submit': () => job() });
    await user.type(within(composer()).getByLabelText('Prompt'), 'Rain{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(1));
  });
});
