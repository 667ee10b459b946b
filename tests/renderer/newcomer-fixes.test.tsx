import { act, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AppError } from '../../shared/app-error';
import { useJobsStore } from '../../renderer/src/stores/jobs-store';
import { composer, generateButton, renderComposer } from './composer-harness';
import { clip, job, project, queueStatus, tokenStatus } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

const NOW = () => new Date().toISOString();
const strip = () => screen.getByRole('region', { name: 'Job progress' });
const chinese = {
  'appearance:language': () => ({ setting: 'zh-CN' as const, language: 'zh-CN' as const }),
};

describe('Generate, in view', () => {
  test('a press that fails for want of a token says why inside the bar that holds Generate', async () => {
    const { user } = renderComposer({
      'token:status': () => tokenStatus(),
      'jobs:submit': () => {
        throw new AppError('no_token', 'Add your AceData API token in Settings first.');
      },
    });
    await user.type(within(composer()).getByLabelText('Prompt'), 'A fox in snow');
    await user.click(generateButton());
    const alert = await within(composer()).findByRole('alert');
    expect(alert.textContent).toContain('Add your AceData API token in Settings first.');
    // The bar is sticky at the foot of the scrolled form: what it holds stays in view.
    expect(generateButton().closest('.generate-bar')?.contains(alert)).toBe(true);
  });
});

describe('a second press of the same request', () => {
  afterEach(() => vi.restoreAllMocks());

  test('sends nothing while its job still waits to be sent, and sends again once it was', async () => {
    let clock = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => clock);
    const first = job({ id: 'j1', prompt: 'A fox in snow', state: 'queued', createdAt: NOW() });
    const { fake, user } = renderComposer({
      'jobs:submit': (request) =>
        fake.callsTo('jobs:submit').length === 1
          ? first
          : job({ prompt: request.prompt ?? '', state: 'queued' }),
    });
    await user.type(within(composer()).getByLabelText('Prompt'), 'A fox in snow');
    await user.click(generateButton());
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(1));

    clock += 5_000;
    await user.click(generateButton());
    await within(composer()).findByText(/This request is already being sent/);
    expect(fake.callsTo('jobs:submit')).toHaveLength(1);

    act(() =>
      useJobsStore.getState().upsert({
        ...first,
        state: 'submitted',
        updatedAt: new Date(Date.parse(first.updatedAt) + 1000).toISOString(),
      }),
    );
    clock += 5_000;
    await user.click(generateButton());
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(2));
  });
});

describe('the jobs strip', () => {
  test('offers Edit prompt for a moderation refusal, which puts the prompt back in the composer', async () => {
    const refused = job({
      prompt: 'A knight in a burning castle',
      state: 'failed',
      createdAt: NOW(),
      updatedAt: NOW(),
      error: { code: 'task_failed', message: 'Failure: content moderation', traceId: null },
    });
    const { user } = renderApp({
      'jobs:submit': () => refused,
      'token:status': () => tokenStatus({ hasToken: true, last4: 'abcd', storage: 'keychain' }),
    });
    await user.type(
      within(screen.getByRole('form', { name: 'Composer' })).getByLabelText('Prompt'),
      'A knight in a burning castle',
    );
    await user.click(
      within(screen.getByRole('form', { name: 'Composer' })).getByRole('button', {
        name: /^Generate/,
      }),
    );
    const prompt = within(
      screen.getByRole('form', { name: 'Composer' }),
    ).getByLabelText<HTMLTextAreaElement>('Prompt');
    await user.clear(prompt);
    await user.click(
      await within(strip()).findByRole('button', {
        name: 'Edit prompt: A knight in a burning castle',
      }),
    );
    expect(prompt.value).toBe('A knight in a burning castle');
    expect(document.activeElement).toBe(prompt);
  });

  test('says an open job is paused, and why, while a refused token stops polling', async () => {
    const running = job({ prompt: 'Waves', state: 'running', createdAt: NOW(), updatedAt: NOW() });
    const { fake } = renderApp({ 'jobs:list': () => [running] });
    const entry = await within(strip()).findByRole('listitem');
    expect(entry.querySelector('[data-state]')?.textContent).toBe('Generating');

    act(() => fake.emit('jobs:queue', queueStatus({ authRequired: true })));
    expect(entry.querySelector('[data-state]')?.textContent).toBe('Paused');
    expect(within(entry).getByText('Token refused: replace it in Settings')).toBeTruthy();

    act(() => fake.emit('jobs:queue', queueStatus()));
    expect(entry.querySelector('[data-state]')?.textContent).toBe('Generating');
  });

  test('in Chinese, names the pause and Edit prompt in Chinese', async () => {
    const refused = job({
      prompt: 'A knight',
      state: 'failed',
      createdAt: NOW(),
      updatedAt: NOW(),
      error: { code: 'forbidden', message: 'AceData refused it.', traceId: null },
    });
    const running = job({ prompt: 'Waves', state: 'running', createdAt: NOW(), updatedAt: NOW() });
    const { fake } = renderApp({ ...chinese, 'jobs:list': () => [refused, running] });
    await waitFor(() => expect(document.documentElement.lang).toBe('zh-CN'));
    const entries = await waitFor(() => {
      const items = document.querySelectorAll('[data-strip-job]');
      expect(items).toHaveLength(2);
      return items;
    });
    act(() => fake.emit('jobs:queue', queueStatus({ authRequired: true })));
    const knight = [...entries].find((item) => item.textContent?.includes('A knight'))!;
    expect(
      within(knight as HTMLElement).getByRole('button', { name: '修改提示词：A knight' }),
    ).toBeTruthy();
    const waves = [...entries].find((item) => item.textContent?.includes('Waves'))!;
    expect(waves.querySelector('[data-state]')?.textContent).toBe('已暂停');
    expect(within(waves as HTMLElement).getByText('令牌被拒绝：请在设置中更换')).toBeTruthy();
  });
});

describe('clip cards', () => {
  withGalleryViewport();

  test('name a finished clip’s model as people know it, and the detail gives the id sent', async () => {
    const main = new FakeLibrary(
      [project()],
      [clip({ id: 'c1', prompt: 'Dunes at dawn', model: 'kling-v2-5-turbo' })],
    );
    const { user } = renderApp(main.handlers());
    const library = screen.getByRole('region', { name: 'Library' });
    const play = await within(library).findByRole('button', { name: 'Play clip: Dunes at dawn' });
    const card = play.closest('.clip-card')!;
    expect(card.querySelector('.clip-model')?.textContent).toBe('Kling 2.5 Turbo');
    await user.click(play);
    const detail = within(library).getByRole('complementary', { name: 'Selected clip' });
    await within(detail).findByText('kling-v2-5-turbo');
  });
});
