import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { PricesSection } from '../../renderer/src/features/making/PricesSection';
import { applyLanguage } from '../../renderer/src/i18n/language';
import { renderApp } from './render-app';

/** The model and mode cells of each row that is about `modelName`. */
function rowsFor(table: HTMLElement, modelName: string): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .slice(0, 2)
        .map((cell) => cell.textContent ?? ''),
    )
    .filter(([model]) => model === modelName);
}

describe('the price table', () => {
  test('names each mode as the composer does, in the row and in the rate field’s name', async () => {
    const { user } = renderApp({}, <PricesSection />);
    await user.click(await screen.findByText('Rates per model'));
    const table = screen.getByRole('table');
    expect(rowsFor(table, 'Kling 3.0')).toEqual([
      ['Kling 3.0', 'Standard'],
      ['Kling 3.0', 'Pro'],
      ['Kling 3.0', '4K'],
    ]);
    expect(screen.getByLabelText('Your rate for Kling 1.0 Standard')).toBeTruthy();

    await user.type(screen.getByLabelText('Your rate for Kling 1.0 Standard'), 'cheap');
    await user.click(screen.getByRole('button', { name: 'Save prices and budget' }));
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The rate for Kling 1\.0 Standard is not a number of credits/,
    );
  });

  test('says the modes in Chinese after a switch', async () => {
    const { user } = renderApp({}, <PricesSection />);
    await user.click(await screen.findByText('Rates per model'));
    await act(() => applyLanguage('zh-CN'));
    const table = screen.getByRole('table');
    expect(rowsFor(table, 'Kling 2.6')).toEqual([
      ['Kling 2.6', '标准'],
      ['Kling 2.6', '高品质'],
    ]);
    expect(screen.getByLabelText('你的 Kling 2.6 高品质 单价')).toBeTruthy();
  });
});
