import { useId, useMemo, useRef, useState } from 'react';
import type { AppError } from '../../../../shared/app-error';
import {
  checkBatchCells,
  type BatchDefaults,
  type BatchRow,
} from '../../../../shared/batch/batch-row';
import { toApiBody, type VideoRequest } from '../../../../shared/capabilities';
import { MODEL_NAMES } from '../../../../shared/models';
import { estimateCredits } from '../../../../shared/pricing/estimate';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Modal } from '../../components/Modal';
import { useTranslation } from '../../i18n';
import { bridge, toAppError } from '../../ipc/kling';
import { useSelectedProject } from '../../query/use-library';
import { useComposerStore } from '../../stores/composer-store';
import { selectSubmit, useJobsStore } from '../../stores/jobs-store';
import { queueBatch } from './batch-queue';
import { creditsText } from './credits';
import { usePriceTable } from './use-pricing';

/** The composer's current model and options: what a row leaves empty. */
function useDefaults(): BatchDefaults {
  const model = useComposerStore((state) => state.model);
  const settings = useComposerStore((state) => state.settings);
  return useMemo(
    () => ({
      model,
      ...(settings.mode ? { mode: settings.mode } : {}),
      ...(settings.duration !== undefined ? { duration: settings.duration } : {}),
      ...(settings.aspectRatio ? { aspectRatio: settings.aspectRatio } : {}),
    }),
    [model, settings.mode, settings.duration, settings.aspectRatio],
  );
}

/** Lines of text as rows: each non-empty line a prompt with the composer's options. */
function rowsFromLines(text: string, defaults: BatchDefaults): BatchRow[] {
  return text.split(/\r?\n/).flatMap((line, i) => {
    if (line.trim() === '') return [];
    const checked = checkBatchCells({ prompt: line }, defaults);
    return [
      {
        row: i + 1,
        prompt: line.trim(),
        request: checked.request,
        startImage: null,
        issues: checked.issues,
      },
    ];
  });
}

/**
 * A batch from many lines of text or a CSV file: every row checked by the one validator, each
 * refused row named with its number and rule, the cost of the rest shown, and then the whole
 * batch queued at once (refused rows left out).
 */
