import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, isAbsolute, resolve } from 'node:path';
import { parse } from 'csv-parse/sync';
import { AppError } from '../../../../shared/app-error';
import { formatList, formatNumber, t } from '../../../../shared/i18n';
import {
  checkBatchCells,
  columnOf,
  type BatchCells,
  type BatchDefaults,
  type BatchRow,
} from '../../../../shared/batch/batch-row';
import type { ImageService } from '../images/image-service-types';

/** A batch is a list of prompts, not a data set: a file larger than this is refused unread. */
export const BATCH_MAX_BYTES = 1024 * 1024;
/** The headers a batch file is told to use, as typed (`columnOf` also takes other spellings). */
const HEADERS = ['prompt', 'model', 'mode', 'duration', 'aspect ratio', 'start image path'];

/** More rows than this in one batch is a mistake, not a plan. */
export const BATCH_MAX_ROWS = 500;

export interface BatchFile {
  fileName: string;
  rows: BatchRow[];
}

/**
 * Reads a batch CSV (a header row naming prompt, model, mode, duration, aspect ratio and start
 * image path columns, in any order), checks each row with the one validator, and stages each
 * start image given as a file path (absolute, or relative to the CSV's folder) through the
 * image checks. A refused row keeps its number and every rule it breaks.
 *
 * @throws AppError `batch_unreadable` when the file cannot be read, is too large, is not CSV,
 *   names an unknown column or has no rows.
 */
export async function readBatchFile(
  path: string,
  defaults: BatchDefaults,
  images: Pick<ImageService, 'stage'>,
): Promise<BatchFile> {
  const fileName = basename(path);
  const info = await stat(path).catch(() => null);
  if (!info?.isFile())
    throw new AppError('batch_unreadable', t('errors:batch_unreadable.unreadable', { fileName }));
  if (info.size > BATCH_MAX_BYTES)
    throw new AppError('batch_unreadable', t('errors:batch_unreadable.tooLarge', { fileName }));
  let records: string[][];
  try {
    records = parse(await readFile(path, 'utf8'), {
      bom: true,
      skip_empty_lines: true,
      relax_column_count: true,
    });
  } catch (error) {
    throw new AppError(
      'batch_unreadable',
      t('errors:batch_unreadable.notCsv', { fileName, cause: (error as Error).message }),
    );
  }
  const [header, ...body] = records;
  const columns = (header ?? []).map((name) => ({ name, column: columnOf(name) }));
  const unknown = columns
    .filter((c) => c.column === null)
    .map((c) => t('errors:batch_unreadable.column', { name: c.name }));
  if (!header || unknown.length > 0 || !columns.some((c) => c.column === 'prompt')) {
    const named = { fileName, columns: formatList(HEADERS) };
    throw new AppError(
      'batch_unreadable',
      unknown.length > 0
        ? t('errors:batch_unreadable.unknownColumns', { ...named, unknown: formatList(unknown) })
        : t('errors:batch_unreadable.noHeader', named),
    );
  }
  if (body.length === 0 || body.length > BATCH_MAX_ROWS)
    throw new AppError(
      'batch_unreadable',
      t('errors:batch_unreadable.rows', {
        fileName,
        rows: formatNumber(body.length),
        max: formatNumber(BATCH_MAX_ROWS),
      }),
    );

  const rows: BatchRow[] = [];
  for (const [i, record] of body.entries()) {
    const cells: BatchCells = {};
    columns.forEach(({ column }, at) => {
      if (column) cells[column] = record[at] ?? '';
    });
    const checked = checkBatchCells(cells, defaults);
    const row: BatchRow = {
      row: i + 2,
      prompt: cells.prompt?.trim() ?? '',
      request: checked.request,
      startImage: null,
      issues: checked.issues,
    };
    const image = checked.startImage;
    if (row.request && image && !/^https?:\/\//i.test(image)) {
      try {
        row.startImage = await images.stage(
          isAbsolute(image) ? image : resolve(dirname(path), image),
        );
      } catch (error) {
        const reason = error instanceof AppError ? error.message : String(error);
        row.issues.push(t('errors:batchRowImage', { image, reason }));
        row.request = null;
      }
    }
    rows.push(row);
  }
  return { fileName, rows };
}
