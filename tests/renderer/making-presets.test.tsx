import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Preset } from '../../shared/presets';
import { composer, generateButton, renderComposer } from './composer-harness';
import { job } from './fixtures';

describe('Presets, prompt history and inspiration', () => {
  test('saves the current settings as a named preset and applies it, keeping the prompt', async () => {
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
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
    await user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await user.selectOptions(within(form).getByLabelText('Aspect ratio'), '9:16');
    await user.click(within(form).getByText(/^Presets/));
    await user.type(within(form).getByLabelText('Preset name'), 'Vertical pro');
    await user.click(within(form).getByRole('button', { name: 'Save current settings' }));
    await within(form).findByText('Saved the current settings as “Vertical pro”.');
    expect(fake.callsTo('making:savePreset')).toEqual([
      {
        name: 'Vertical pro',
        settings: {
          action: 'text2video',
          model: 'kling-v2-6',
          parameters: { mode: 'pro', aspect_ratio: '9:16' },
        },
      },
    ]);

    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v1');
    await user.selectOptions(within(form).getByLabelText('Aspect ratio'), '1:1');
    await user.type(within(form).getByLabelText('Prompt'), 'A fox in snow');
    await user.click(within(form).getByRole('button', { name: 'Apply Vertical pro' }));
    await user.click(generateButton());
    expect(fake.callsTo('jobs:submit')).toEqual([
      expect.objectContaining({
        model: 'kling-v2-6',
        mode: 'pro',
        aspectRatio: '9:16',
        prompt: 'A fox in snow',
      }),
    ]);
  });

  test('renames after typing a new name, and deletes only after a question', async () => {
    let presets: Preset[] = [
      {
        id: 'preset_1',
        name: 'Old',
        action: 'text2video',
        model: 'kling-v1',
        parameters: {},
        savedAt: '2026-11-29T10:00:00.000Z',
      },
    ];
    const { fake, user } = renderComposer({
      'making:presets': () => presets,
      'making:renamePreset': ({ presetId, name }) => {
        presets = presets.map((p) => (p.id === presetId ? { ...p, name } : p));
        return presets;
      },
      'making:deletePreset': () => {
        presets = [];
        return presets;
      },
    });
    const form = composer();
    await user.click(within(form).getByText(/^Presets/));
    await user.click(await within(form).findByRole('button', { name: 'Rename Old' }));
    const input = within(form).getByLabelText('New name for Old');
    await user.clear(input);
    await user.type(input, 'Night');
    await user.click(within(form).getByRole('button', { name: 'Save name' }));
    await within(form).findByRole('button', { name: 'Apply Night' });
    expect(fake.callsTo('making:renamePreset')).toEqual([{ presetId: 'preset_1', name: 'Night' }]);

    await user.click(within(form).getByRole('button', { name: 'Delete Night' }));
    expect(fake.callsTo('making:deletePreset')).toEqual([]);
    await user.click(await screen.findByRole('button', { name: 'Delete preset' }));
    await within(form).findByText(/No presets yet/);
    expect(fake.callsTo('making:deletePreset')).toEqual([{ presetId: 'preset_1' }]);
  });

  test('Alt+↑ in the prompt opens the history; a search narrows it; choosing recalls it', async () => {
    const entries = [
      { prompt: 'A red kite over dunes', at: '2026-11-29T10:00:00.000Z' },
      { prompt: 'A lighthouse in a storm', at: '2026-11-28T10:00:00.000Z' },
    ];
    const { fake, user } = renderComposer({
      'making:history': ({ text }) =>
        entries.filter((entry) => !text || entry.prompt.includes(text)),
    });
    const prompt = within(composer()).getByLabelText<HTMLTextAreaElement>('Prompt');
    await user.click(prompt);
    await user.keyboard('{Alt>}{ArrowUp}{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Prompt history' });
    const list = within(dialog).getByRole('list', { name: 'Prompts, most recent first' });
    await within(list).findByText('A red kite over dunes');
    expect(
      within(list)
        .getAllByRole('button')
        .map((b) => b.textContent),
    ).toEqual(['A red kite over dunes', 'A lighthouse in a storm']);
    await user.type(within(dialog).getByLabelText('Search prompts'), 'lighthouse');
    await waitFor(() => expect(within(list).queryByText('A red kite over dunes')).toBeNull());
    expect(within(list).getByRole('button', { name: 'A lighthouse in a storm' })).toBeTruthy();
    await waitFor(() =>
      expect(fake.callsTo('making:history')).toContainEqual({ text: 'lighthouse' }),
    );

    await user.click(within(list).getByRole('button', { name: 'A lighthouse in a storm' }));
    expect(screen.queryByRole('dialog', { name: 'Prompt history' })).toBeNull();
    expect(prompt.value).toBe('A lighthouse in a storm');
  });

  test('an inspiration chip writes its words at the caret', async () => {
    const { user } = renderComposer();
    const form = composer();
    const prompt = within(form).getByLabelText<HTMLTextAreaElement>('Prompt');
    await user.type(prompt, 'A fox in snow');
    prompt.setSelectionRange(5, 5);
    await user.click(within(form).getByText('Inspiration'));
    await user.click(
      within(within(form).getByRole('group', { name: 'Camera' })).getByRole('button', {
        name: 'slow dolly-in',
      }),
    );
    expect(prompt.value).toBe('A fox, slow dolly-in in snow');
    expect(document.activeElement).toBe(prompt);
    expect(prompt.selectionStart).toBe('A fox, slow dolly-in'.length);
  });
});
