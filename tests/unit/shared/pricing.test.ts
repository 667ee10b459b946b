import { describe, expect, it } from 'vitest';
import { estimateCredits } from '../../../shared/pricing/estimate';
import { effectiveTable } from '../../../shared/pricing/overrides';
import { PRICE_TABLE } from '../../../shared/pricing/price-table';
import { localDay, summariseSpend, type SpendRecord } from '../../../shared/pricing/spend';
import { MODEL_CAPABILITIES } from '../../../shared/capabilities';
import { MODEL_IDS } from '../../../shared/models';

describe('the price table', () => {
  it('says when and where its figures come from, and that they are estimates', () => {
    expect(PRICE_TABLE.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(PRICE_TABLE.source).toMatch(/estimate/);
    expect(PRICE_TABLE.source).toMatch(/AceData's own prices may differ/);
    expect(PRICE_TABLE.estimate).toBe(true);
  });

  it('has a rate for every mode each model offers', () => {
    for (const model of MODEL_IDS)
      for (const mode of MODEL_CAPABILITIES[model].modes)
        expect(PRICE_TABLE.models[model][mode], `${model} ${mode}`).toBeGreaterThan(0);
  });
});

describe('estimating a request', () => {
  it('charges per second at the model and mode, plus sound and voices', () => {
    const body = { model: 'kling-v2-6', mode: 'pro', duration: 10 };
    expect(estimateCredits('text2video', body, PRICE_TABLE).credits).toBe(70);
    expect(
      estimateCredits('text2video', { ...body, generate_audio: true }, PRICE_TABLE).credits,
    ).toBe(120);
    expect(
      estimateCredits(
        'text2video',
        { ...body, generate_audio: true, voice_list: [{ voice_id: 'v' }] },
        PRICE_TABLE,
      ).credits,
    ).toBe(140);
  });

  it('takes the defaults (std, 5 s) when the body leaves them out, and billed seconds once known', () => {
    expect(estimateCredits('text2video', { model: 'kling-v1' }, PRICE_TABLE)).toEqual({
      credits: 10,
      seconds: 5,
      rate: 2,
    });
    expect(estimateCredits('text2video', { model: 'kling-v1' }, PRICE_TABLE, 5.1).credits).toBe(11);
  });

  it('prices a tool per call and says when there is no rate', () => {
    expect(estimateCredits('lip-sync', {}, PRICE_TABLE)).toEqual({
      credits: 10,
      seconds: null,
      rate: null,
    });
    expect(
      estimateCredits('text2video', { model: 'kling-v1', mode: '4k' }, PRICE_TABLE).rate,
    ).toBeNull();
  });

  it("uses the person's own rate for a model and mode, leaving the rest", () => {
    const table = effectiveTable({ 'kling-v3': { pro: 20 } });
    expect(estimateCredits('text2video', { model: 'kling-v3', mode: 'pro' }, table).credits).toBe(
      100,
    );
    expect(estimateCredits('text2video', { model: 'kling-v3', mode: 'std' }, table).credits).toBe(
      40,
    );
  });
});

describe('spending', () => {
  const now = new Date(2026, 10, 29, 15, 0);
  const record = (overrides: Partial<SpendRecord>): SpendRecord => ({
    projectId: 'p1',
    action: 'text2video',
    state: 'ready',
    body: { model: 'kling-v1', duration: 5 },
    billedSec: null,
    submittedAt: new Date(2026, 10, 29, 9, 0).toISOString(),
    ...overrides,
  });

  it('adds up per day and per project what reached AceData and did not fail', () => {
    const yesterday = new Date(2026, 10, 28, 23, 0).toISOString();
    const summary = summariseSpend(
      [
        record({}),
        record({ projectId: 'p2', billedSec: 10 }),
        record({ state: 'failed' }),
        record({ state: 'queued', submittedAt: null }),
        record({ state: 'unknown' }),
        record({ submittedAt: yesterday }),
      ],
      PRICE_TABLE,
      now,
    );
    expect(summary.today).toBe(40);
    expect(summary.byDay).toEqual([
      { day: localDay(now), credits: 40 },
      { day: '2026-11-28', credits: 10 },
    ]);
    expect(summary.byProject).toEqual([
      { projectId: 'p1', credits: 30 },
      { projectId: 'p2', credits: 20 },
    ]);
    expect(summary.billed).toBe(20);
  });
});
