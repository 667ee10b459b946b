import { createHash } from 'node:crypto';
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { CLIP_KINDS } from '../../../../shared/domain';
import { MODEL_IDS } from '../../../../shared/models';
import { writeFileAtomic } from '../fs/atomic-write';
import { newRecord, type ClipMeta, type ClipRecord, type Stamp } from './clip-record';
import { ProjectFileSchema, type ProjectFile } from './project-file';
import { setAside } from '../fs/set-aside';

/**
 * A cache of what the sidecars said, so a large workspace opens without reading every file.
 * Rows are positional arrays: at 10,000 clips, repeating the key names would double the
 * file and the time to parse it. Anything odd in the file means "rebuild", never "trust".
 */
const FORMAT = 'kling-library-index';
const VERSION = 1;

export interface IndexedProject {
  dir: string;
  file: ProjectFile;
  fileStamp: Stamp | null;
  /** The folder's modification time when it was last listed: unchanged means no entry came or went. */
  dirMtimeMs: number | null;
  problems: string[];
  /** By sidecar file name; made as the records the library keeps, so a warm start reuses them. */
  clips: ReadonlyMap<string, ClipRecord>;
}

type Check = (value: unknown) => boolean;
const str: Check = (v) => typeof v === 'string';
const strOrNull: Check = (v) => v === null || typeof v === 'string';
const numOrNull: Check = (v) => v === null || typeof v === 'number';
const count: Check = (v) => Number.isInteger(v) && (v as number) >= 0;
const bool: Check = (v) => typeof v === 'boolean';
const strings: Check = (v) => Array.isArray(v) && v.every(str);
const oneOf =
  (values: readonly string[]): Check =>
  (v) =>
    typeof v === 'string' && values.includes(v);

// The order of the columns is the format: change it only with VERSION.
const COLUMNS: ReadonlyArray<[keyof ClipMeta, Check]> = [
  ['clipId', str],
  ['jobId', str],
  ['videoFile', str],
  ['action', oneOf(CLIP_KINDS)],
  ['model', (v) => v === null || oneOf(MODEL_IDS)(v)],
  ['mode', strOrNull],
  ['prompt', str],
  ['negativePrompt', str],
  ['taskId', str],
  ['videoId', strOrNull],
  ['durationSec', numOrNull],
  ['sizeBytes', count],
  ['sha256', str],
  ['parentClipId', strOrNull],
  ['submittedAt', str],
  ['createdAt', str],
  ['favourite', bool],
  ['tags', strings],
  ['rating', count],
  ['note', str],
];
const LEAD = 5; // name, mtimeMs, size, video present, poster present

/** Where a workspace's index lives: one file per workspace, named from its path. */
export function indexPath(dataDir: string, workspaceDir: string): string {
  const key = createHash('sha256').update(workspaceDir).digest('hex').slice(0, 16);
  return join(dataDir, 'library-index', `${key}.json`);
}

export type IndexLoad =
  | { kind: 'loaded'; projects: IndexedProject[] }
  | { kind: 'missing' }
  | { kind: 'corrupt'; setAsideAs: string | null };

export async function loadIndex(path: string, workspaceDir: string, now: Date): Promise<IndexLoad> {
  let text: string;
  try {
    // Read in one go (the thread pool is slower for one big file) and, since the index is
    // written as ASCII, decoded as such: byte-to-char copying, no UTF-8 decoding pass.
    const bytes = readFileSync(path);
    text = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  } catch {
    return { kind: 'missing' };
  }
  const projects = decode(text, workspaceDir);
  if (projects) return { kind: 'loaded', projects };
  return { kind: 'corrupt', setAsideAs: await setAside(path, now).catch(() => null) };
}

