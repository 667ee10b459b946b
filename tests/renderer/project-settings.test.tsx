import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { PresetSettings } from '../../shared/presets';
import { projectSettingsOf } from '../../shared/project-settings';
import { clip, job, project, tokenStatus } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

/** Two projects, a token, and a main that remembers each project's last settings as main does. */
function twoProjects(remembered: Record<string, PresetSettings> = {}) {
  const library = new FakeLibrary(
    [project({ id: 'p1', name: 'Holiday' }), project({ id: 'p2', name: 'Ads' })],
    [clip({ projectId: 'p1' }), clip({ projectId: 'p2' })],
  );
  return {
    ...library.handlers(),
    'token:status': () => tokenStatus({ hasToken: true, last4: 'abcd', storage: 'keychain' }),
    'making:lastSettings': ({ projectId }: { projectId: string }) => remembered[projectId] ?? null,
    'jobs:submit': (request: Parameters<typeof projectSettingsOf>[0] & { projectId?: string }) => {
      const projectId = request.projectId ?? 'p1';
      remembered[projectId] = projectSettingsOf(request);
      return job({ projectId, model: request.model });
    },
  };
}

const form = () => screen.getByRole('form', { name: 'Composer' });
const field = (label: string) => within(form()).getByLabelText<HTMLSelectElement>(label);

describe('Last settings per project', () => {
  withGalleryViewport();

  test('a project gives back the model and settings last sent in it after a switch', async () => {
    const { user, fake } = renderApp(
      twoProjects({ p2: { action: 'text2video', model: 'kling-v2-6', parameters: {} } }),
    );
    const nav = screen.getByRole('navigation', { name: 'Projects' });
    await within(nav).findByRole('button', { name: 'Holiday' });
    await waitFor(() => expect(fake.callsTo('making:lastSettings')).toEqual([{ projectId: 'p1' }]));

    await user.selectOptions(field('Model'), 'kling-v2-1-master');
    await user.selectOptions(field('Duration'), '10');
    await user.type(within(form()).getByLabelText('Prompt'), 'A kite over dunes');
    await user.click(within(form()).getByRole('button', { name: /^Generate/ }));
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(1));

    await user.click(within(nav).getByRole('button', { name: 'Ads' }));
    await waitFor(() => expect(field('Model').value).toBe('kling-v2-6'));
    expect(field('Duration').value).toBe('5');

    await user.click(within(nav).getByRole('button', { name: 'Holiday' }));
    await waitFor(() => expect(field('Model').value).toBe('kling-v2-1-master'));
    expect(field('Duration').value).toBe('10');
    // The prompt is the person's own and stays through every switch.
    expect(within(form()).getByLabelText<HTMLTextAreaElement>('Prompt').value).toBe(
      'A kite over dunes',
    );
  });

  test('starts on the open project’s last settings, and a project without any keeps the composer as it is', async () => {
    const { user } = renderApp(
      twoProjects({
        p1: { action: 'text2video', model: 'kling-v2-5-turbo', parameters: { duration: 10 } },
      }),
    );
    await waitFor(() => expect(field('Model').value).toBe('kling-v2-5-turbo'));
    expect(field('Duration').value).toBe('10');

    await user.click(
      within(screen.getByRole('navigation', { name: 'Projects' })).getByRole('button', {
        name: 'Ads',
      }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('navigation', { name: 'Projects' }))
          .getByRole('button', { name: 'Ads' })
          .getAttribute('aria-current'),
      ).toBe('page'),
    );
    expect(field('Model').value).toBe('kling-v2-5-turbo');
  });
});
