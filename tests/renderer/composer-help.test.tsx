import { within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { MODEL_IDS } from '../../shared/models';
import { composer, renderComposer } from './composer-harness';

describe('Composer help', () => {
  test('names every model with its lengths, and every tool', async () => {
    const { user } = renderComposer();
    const form = composer();
    await user.click(within(form).getByText('What can I make?'));
    const models = within(form).getByRole('list', { name: 'Models' });
    const rows = within(models)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(rows.map((row) => row.split(' — ')[0])).toEqual([...MODEL_IDS]);
    expect(rows.find((row) => row.startsWith('kling-v3-turbo'))).toBe(
      'kling-v3-turbo — 3–15 s, std/pro, sound always on',
    );
    expect(rows.find((row) => row.startsWith('kling-o1'))).toContain('5 s');
    const help = within(form).getByText(/Text to video, image to video/).textContent ?? '';
    for (const tool of ['extending a clip', 'Motion control', 'Lip-sync', 'Talking photo']) {
      expect(help).toContain(tool);
    }
    const kling3 = within(form).getByText(/^Kling 3.0:/).textContent ?? '';
    for (const feature of ['storyboard', 'elements', 'voices', 'role', 'reference video']) {
      expect(kling3).toContain(feature);
    }
    expect(help).toContain('a URL or a file from this computer');
    expect(kling3).toContain('a 5–30 s recording given by URL or as an MP3, WAV or M4A file');
    expect(kling3).toContain('renumbers its tags');
    expect(help).not.toMatch(/not offer/);
  });
});
