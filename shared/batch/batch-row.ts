import { z } from 'zod';
import { ASPECT_RATIOS, MODES, validateVideoRequest, type VideoRequest } from '../capabilities';
import { StagedImageSchema } from '../domain';
import { formatList, t } from '../i18n';
import { canonicalModel, type ModelId } from '../models';
import { ruleText } from '../rule-text';

/** The columns a batch file may have, by their header; any order, unknown ones refused. */
export const BATCH_COLUMNS = [
  'prompt',
  'model',
  'mode',
  'duration',
  'aspect_ratio',
  'start_image',
] as const;
export type BatchColumn = (typeof BATCH_COLUMNS)[number];

/** Header spellings people use for the same column ("Aspect ratio", "start image path"…). */
export function columnOf(header: string): BatchColumn | null {
  const name = header
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  if (name === 'start_image_path' || name === 'image' || name === 'start_frame')
    return 'start_image';
  if (name === 'aspect' || name === 'ratio') return 'aspect_ratio';
  return (BATCH_COLUMNS as readonly string[]).includes(name) ? (name as BatchColumn) : null;
}

/** One row as checked: what will be sent, or why it will not be. */
export const BatchRowSchema = z.object({
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: z.number().int().positive(),
  prompt: z.string(),
  /** The request to send (its start frame filled in once uploaded); null for a refused row. */
  request: z.record(z.string(), z.unknown()).nullable(),
  /** A start image from a file, checked and staged by main; uploaded before queueing. */
  startImage: StagedImageSchema.nullable(),
  /** Each rule the row breaks, in words; empty for a row that can be queued. */
  issues: z.array(z.string()),
});
export type BatchRow = z.infer<typeof BatchRowSchema>;

export type BatchCells = Partial<Record<BatchColumn, string>>;

/** What `fallback` gives a row that leaves a column empty (the composer's current choice). */
export interface BatchDefaults {
  model: ModelId;
  mode?: VideoRequest['mode'];
  duration?: number;
  aspectRatio?: VideoRequest['aspectRatio'];
}

export interface CheckedCells {
  request: VideoRequest | null;
  /** The start image as written in the row (a path or an http(s) address); null when none. */
  startImage: string | null;
  issues: string[];
}

const isWebUrl = (value: string) => /^https?:\/\//i.test(value);

/**
 * The modes a cell may hold, as written in a file, each with the name the composer gives it
 * ("std (Standard), pro (Pro) or 4k"); a name that only repeats the id is left out.
 */
function modeChoices(): string {
  return formatList(
    MODES.map((mode) => {
      const name = t(`composer:options.modes.${mode}`);
      return name.toLowerCase() === mode ? mode : ruleText('rules:batch.named', { id: mode, name });
    }),
    'disjunction',
  );
}

/**
 * One batch row's cells as a request, checked by the one validator (`validateVideoRequest`)
 * that the composer and main use. A row with a start image is image→video; a start image from a
 * file is judged by main's image checks instead of the "must be an http(s) URL" rule, since it
 * is uploaded only after the whole batch has been checked.
 */
export function checkBatchCells(cells: BatchCells, defaults: BatchDefaults): CheckedCells {
  const issues: string[] = [];
  const text = (column: BatchColumn) => cells[column]?.trim() ?? '';
  const modelText = text('model');
  const model = modelText ? canonicalModel(modelText) : defaults.model;
  if (!model) issues.push(ruleText('rules:batch.unknownModel', { model: modelText }));
  const modeText = text('mode');
  const mode = modeText || defaults.mode;
  if (mode !== undefined && !(MODES as readonly string[]).includes(mode))
    issues.push(ruleText('rules:batch.mode', { mode, modes: modeChoices() }));
  const durationText = text('duration');
  const duration = durationText ? Number(durationText) : defaults.duration;
  if (duration !== undefined && !Number.isFinite(duration))
    issues.push(ruleText('rules:batch.duration', { duration: durationText }));
  const ratio = text('aspect_ratio') || defaults.aspectRatio;
  if (ratio !== undefined && !(ASPECT_RATIOS as readonly string[]).includes(ratio))
    issues.push(
      ruleText('rules:batch.aspectRatio', {
        ratio,
        ratios: formatList(ASPECT_RATIOS, 'disjunction'),
      }),
    );
  const startImage = text('start_image') || null;
  if (!model || issues.length > 0) return { request: null, startImage, issues };

  const request: VideoRequest = {
    action: startImage ? 'image2video' : 'text2video',
    model,
    prompt: text('prompt'),
    ...(mode ? { mode: mode as VideoRequest['mode'] } : {}),
    ...(duration !== undefined ? { duration } : {}),
    ...(ratio ? { aspectRatio: ratio as VideoRequest['aspectRatio'] } : {}),
    ...(startImage && isWebUrl(startImage) ? { startImageUrl: startImage } : {}),
  };
  if (request.prompt === '') delete request.prompt;
  const fromFile = startImage !== null && !isWebUrl(startImage);
  for (const issue of validateVideoRequest(request)) {
    if (fromFile && issue.field === 'startImageUrl') continue;
    issues.push(issue.message);
  }
  return { request: issues.length > 0 ? null : request, startImage, issues };
}
