import { readdirSync, statSync } from 'node:fs';
import { t } from '../../../../shared/i18n';
import { basename, join } from 'node:path';
import { setImmediate as yieldToEvents } from 'node:timers/promises';
import { metaOf, newRecord, type ClipRecord, type Stamp } from './clip-record';
import { PROJECT_FILE } from './project-file';
import { CORRUPT_MARK, setAside } from '../fs/set-aside';
import { POSTER_SUFFIX, SIDECAR_SUFFIX, readSidecar, stemOf } from './sidecar';

export interface ScanOptions {
  projectId: string;
  dir: string;
  /** What is already known, from memory or the index, by sidecar name. */
  known: ReadonlyMap<string, ClipRecord>;
  /** Check every sidecar's size and time, not only the folder listing. */
  deep: boolean;
  /** Sidecars a watcher said changed: checked even when not deep. */
  touched?: ReadonlySet<string>;
  now: Date;
}

export interface ScanResult {
  clips: ClipRecord[];
  problems: string[];
  /** A sidecar still being written by someone else: look again shortly. */
  pending: boolean;
  changed: boolean;
  dirMtimeMs: number;
}

// A file younger than this that does not parse is probably still being copied in.
const SETTLE_MS = 2_000;
// Sync file calls are fast here, but the main process must still answer between batches.
const BATCH = 128;

/** Lists one project folder and brings its clips up to date with the files. */
export async function scanProject(options: ScanOptions): Promise<ScanResult> {
  const { dir, known, now } = options;
  // Taken before listing, so an entry added during the listing shows as a change next time.
  const dirMtimeMs = statSync(dir).mtimeMs;
  const names = readdirSync(dir);
  const present = new Set(names);
  const problems: string[] = [];
  const corrupt = names.filter(isSetAside);
  const clips: ClipRecord[] = [];
  // Where each clip id sits in `clips`, to spot a sidecar copied by hand (same id twice).
  const seenIds = new Map<string, number>();
  let pending = false;
  let changed = false;
  let fileCalls = 0;

  for (const name of names) {
    if (!isSidecarName(name)) continue;
    // Only file calls take time; clips known from the index need no pause.
    if (fileCalls >= BATCH) {
      fileCalls = 0;
      await yieldToEvents();
    }
    const previous = known.get(name);
    let stamp = previous?.stamp;
    let meta = previous?.meta;
    if (!previous || options.deep || options.touched?.has(name)) {
      fileCalls++;
      const stats = statSync(join(dir, name), { throwIfNoEntry: false });
      if (!stats?.isFile()) continue;
      stamp = { mtimeMs: stats.mtimeMs, size: stats.size };
      if (previous && sameStamp(previous.stamp, stamp)) stamp = previous.stamp;
      else meta = undefined;
    }
    if (!stamp) continue;
    if (!meta) {
      changed = true;
      const read = readSidecar(join(dir, name));
      if (read.ok) {
        meta = metaOf(read.sidecar);
      } else if (read.reason === 'tooLarge') {
        problems.push(t('errors:projectProblem.tooLarge', { name, detail: read.detail }));
        continue;
      } else if (read.reason === 'newer') {
        problems.push(t('errors:projectProblem.newer', { name, detail: read.detail }));
        continue;
      } else if (read.reason === 'unreadable' || now.getTime() - stamp.mtimeMs < SETTLE_MS) {
        pending ||= read.reason === 'invalid';
        if (read.reason === 'unreadable')
          problems.push(t('errors:projectProblem.unreadable', { name, detail: read.detail }));
        continue;
      } else {
        const aside = await setAside(join(dir, name), now).catch(() => null);
        if (aside) corrupt.push(basename(aside));
        else problems.push(t('errors:projectProblem.damagedKept', { name, detail: read.detail }));
        continue;
      }
    }
    const seen = seenIds.get(meta.clipId);
    if (seen !== undefined) {
      // The listing comes in no set order: the first name in sort order wins, every time.
      const other = clips[seen] as ClipRecord;
      const [kept, dropped] = other.name < name ? [other.name, name] : [name, other.name];
      problems.push(t('errors:projectProblem.sameId', { dropped, kept }));
      if (kept === other.name) continue;
      clips.splice(seen, 1);
      for (const [id, at] of seenIds) if (at > seen) seenIds.set(id, at - 1);
    }
    seenIds.set(meta.clipId, clips.length);
    const video = present.has(meta.videoFile);
    const poster = present.has(stemOf(name) + POSTER_SUFFIX);
    if (
      previous &&
      meta === previous.meta &&
      stamp === previous.stamp &&
      previous.projectId === options.projectId
    ) {
      // Unchanged: keep the same record (a warm start makes no new objects for 10,000 clips).
      if (previous.videoPresent !== video || previous.posterPresent !== poster) changed = true;
      previous.videoPresent = video;
      previous.posterPresent = poster;
      clips.push(previous);
    } else {
      clips.push(newRecord(options.projectId, name, stamp, meta, { video, poster }));
    }
  }
  for (const file of corrupt)
    problems.push(
      t('errors:projectProblem.setAside', { name: file.split(CORRUPT_MARK)[0] ?? file, file }),
    );
  const kept = new Set(clips.map((c) => c.name));
  for (const name of known.keys()) if (!kept.has(name)) changed = true;
  return { clips, problems, pending, changed, dirMtimeMs };
}

/** A sidecar or project file set aside earlier: reported until the person deals with it. */
function isSetAside(name: string): boolean {
  return (
    name.includes(`${SIDECAR_SUFFIX}${CORRUPT_MARK}`) ||
    name.startsWith(`${PROJECT_FILE}${CORRUPT_MARK}`)
  );
}

export function isSidecarName(name: string): boolean {
  // Hidden names are the atomic writer's temp files (and the OS's own).
  return (
    name.endsWith(SIDECAR_SUFFIX) && !name.startsWith('.') && name.length > SIDECAR_SUFFIX.length
  );
}

function sameStamp(a: Stamp, b: Stamp): boolean {
  return a.mtimeMs === b.mtimeMs && a.size === b.size;
}
