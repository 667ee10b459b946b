import { join } from 'node:path';
import type { ClipRecord } from './clip-record';
import { readSidecar, SidecarSchema } from './sidecar';

const CSV_COLUMNS: ReadonlyArray<[string, (r: ClipRecord) => string | number | boolean | null]> = [
  ['id', (r) => r.meta.clipId],
  ['createdAt', (r) => r.meta.createdAt],
  ['action', (r) => r.meta.action],
  ['model', (r) => r.meta.model],
  ['mode', (r) => r.meta.mode],
  ['duration', (r) => r.meta.durationSec],
  ['prompt', (r) => r.meta.prompt],
  ['negative prompt', (r) => r.meta.negativePrompt],
  ['tags', (r) => r.meta.tags.join(';')],
  ['favourite', (r) => r.meta.favourite],
  ['rating', (r) => r.meta.rating],
  ['note', (r) => r.meta.note],
  ['sha256', (r) => r.meta.sha256],
  ['file name', (r) => r.meta.videoFile],
  ['parent clip id', (r) => r.meta.parentClipId],
];

/**
 * RFC 4180 CSV: CRLF line ends, every field that needs it quoted, quotes doubled. A UTF-8 BOM
 * goes first because spreadsheet apps otherwise misread non-Latin prompts.
 */
export function clipsToCsv(records: readonly ClipRecord[]): string {
  const lines = [CSV_COLUMNS.map(([title]) => csvCell(title))];
  for (const record of records) lines.push(CSV_COLUMNS.map(([, get]) => csvCell(get(record))));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}

export function csvCell(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value);
  // A prompt that starts like a formula must stay text when the sheet is opened (CSV injection).
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Every clip's sidecar fields as the app knows them (not the keys a newer app may have added). */
export function clipsToJson(dir: string, records: readonly ClipRecord[]): string {
  const known = Object.keys(SidecarSchema.shape);
  const items = records.map((record) => {
    const read = readSidecar(join(dir, record.name));
    if (!read.ok) return { ...record.meta };
    const sidecar: Record<string, unknown> = read.sidecar;
    return Object.fromEntries(
      known.filter((key) => key in sidecar).map((key) => [key, sidecar[key]]),
    );
  });
  return `${JSON.stringify(items, null, 2)}\n`;
}
