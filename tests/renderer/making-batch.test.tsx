import { screen, waitFor, within } from '@testing-library/react';
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

  test('queuing gives focus to the Close button of the dialog as the Queue button goes', async () => {
    const { user } = renderApp({ 'jobs:submit': () => job() }, <BatchButton />);
    await user.click(screen.getByRole('button', { name: 'Batch…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Batch' });
    await user.click(within(dialog).getByLabelText('Prompts, one per line'));
    await user.paste('A lantern');
    await user.click(within(dialog).getByRole('button', { name: 'Check lines' }));
    await user.click(within(dialog).getByRole('button', { name: 'Queue 1 video' }));
    await within(dialog).findByText('1 video queued.');
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Close' }));
  });

  test('while a CSV file is being chosen, focus stays on its button and Escape still closes', async () => {
    let pick: (value: { picked: boolean; fileName: null; rows: [] }) => void = () => undefined;
    const { fake, user } = renderApp(
      {
        'making:readBatch': () =>
          new Promise((resolve) => {
            pick = resolve;
          }),
      },
      <BatchButton />,
    );
    await user.click(screen.getByRole('button', { name: 'Batch…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Batch' });
    const choose = within(dialog).getByRole('button', { name: 'Choose a CSV file…' });
    await user.click(choose);
    await waitFor(() => expect(choose.getAttribute('aria-disabled')).toBe('true'));
    expect(document.activeElement).toBe(choose);
    // A second press while the first is open asks for no second file.
    await user.click(choose);
    expect(fake.callsTo('making:readBatch')).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Batch' })).toBeNull();
    pick({ picked: false, fileName: null, rows: [] });
  });
});