export async function saveIndex(
  path: string,
  workspaceDir: string,
  projects: readonly IndexedProject[],
): Promise<void> {
  const body = {
    format: FORMAT,
    version: VERSION,
    workspaceDir,
    projects: projects.map((p) => ({
      dir: p.dir,
      file: p.file,
      fileStamp: p.fileStamp ? [p.fileStamp.mtimeMs, p.fileStamp.size] : null,
      dirMtimeMs: p.dirMtimeMs,
      problems: p.problems,
      rows: [...p.clips.values()].map((c) => [
        c.name,
        c.stamp.mtimeMs,
        c.stamp.size,
        c.videoPresent,
        c.posterPresent,
        ...COLUMNS.map(([key]) => c.meta[key]),
      ]),
    })),
  };
  await mkdir(join(path, '..'), { recursive: true });
  // Non-ASCII written as \u escapes keeps the file one byte per character, which the engine
  // reads and parses much faster than text with a single CJK prompt in it.
  await writeFileAtomic(path, JSON.stringify(body).replace(/[\u0080-\uffff]/g, escapeChar));
}

function decode(text: string, workspaceDir: string): IndexedProject[] | null {
  let body: unknown;
  try {
    body = JSON.parse(text) as unknown;
  } catch {
    return null;
  }
  if (!isRecord(body) || body.format !== FORMAT || body.version !== VERSION) return null;
  if (body.workspaceDir !== workspaceDir || !Array.isArray(body.projects)) return null;
  const projects: IndexedProject[] = [];
  for (const item of body.projects as unknown[]) {
    if (!isRecord(item) || !str(item.dir) || !Array.isArray(item.rows)) return null;
    const file = ProjectFileSchema.safeParse(item.file);
    const fileStamp = item.fileStamp === null ? null : decodeStamp(item.fileStamp);
    const dirMtimeMs = typeof item.dirMtimeMs === 'number' ? item.dirMtimeMs : null;
    if (!file.success || fileStamp === undefined || !strings(item.problems)) return null;
    const clips = new Map<string, ClipRecord>();
    for (const row of item.rows as unknown[]) {
      const clip = decodeRow(row, file.data.id);
      if (!clip) return null;
      clips.set(clip.name, clip);
    }
    projects.push({
      dir: item.dir as string,
      file: file.data,
      fileStamp,
      dirMtimeMs,
      problems: item.problems as string[],
      clips,
    });
  }
  return projects;
}

function decodeRow(row: unknown, projectId: string): ClipRecord | null {
  if (!Array.isArray(row) || row.length !== LEAD + COLUMNS.length) return null;
  const r = row as unknown[];
  if (!str(r[0]) || typeof r[1] !== 'number' || !count(r[2]) || !bool(r[3]) || !bool(r[4]))
    return null;
  for (let i = 0; i < COLUMNS.length; i++) {
    if (!(COLUMNS[i] as [keyof ClipMeta, Check])[1](r[LEAD + i])) return null;
  }
  // One literal in column order: objects of one shape are far quicker to make and read
  // than ones filled key by key.
  const meta = {
    clipId: r[5],
    jobId: r[6],
    videoFile: r[7],
    action: r[8],
    model: r[9],
    mode: r[10],
    prompt: r[11],
    negativePrompt: r[12],
    taskId: r[13],
    videoId: r[14],
    durationSec: r[15],
    sizeBytes: r[16],
    sha256: r[17],
    parentClipId: r[18],
    submittedAt: r[19],
    createdAt: r[20],
    favourite: r[21],
    tags: r[22],
    rating: r[23],
    note: r[24],
  } as ClipMeta;
  const stamp = { mtimeMs: r[1], size: r[2] as number };
  return newRecord(projectId, r[0] as string, stamp, meta, {
    video: r[3] as boolean,
    poster: r[4] as boolean,
  });
}

function decodeStamp(value: unknown): Stamp | undefined {
  if (!Array.isArray(value) || typeof value[0] !== 'number' || !count(value[1])) return undefined;
  return { mtimeMs: value[0], size: value[1] as number };
}

function escapeChar(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