export function BatchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['making', 'common']);
  const titleId = useId();
  const linesId = useId();
  const defaults = useDefaults();
  const { table } = usePriceTable();
  const submit = useJobsStore(selectSubmit);
  const project = useSelectedProject();
  const [lines, setLines] = useState('');
  const [rows, setRows] = useState<BatchRow[] | null>(null);
  // Where the rows came from (the lines typed, or a file and its name when known) and how many
  // were queued: facts, worded when drawn, so a language switch rewords them.
  const [from, setFrom] = useState<'lines' | { file: string | null }>('lines');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError | null>(null);
  const [queued, setQueued] = useState<number | null>(null);
  /** Whether uploads were agreed to before (null until asked), and the box in this dialog. */
  const [consented, setConsented] = useState<boolean | null>(null);
  const [agree, setAgree] = useState(false);
  const closeButton = useRef<HTMLButtonElement>(null);

  const ready = (rows ?? []).filter((row) => row.request !== null);
  const refused = (rows ?? []).filter((row) => row.request === null);
  const credits = ready.reduce((sum, row) => {
    const request = row.request as VideoRequest;
    return sum + estimateCredits(request.action, toApiBody(request), table).credits;
  }, 0);

  const checkLines = () => {
    setError(null);
    setQueued(null);
    setFrom('lines');
    setRows(rowsFromLines(lines, defaults));
  };

  const chooseFile = async () => {
    if (busy) return;
    setError(null);
    setQueued(null);
    setBusy(true);
    try {
      const batch = await bridge.making.readBatch({ defaults });
      if (!batch.picked) return;
      setFrom({ file: batch.fileName ?? null });
      setRows(batch.rows);
      if (batch.rows.some((row) => row.startImage))
        setConsented((await bridge.images.consent({})).accepted);
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  const queue = async () => {
    if (busy || !rows || ready.length === 0) return;
    setBusy(true);
    setError(null);
    try {
      // The same consent as a dropped image, given here by ticking the box that says so.
      if (needsConsent) await bridge.images.consent({ accepted: true });
      const count = await queueBatch(rows, submit, project?.id);
      setQueued(count);
      setRows(null);
      // The Queue button goes with the rows; focus stays in the dialog, where Escape works.
      closeButton.current?.focus();
    } catch (caught) {
      setError(toAppError(caught));
    } finally {
      setBusy(false);
    }
  };

  const hasImages = ready.some((row) => row.startImage);
  const needsConsent = hasImages && consented !== true;
  return (
    <Modal labelledBy={titleId} className="batch-dialog" onClose={onClose}>
      <h2 id={titleId}>{t('batch.title')}</h2>
      <p className="hint">{t('batch.hint')}</p>
      <label htmlFor={linesId}>{t('batch.lines')}</label>
      <textarea
        id={linesId}
        className="input textarea"
        value={lines}
        onChange={(event) => setLines(event.target.value)}
      />
      <div className="row row-wrap">
        <button
          type="button"
          className="button"
          disabled={busy || !lines.trim()}
          onClick={checkLines}
        >
          {t('batch.checkLines')}
        </button>
        {/* Busy is aria-disabled, not disabled: a disabled button drops focus to the page, and
            then Escape no longer reaches the dialog. */}
        <button
          type="button"
          className="button"
          aria-disabled={busy ? true : undefined}
          onClick={() => void chooseFile()}
        >
          {t('batch.chooseFile')}
        </button>
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      <p role="status" className="hint">
        {queued === null ? null : t('batch.queued', { count: queued })}
      </p>
      {rows ? (
        <section className="stack" aria-label={t('batch.checked')}>
          <p>
            {t(refused.length > 0 ? 'batch.tallyLeftOut' : 'batch.tally', {
              source: from === 'lines' ? t('batch.fromLines') : (from.file ?? t('batch.fromFile')),
              ready: ready.length,
              refused: refused.length,
            })}
          </p>
          {refused.length > 0 ? (
            <ul className="batch-refused" aria-label={t('batch.refusedRows')}>
              {refused.map((row) => (
                <li key={row.row}>
                  {row.prompt
                    ? t('batch.refusedRowPrompt', {
                        row: row.row,
                        prompt: row.prompt.slice(0, 60),
                        issues: row.issues.join(t('batch.issueSeparator')),
                      })
                    : t('batch.refusedRow', {
                        row: row.row,
                        issues: row.issues.join(t('batch.issueSeparator')),
                      })}
                </li>
              ))}
            </ul>
          ) : null}
          {ready.length > 0 ? (
            <ol className="batch-ready" aria-label={t('batch.readyRows')}>
              {ready.map((row) => (
                <li key={row.row} value={row.row}>
                  {row.prompt || t('batch.noPrompt')} ·{' '}
                  {MODEL_NAMES[(row.request as VideoRequest).model]}
                  {row.startImage
                    ? ` · ${t('batch.startImage', { name: row.startImage.name })}`
                    : ''}
                </li>
              ))}
            </ol>
          ) : null}
          <p className="cost-estimate">
            {t(hasImages ? 'batch.costUploads' : 'batch.cost', {
              count: ready.length,
              credits: creditsText(credits),
            })}
          </p>
          {needsConsent ? (
            <label className="row">
              <input
                type="checkbox"
                checked={agree}
                onChange={(event) => setAgree(event.target.checked)}
              />
              {t('batch.consent')}
            </label>
          ) : null}
        </section>
      ) : null}
      <div className="row row-end">
        <button ref={closeButton} type="button" className="button button-quiet" onClick={onClose}>
          {t('common:close')}
        </button>
        {/* Once queued, nothing is left to queue: the button goes until new rows are read. */}
        {rows === null && queued !== null ? null : (
          <button
            type="button"
            className="button button-primary"
            disabled={ready.length === 0 || (needsConsent && !agree)}
            aria-disabled={busy ? true : undefined}
            onClick={() => void queue()}
          >
            {t('batch.queue', { count: ready.length })}
          </button>
        )}
      </div>
    </Modal>
  );
}
