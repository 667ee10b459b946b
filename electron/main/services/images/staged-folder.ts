import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../fs/atomic-write';
import type { ImageMime } from './image-header';

const IMAGE_ID = /^img_[0-9a-f]{16}$/;
const EXTENSIONS = ['png', 'jpg'] as const;

/** Opaque, unguessable, and safe to use as a file name. */
export function newImageId(): string {
  return `img_${randomBytes(8).toString('hex')}`;
}

export function isImageId(id: string): boolean {
  return IMAGE_ID.test(id);
}

export function extensionFor(mime: ImageMime): (typeof EXTENSIONS)[number] {
  return mime === 'image/png' ? 'png' : 'jpg';
}

/**
 * `<dataDir>/staged-images/`: the app's own copy of each staged image, named from its id, so a
 * later edit of the original cannot change what is uploaded and thumbnails need no user path.
 */
export class StagedFolder {
  constructor(readonly dir: string) {}

  async put(id: string, mime: ImageMime, bytes: Uint8Array): Promise<string> {
    if (!isImageId(id)) throw new Error(`not an image id: ${id}`);
    await mkdir(this.dir, { recursive: true, mode: 0o700 });
    const path = join(this.dir, `${id}.${extensionFor(mime)}`);
    await writeFileAtomic(path, bytes);
    return path;
  }

  /** The staged copy for an id, or null; only ids of our own shape are ever joined to a path. */
  async find(id: string): Promise<string | null> {
    if (!isImageId(id)) return null;
    for (const ext of EXTENSIONS) {
      const path = join(this.dir, `${id}.${ext}`);
      const stats = await lstat(path).catch(() => null);
      if (stats?.isFile()) return path;
    }
    return null;
  }

  async remove(id: string): Promise<boolean> {
    const path = await this.find(id);
    if (path === null) return false;
    await rm(path, { force: true });
    return true;
  }

  /** Removes staged copies last written before `cutoffMs`; returns how many went. */
  async prune(cutoffMs: number): Promise<number> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    let removed = 0;
    for (const name of names) {
      // Only our own files: anything else someone put there is left alone.
      if (!/^img_[0-9a-f]{16}\.(png|jpg)$/.test(name)) continue;
      const path = join(this.dir, name);
      const stats = await lstat(path).catch(() => null);
      if (!stats?.isFile() || stats.mtimeMs >= cutoffMs) continue;
      await rm(path, { force: true });
      removed++;
    }
    return removed;
  }
}
