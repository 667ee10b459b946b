import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Preset } from '../../shared/presets';
import { chooseModel, composer, generateButton, renderComposer } from './composer-harness';
import { job } from './fixtures';

const night: Preset = {
  id: 'preset_1',
  name: 'Night',
  action: 'text2video',
  model: 'kling-v1',
  parameters: {},
  savedAt: '2026-11-29T10:00:00.000Z',
};

describe('Enter in a single-line field of the composer', () => {
  test('in the Cfg scale box sends no job; the Generate button and Ctrl+Enter still do', async () => {
    const { fake, user } = renderComposer({ 'jobs:submit': () => job() });
    const form = composer();
    await chooseModel(user, 'kling-v1');
    await user.type(within(form).getByLabelText('Prompt'), 'Rain on a tin roof');
    await user.type(within(form).getByLabelText('Cfg scale value'), '0.7{Enter}');
    expect(fake.callsTo('jobs:submit')).toEqual([]);

    await user.click(generateButton());
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(1));
    // Other words, so the second press is not taken for the first one sent again.
    await user.type(within(form).getByLabelText('Prompt'), ' at night{Control>}{Enter}{/Control}');
    await waitFor(() => expect(fake.callsTo('jobs:submit')).toHaveLength(2));
  });

  test('in the preset name box saves the preset and sends no job', async () => {
    let presets: Preset[] = [];
    const { fake, user } = renderComposer({
      'making:presets': () => presets,
      'making:savePreset': ({ name, settings }) => {
        presets = [{ ...settings, id: 'preset_1', name, savedAt: '2026-11-29T10:00:00.000Z' }];
        return presets;
      },
      'jobs:submit': () => job(),
    });
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), 'A fox in snow');
    await user.click(within(form).getByText(/^Presets/));
    await user.type(within(form).getByLabelText('Preset name'), 'Snow{Enter}');
    await within(form).findByText('Saved the current settings as “Snow”.');
    expect(fake.callsTo('making:savePreset')).toHaveLength(1);
    expect(fake.callsTo('jobs:submit')).toEqual([]);
  });

  test('in the rename box renames the preset and sends no job', async () => {
    let presets: Preset[] = [night];
    const { fake, user } = renderComposer({
      'making:presets': () => presets,
      'making:renamePreset': ({ presetId, name }) => {
        presets = presets.map((p) => (p.id === presetId ? { ...p, name } : p));
        return presets;
      },
      'jobs:submit': () => job(),
    });
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), 'A fox in snow');
    await user.click(within(form).getByText(/^Presets/));
    await user.click(await within(form).findByRole('button', { name: 'Rename Night' }));
    const input = within(form).getByLabelText('New name for Night');
    await user.clear(input);
    await user.type(input, 'Dusk{Enter}');
    await within(form).findByRole('button', { name: 'Apply Dusk' });
    expect(fake.callsTo('making:renamePreset')).toEqual([{ presetId: 'preset_1', name: 'Dusk' }]);
    expect(fake.callsTo('jobs:submit')).toEqual([]);
  });

  test('in the prompt history search recalls the first prompt and sends no job', async () => {
    const entries = [
      { prompt: 'A red kite over dunes', at: '2026-11-29T10:00:00.000Z' },
      { prompt: 'A lighthouse in a storm', at: '2026-11-28T10:00:00.000Z' },
    ];
    const { fake, user } = renderComposer({
      'making:history': ({ text }) =>
        entries.filter((entry) => !text || entry.prompt.includes(text)),
      'jobs:submit': () => job(),
    });
    const prompt = within(composer()).getByLabelText<HTMLTextAreaElement>('Prompt');
    await user.type(prompt, 'Draft');
    await user.click(within(composer()).getByRole('button', { name: 'Prompt history (Alt+↑)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Prompt history' });
    const search = within(dialog).getByLabelText('Search prompts');
    await user.type(search, 'lighthouse');
    await waitFor(() => expect(within(dialog).queryByText('A red kite over dunes')).toBeNull());
    await user.type(search, '{Enter}');
    expect(screen.queryByRole('dialog', { name: 'Prompt history' })).toBeNull();
    expect(prompt.value).toBe('A lighthouse in a storm');
    expect(fake.callsTo('jobs:submit')).toEqual([]);
  });
});
