import { screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import type { ModelStats } from '../../shared/model-stats';
import { renderApp } from './render-app';

function stats(overrides: Partial<ModelStats> & Pick<ModelStats, 'model'>): ModelStats {
  return {
    jobs: 0,
    finished: 0,
    failed: 0,
    failureRate: null,
    failureReasons: [],
    medianSecondsToFinish: null,
    billedSeconds: 0,
    ...overrides,
  };
}

describe('statistics by model', () => {
  test('lists the models that have jobs with their figures, and closes on Escape', async () => {
    const { fake, user } = renderApp({
      'stats:byModel': () => [
        stats({
          model: 'kling-v3',
          jobs: 4,
          finished: 4,
          failed: 1,
          failureRate: 0.25,
          failureReasons: [{ code: 'forbidden', count: 1 }],
          medianSecondsToFinish: 92.4,
          billedSeconds: 15,
        }),
        stats({ model: 'kling-v1' }),
      ],
    });
    const open = await screen.findByRole('button', { name: 'Statistics' });
    await user.click(open);
    const dialog = await screen.findByRole('dialog', { name: 'Statistics by model' });
    const table = await within(dialog).findByRole('table');
    const rows = within(table).getAllByRole('row');
    // The header row and one model: a model without jobs is left out.
    expect(rows).toHaveLength(2);
    const cells = within(rows[1] as HTMLElement)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(within(rows[1] as HTMLElement).getByRole('rowheader').textContent).toBe(
      'Kling 3.0 kling-v3',
    );
    expect(cells).toEqual(['4', '1', '25%', 'forbidden × 1', '92.4 s', '15']);
    expect(fake.callsTo('stats:byModel')).toHaveLength(1);

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Statistics by model' })).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  test('says there is nothing yet when no model has a job', async () => {
    const { user } = renderApp({ 'stats:byModel': () => [stats({ model: 'kling-v1' })] });
    await user.click(await screen.findByRole('button', { name: 'Statistics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Statistics by model' });
    expect(await within(dialog).findByText(/No jobs yet/)).toBeTruthy();
  });
});
