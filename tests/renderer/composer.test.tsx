import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { AppError } from '../../shared/app-error';
import { PROMPT_MAX_CHARS } from '../../shared/domain';
import { DEFAULT_MODEL, MODEL_IDS } from '../../shared/models';
import type { Job } from '../../shared/domain';
import { deferred } from './fake-kling';
import { job, project, tokenStatus } from './fixtures';
import { renderApp } from './render-app';

const withToken = {
  'token:status': () => tokenStatus({ hasToken: true, last4: 'abcd', storage: 'keychain' }),
} as const;

function composer() {
  return screen.getByRole('form', { name: 'Composer' });
}

describe('Composer', () => {
  test('counts characters as the prompt is typed', async () => {
    const { user } = renderApp(withToken);
    const form = composer();
    expect(within(form).getByText(`0 / ${PROMPT_MAX_CHARS}`)).toBeTruthy();
    await user.type(within(form).getByLabelText('Prompt'), 'A red fox');
    expect(within(form).getByText(`9 / ${PROMPT_MAX_CHARS}`)).toBeTruthy();
  });

  test('offers every model, starting with the default', () => {
    renderApp(withToken);
    const select = within(composer()).getByLabelText<HTMLSelectElement>('Model');
    expect(select.value).toBe(DEFAULT_MODEL);
    expect(Array.from(select.options).map((option) => option.value)).toEqual([...MODEL_IDS]);
  });

  test('submits once on a double click and shows the new job in the queue', async () => {
    const answer = deferred<Job>();
    const { fake, user } = renderApp({
      ...withToken,
      'projects:list': () => [project({ id: 'trip', name: 'Trip' })],
      'jobs:submit': () => answer.promise,
    });
    await screen.findByRole('button', { name: 'Trip' });
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), 'Waves at dawn');
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
    const generate = within(form).getByRole('button', { name: 'Generate' });

    await user.dblClick(generate);
    // Two synchronous submits, before React can disable anything: only the ref stops these.
    fireEvent.submit(form);
    fireEvent.submit(form);

    expect(fake.callsTo('jobs:submit')).toEqual([
      { action: 'text2video', prompt: 'Waves at dawn', model: 'kling-v2-6', projectId: 'trip' },
    ]);
    expect((generate as HTMLButtonElement).disabled).toBe(true);

    answer.resolve(job({ id: 'new-job', prompt: 'Waves at dawn', model: 'kling-v2-6' }));
    const queue = screen.getByRole('region', { name: 'Jobs' });
    const item = await within(queue).findByRole('listitem');
    expect(item.textContent).toContain('Waves at dawn');
    expect(item.textContent).toContain('Queued');
    await waitFor(() => expect((generate as HTMLButtonElement).disabled).toBe(false));
    expect((within(form).getByLabelText('Prompt') as HTMLTextAreaElement).value).toBe(
      'Waves at dawn',
    );
  });

  test('shows a submit error with its trace id', async () => {
    const { user } = renderApp({
      ...withToken,
      'jobs:submit': () => {
        throw new AppError('provider_rejected', 'Kling refused this prompt. Reword it.', 'tr-991');
      },
    });
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), 'Something');
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Kling refused this prompt. Reword it.');
    expect(alert.textContent).toContain('Trace id: tr-991');
  });

  test('does not send an empty prompt', async () => {
    const { fake, user } = renderApp({ ...withToken, 'jobs:submit': () => job() });
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Generate' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/Write a prompt first/);
    expect(fake.callsTo('jobs:submit')).toEqual([]);
  });

  test('without a token, points to Settings', async () => {
    const { user } = renderApp({ 'token:status': () => tokenStatus() });
    const form = composer();
    await within(form).findByText('Add your AceData token in Settings first');
    expect(
      (within(form).getByRole('button', { name: 'Generate' }) as HTMLButtonElement).disabled,
    ).toBe(false);
    await user.click(within(form).getByRole('button', { name: 'Add token' }));
    expect(screen.getByRole('dialog', { name: 'Settings' })).toBeTruthy();
  });

  test('submits with Ctrl+Enter from the prompt', async () => {
    const { fake, user } = renderApp({ ...withToken, 'jobs:submit': () => job() });
    await user.type(within(composer()).getByLabelText('Prompt'), 'Rain{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(1));
  });
});
