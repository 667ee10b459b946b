import { act, screen, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { ClipDetailSchema } from '../../shared/domain';
import { BilledCost } from '../../renderer/src/features/making/BilledCost';
import { composer, generateButton, renderComposer } from './composer-harness';
import { clip, job, queueStatus } from './fixtures';
import { renderApp } from './render-app';
import { applyLanguage } from '../../renderer/src/i18n/language';

describe('Cost before spending', () => {
  test('the estimate beside Generate follows the model, mode, length and variants', async () => {
    const { user } = renderComposer({ 'jobs:submit': () => job() });
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
    // kling-v2-6 std: 5 credits a second, 5 s by default.
    expect(within(form).getByText(/About 25 credits · rough estimate/)).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('Mode'), 'pro');
    await user.selectOptions(within(form).getByLabelText('Duration'), '10');
    expect(within(form).getByText(/About 70 credits/)).toBeTruthy();
    await user.selectOptions(within(form).getByLabelText('Variants'), '3');
    expect(within(form).getByText(/About 210 credits \(3 × 70 credits\)/)).toBeTruthy();
  });

  test("uses the person's own rate from main, and says so", async () => {
    const { user } = renderComposer({
      'making:pricing': () => ({
        priceOverrides: { 'kling-v2-6': { std: 9 } },
        budget: { dailyCredits: null },
      }),
    });
    const form = composer();
    await user.selectOptions(within(form).getByLabelText('Model'), 'kling-v2-6');
    expect(await within(form).findByText(/About 45 credits · at your rates/)).toBeTruthy();
  });

  test('×3 sends three separate submissions of the same request', async () => {
    const { fake, user } = renderComposer({ 'jobs:submit': () => job() });
    const form = composer();
    await user.type(within(form).getByLabelText('Prompt'), 'Three takes');
    await user.selectOptions(within(form).getByLabelText('Variants'), '3');
    await user.click(generateButton());
    const calls = fake.callsTo('jobs:submit') as { prompt: string; clientRequestId: string }[];
    expect(calls.map((call) => call.prompt)).toEqual(['Three takes', 'Three takes', 'Three takes']);
    expect(new Set(calls.map((call) => call.clientRequestId)).size).toBe(3);
  });

  test('Settings keeps own rates and a daily budget in main', async () => {
    const { fake, user } = renderApp({
      'making:setPricing': (change) => ({
        priceOverrides: change.priceOverrides ?? {},
        budget: change.budget ?? { dailyCredits: null },
      }),
    });
    await user.click(await screen.findByRole('button', { name: /Settings/ }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByText('Rates per model'));
    await user.type(within(dialog).getByLabelText('Your rate for Kling 3.0 Pro'), '15');
    await user.type(within(dialog).getByLabelText('Daily budget (credits)'), '500');
    await user.click(within(dialog).getByRole('button', { name: 'Save prices and budget' }));
    await within(dialog).findByText(/Saved. Estimates and the budget use these figures now/);
    expect(fake.callsTo('making:setPricing')).toEqual([
      { priceOverrides: { 'kling-v3': { pro: 15 } }, budget: { dailyCredits: 500 } },
    ]);

    await user.clear(within(dialog).getByLabelText('Daily budget (credits)'));
    await user.type(within(dialog).getByLabelText('Daily budget (credits)'), 'lots');
    await user.click(within(dialog).getByRole('button', { name: 'Save prices and budget' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(
      /The daily budget is not a number of credits/,
    );
    expect(fake.callsTo('making:setPricing')).toHaveLength(1);
  });

  test('a queue held by the budget says so, with the way to release it', async () => {
    const { fake, user } = renderApp();
    const hold = 'Daily budget reached: about 500 of 500 credits spent today.';
    act(() => fake.emit('jobs:queue', queueStatus({ queued: 2, budgetHold: hold })));
    expect(await screen.findByText(hold)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open budget settings' }));
    expect(await screen.findByRole('heading', { name: 'Prices and budget' })).toBeTruthy();
  });

  test('a budget hold is worded again in the language switched to', async () => {
    const { fake } = renderApp();
    act(() =>
      fake.emit(
        'jobs:queue',
        queueStatus({
          queued: 1,
          budgetHold: 'Daily budget reached: about 1,200 of 1,200 credits spent today.',
          budgetHoldText: {
            key: 'errors:budgetHold',
            values: { today: 1200, count: 1200, cost: 10 },
          },
        }),
      ),
    );
    expect(await screen.findByText(/about 1,200 of 1,200 credits spent today/)).toBeTruthy();
    await act(() => applyLanguage('zh-CN'));
    expect(await screen.findByText(/今天已约花费 1,200 积分（预算 1,200 积分）/)).toBeTruthy();
    expect(screen.queryByText(/Daily budget reached/)).toBeNull();
  });

  test("a clip shows what it cost from AceData's billed seconds", () => {
    const detail = ClipDetailSchema.parse({
      ...clip({ model: 'kling-v1' }),
      parameters: { model: 'kling-v1', mode: 'std', duration: 5 },
      sourceUrl: 'https://cdn.example.com/v.mp4',
      submittedAt: '2026-11-29T10:00:00.000Z',
      billedSec: 5.1,
      parent: null,
      children: [],
    });
    renderApp({}, <BilledCost detail={detail} />);
    expect(screen.getByText(/Billed 5.1 s · about 11 credits/)).toBeTruthy();
  });
});
