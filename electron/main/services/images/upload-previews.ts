import { z } from 'zod';
import { readStateFile, writeStateFile } from '../fs/json-state-file';
import { isImageId, type StagedFolder } from './staged-folder';

const PreviewsSchema = z.object({
  // Uploaded URL → the id of the staged copy it was published from.
  uploads: z.record(z.string().max(4096), z.string()),
});
type Entries = z.infer<typeof PreviewsSchema>['uploads'];

/** Entries kept at most; the oldest go first, so the file stays small. */
const MAX_ENTRIES = 500;

/**
 * `upload-previews.json`: which staged copy each uploaded image URL came from, so the clip
 * detail can show a thumbnail of a frame without hashing files or fetching a remote address.
 */
export class UploadPreviews {
  private loading: Promise<Entries> | null = null;
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly path: string,
    private readonly folder: StagedFolder,
    private readonly previewUrlFor: (imageId: string) => string,
  ) {}

  /** Records that `url` is the upload of the staged image `imageId`. */
  async remember(url: string, imageId: string): Promise<void> {
    if (!isImageId(imageId)) return;
    const entries = await this.load();
    delete entries[url];
    entries[url] = imageId;
    const urls = Object.keys(entries);
    for (const old of urls.slice(0, Math.max(0, urls.length - MAX_ENTRIES))) delete entries[old];
    const snapshot = { uploads: { ...entries } };
    // Chained so an older snapshot never lands after a newer one.
    const write = this.writing.then(() => writeStateFile(this.path, snapshot));
    this.writing = write.catch(() => undefined);
    await write;
  }

  /**
   * The media address of the local copy `url` was uploaded from, or null when it was never
   * uploaded from here or the copy is gone. Only ids of the staged folder's own shape are
   * turned into a file name, so a damaged list cannot point outside that folder.
   */
  async previewFor(url: string): Promise<string | null> {
    const imageId = (await this.load())[url];
    if (imageId === undefined || !isImageId(imageId)) return null;
    const file = await this.folder.find(imageId);
    return file === null ? null : this.previewUrlFor(imageId);
  }

  private load(): Promise<Entries> {
    // A missing or damaged list only means no thumbnails; it never blocks an upload.
    this.loading ??= readStateFile(this.path, PreviewsSchema, { now: () => new Date() })
      .then((read): Entries => (read.kind === 'value' ? { ...read.value.uploads } : {}))
      .catch((): Entries => ({}));
    return this.loading;
  }
}
