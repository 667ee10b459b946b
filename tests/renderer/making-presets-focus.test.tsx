import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { Preset } from '../../shared/presets';
import { composer, renderComposer } from './composer-harness';

function preset(id: string, name: string): Preset {
  return {
    id,
    name,
    action: 'text2video',
    model: 'kling-v1',
    parameters: {},
    savedAt: '2026-11-29T10:00:00.000Z',
  };
}

/** The presets kept by a fake main that renames and deletes as the real one does. */
function presetHandlers(start: Preset[]) {
  let presets = start;
  return {
    'making:presets': () => presets,
    'making:renamePreset': ({ presetId, name }: { presetId: string; name: string }) => {
      presets = presets.map((p) => (p.id === presetId ? { ...p, name } : p));
      return presets;
    },
    'making:deletePreset': ({ presetId }: { presetId: string }) => {
      presets = presets.filter((p) => p.id !== presetId);
      return presets;
    },
  };
}

describe('Presets keep focus on a control', () => {
  test('Rename puts focus in the new name box, and renaming gives it back to Rename', async () => {
    const { user } = renderComposer(presetHandlers([preset('preset_1', 'Night')]));
    const form = composer();
    await user.click(within(form).getByText(/^Presets/));
    await user.click(await within(form).findByRole('button', { name: 'Rename Night' }));
    const input = within(form).getByLabelText('New name for Night');
    expect(document.activeElement).toBe(input);

    await user.clear(input);
    await user.type(input, 'Dusk{Enter}');
    const rename = await within(form).findByRole('button', { name: 'Rename Dusk' });
    expect(document.activeElement).toBe(rename);
  });

  test('a blank new name is refused here, in the words Save uses, without asking main', async () => {
    const { fake, user } = renderComposer(presetHandlers([preset('preset_1', 'Night')]));
    const form = composer();
    await user.click(within(form).getByText(/^Presets/));
    await user.click(await within(form).findByRole('button', { name: 'Rename Night' }));
    await user.clear(within(form).getByLabelText('New name for Night'));
    await user.type(within(form).getByLabelText('New name for Night'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Save name' }));
    expect(within(form).getByText('Give the preset a name first.')).toBeTruthy();
    expect(within(form).queryByText(/^name:/)).toBeNull();
    expect(fake.callsTo('making:renamePreset')).toEqual([]);
    expect(within(form).getByLabelText('New name for Night')).toBeTruthy();
  });

  test('deleting a preset moves focus to the next one, and the last to the name box', async () => {
    const { user } = renderComposer(
      presetHandlers([preset('preset_1', 'Night'), preset('preset_2', 'Day')]),
    );
    const form = composer();
    await user.click(within(form).getByText(/^Presets/));
    await user.click(await within(form).findByRole('button', { name: 'Delete Night' }));
    await user.click(await screen.findByRole('button', { name: 'Delete preset' }));
    await within(form).findByText('Deleted “Night”.');
    expect(document.activeElement).toBe(within(form).getByRole('button', { name: 'Apply Day' }));

    await user.click(within(form).getByRole('button', { name: 'Delete Day' }));
    await user.click(await screen.findByRole('button', { name: 'Delete preset' }));
    await within(form).findByText(/No presets yet/);
    expect(document.activeElement).toBe(within(form).getByLabelText('Preset name'));
  });
});
