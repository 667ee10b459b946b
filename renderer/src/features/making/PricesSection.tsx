import { useId, useState, type FormEvent } from 'react';
import type { AppError } from '../../../../shared/app-error';
import { MODEL_CAPABILITIES } from '../../../../shared/capabilities';
import { MODES, type Mode } from '../../../../shared/capabilities/model-capabilities';
import { MODEL_IDS, MODEL_NAMES } from '../../../../shared/models';
import type { Budget, PriceOverrides } from '../../../../shared/pricing/overrides';
import { PRICE_TABLE } from '../../../../shared/pricing/price-table';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDateTime, useTranslation } from '../../i18n';
import { toAppError } from '../../ipc/kling';
import { usePricing, useSavePricing } from './use-pricing';

type Drafts = Record<string, string>;

function isMode(mode: string): mode is Mode {
  return (MODES as readonly string[]).includes(mode);
}

const key = (model: string, mode: string) => `${model}:${mode}`;

function draftsOf(overrides: PriceOverrides): Drafts {
  const drafts: Drafts = {};
  for (const [model, modes] of Object.entries(overrides))
    for (const [mode, rate] of Object.entries(modes ?? {})) drafts[key(model, mode)] = String(rate);
  return drafts;
}

/** A typed rate: empty is "use the table"; anything else must be a number ≥ 0. */
function parseRate(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 && value <= 10_000 ? value : 'invalid';
}

/**
 * Settings → Prices and budget: the table's credits per second per model and mode, each
 * replaceable by the person's own (so estimates match their AceData account), and an optional
 * daily budget that holds the queue once reached.
 */
export function PricesSection() {
  const { t } = useTranslation('making');
  const { data } = usePricing();
  const headingId = useId();
  return (
    <section className="stack settings-section" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('prices.heading')}</h3>
      <p className="hint">
        {t('prices.intro', {
          source: PRICE_TABLE.source,
          // The table's date is a day, not an instant: read as local midnight, written as the language does.
          date: formatDateTime(`${PRICE_TABLE.date}T00:00:00`, { dateStyle: 'medium' }),
        })}
      </p>
      {data ? (
        <PricesForm saved={data} />
      ) : (
        <p role="status" className="hint">
          {t('prices.reading')}
        </p>
      )}
    </section>
  );
}

/** The form, started from what main keeps (mounted once that has loaded). */
function PricesForm({ saved }: { saved: { priceOverrides: PriceOverrides; budget: Budget } }) {
  const { t } = useTranslation(['making', 'composer']);
  // The mode as the composer names it (Standard, Pro); the provider's id stays in the slot key.
  const modeName = (mode: string) => (isMode(mode) ? t(`composer:options.modes.${mode}`) : mode);
  const save = useSavePricing();
  const [drafts, setDrafts] = useState<Drafts>(() => draftsOf(saved.priceOverrides));
  const [budget, setBudget] = useState(() =>
    saved.budget.dailyCredits === null ? '' : String(saved.budget.dailyCredits),
  );
  const [error, setError] = useState<Pick<AppError, 'message' | 'traceId'> | null>(null);
  const [done, setDone] = useState('');
  const budgetId = useId();

  const onSave = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone('');
    const overrides: Record<string, Record<string, number>> = {};
    for (const [slot, text] of Object.entries(drafts)) {
      const rate = parseRate(text);
      const [model = '', mode = ''] = slot.split(':');
      if (rate === 'invalid')
        return setError({
          message: t('prices.badRate', {
            model: MODEL_NAMES[model as keyof typeof MODEL_NAMES] ?? model,
            mode: modeName(mode),
          }),
          traceId: null,
        });
      if (rate !== null) (overrides[model] ??= {})[mode] = rate;
    }
    const daily = parseRate(budget);
    if (daily === 'invalid')
      return setError({
        message: t('prices.badBudget'),
        traceId: null,
      });
    setError(null);
    try {
      await save({ priceOverrides: overrides as PriceOverrides, budget: { dailyCredits: daily } });
      setDone(t('prices.saved'));
    } catch (caught) {
      setError(toAppError(caught));
    }
  };

  return (
    <form className="stack" onSubmit={(event) => void onSave(event)}>
      <details>
        <summary>{t('prices.rates')}</summary>
        <table className="price-table">
          <caption className="visually-hidden">{t('prices.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('prices.model')}</th>
              <th scope="col">{t('prices.mode')}</th>
              <th scope="col">{t('prices.table')}</th>
              <th scope="col">{t('prices.yours')}</th>
            </tr>
          </thead>
          <tbody>
            {MODEL_IDS.flatMap((model) =>
              MODEL_CAPABILITIES[model].modes.map((mode) => {
                const slot = key(model, mode);
                const label = t('prices.yourRate', {
                  model: MODEL_NAMES[model],
                  mode: modeName(mode),
                });
                return (
                  <tr key={slot}>
                    <td>{MODEL_NAMES[model]}</td>
                    <td>{modeName(mode)}</td>
                    <td>{PRICE_TABLE.models[model][mode] ?? '—'}</td>
                    <td>
                      <input
                        className="input"
                        inputMode="decimal"
                        aria-label={label}
                        value={drafts[slot] ?? ''}
                        onChange={(event) =>
                          setDrafts((now) => ({ ...now, [slot]: event.target.value }))
                        }
                      />
                    </td>
                  </tr>
                );
              }),
            )}
          </tbody>
        </table>
      </details>
      <label htmlFor={budgetId}>{t('prices.budget')}</label>
      <input
        id={budgetId}
        className="input"
        inputMode="numeric"
        value={budget}
        onChange={(event) => setBudget(event.target.value)}
      />
      <p className="hint">{t('prices.budgetHint')}</p>
      {error ? <ErrorAlert error={error} /> : null}
      <p role="status" className="hint">
        {done}
      </p>
      <div className="row">
        <button type="submit" className="button">
          {t('prices.save')}
        </button>
      </div>
    </form>
  );
}
