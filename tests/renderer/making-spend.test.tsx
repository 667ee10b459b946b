import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { SpendButton } from '../../renderer/src/features/making/SpendButton';
import { project } from './fixtures';
import { renderApp } from './render-app';

describe('Spending', () => {
  test('lists credits per day and per project against the daily budget', async () => {
    const { user } = renderApp(
      {
        'projects:list': () => [project({ id: 'p_trips', name: 'Trips' })],
        'making:pricing': () => ({ priceOverrides: {}, budget: { dailyCredits: 500 } }),
        'making:spend': () => ({
          byDay: [
            { day: '2026-11-29', credits: 120 },
            { day: '2026-11-28', credits: 35 },
          ],
          byProject: [{ projectId: 'p_trips', credits: 155 }],
          today: 120,
          billed: 35,
        }),
      },
      <SpendButton />,
    );
    await user.click(screen.getByRole('button', { name: 'Spending' }));
    const dialog = await screen.findByRole('dialog', { name: 'Spending' });
    await within(dialog).findByText(/Today: about 120 credits of a 500 credits daily budget/);
    const days = within(dialog).getByRole('table', { name: 'Per day' });
    expect(
      within(days)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['DayCredits', 'Nov 29, 2026120', 'Nov 28, 202635']);
    const projects = within(dialog).getByRole('table', { name: 'Per project' });
    await within(projects).findByText('Trips');
    expect(within(projects).getByText('155')).toBeTruthy();
  });
});
