import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { BatchButton } from '../../renderer/src/features/making/BatchButton';
import { job } from './fixtures';
import { renderApp } from './render-app';

describe('Batch from lines of text', () => {
  test('names a refused line by its number, shows the cost, and queues the rest at once', async () => {
    const { fake, user } = renderApp({ 'jobs:submit': () => job() }, <BatchButton />);
    await user.click(screen.getByRole('button', { name: 'Batch…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Batch' });
    const lines = within(dialog).getByLabelText('Prompts, one per line');
    // Pasted, as a long list would be: typing 2,600 characters one by one is slow.
    await user.click(lines);
    await user.paste(`A lantern\n\n${'x'.repeat(2600)}\nA harbour at dusk`);
    await user.click(within(dialog).getByRole('button', { name: 'Check lines' }));

    const refused = within(dialog).getByRole('list', { name: 'Refused rows' });
    expect(within(refused).getByText(/^Row 3 /).textContent).toMatch(/2500/);
    const ready = within(dialog).getByRole('list', { name: 'Rows to queue' });
    // Each row's model by the name people know it by, not its id.
    expect(
      within(ready)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['A lantern · Kling 3.0', 'A harbour at dusk · Kling 3.0']);
    expect(
      within(dialog).getByText(/^Cost of the batch: about \d+ credits for 2 videos\./),
    ).toBeTruthy();
    expect(fake.callsTo('jobs:submit')).toEqual([]);

    await user.click(within(dialog).getByRole('button', { name: 'Queue 2 videos' }));
    await within(dialog).findByText('2 videos queued.');
    // Nothing is left to queue, so no "Queue 0 videos" is offered.
    expect(within(dialog).queryByRole('button', { name: /^Queue/ })).toBeNull();
    expect(fake.callsTo('jobs:submit').map((call) => (call as { prompt: string }).prompt)).toEqual([
      'A lantern',
      'A harbour at dusk',
    ]);
  });
});
