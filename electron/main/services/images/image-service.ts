import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { StagedImage } from '../../../../shared/domain';
import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';
import { readImageHeader } from './image-header';
import { checkImageDimensions, checkImageSize } from './image-rules';
import type { ConsentStore } from '../preferences/preferences-store';
import type { ImageService } from './image-service-types';
import { checkImageUrl, nameFromUrl } from './image-url';
import { defaultSystemDirs, readImageFile } from './read-image-file';
import { StagedFolder, extensionFor, isImageId, newImageId } from './staged-folder';
import { FilePublisher } from '../uploads/file-publisher';
import { UploadLedger } from '../uploads/upload-ledger';
import { PublishedSources, type PublishedSource } from '../uploads/published-sources';

export interface ImageServiceOptions {
  /** The app's own state folder: staged copies and the upload list live here. */
  dataDir: string;
  uploadUrl: string;
  /** The platform token; never the API token, which AceData's upload refuses. */
  readPlatformToken: () => Promise<string | null>;
  /** `kling-media://image/<id>` in the app, `/media/image/<id>` in the test harness. */
  previewUrlFor: (imageId: string) => string;
  /** The upload consent, kept with the preferences. */
  consent: ConsentStore;
  fetchImpl?: typeof fetch;
  /** Milliseconds since the epoch; tests move it to age uploads. */
  now?: () => number;
  uploadTimeoutMs?: number;
  /** Folders whose files are refused even through a link; defaults per platform. */
  systemDirs?: readonly string[];
  log?: (message: string) => void;
  /**
   * Publishes files for every service that uploads, so one upload list serves them all;
   * without it the service keeps its own list in `dataDir`.
   */
  publisher?: FilePublisher;
  /**
   * Where each uploaded URL's bytes came from; shared with `publisher`, which records into it.
   * Without it the service keeps its own in `dataDir` (and gives it to the publisher it makes).
   */
  sources?: PublishedSources;
}

interface Staged {
  image: StagedImage;
  /** The app's own copy; null for an image that came as a URL. */
  file: string | null;
  /** The file the person chose, recorded with the upload so it can be found again later. */
  original: string | null;
}

/**
 * Staged copies older than this are removed when the next image is staged: by then any upload
 * has its URL (and AceData's copy is gone too), and the composer has long moved on.
 */
export const STAGED_KEEP_MS = 7 * 24 * 60 * 60 * 1000;

// URL images have no local file to read a size from, yet the contract wants positive numbers;
// the renderer shows the address for these instead of a size (see the report to the lead).

/**
 * Stages local images after checking the real file, and uploads them (once the user agreed)
 * to AceData's file endpoint so image2video gets the public URL it needs.
 */
export class LocalImageService implements ImageService {
  private readonly staged = new Map<string, Staged>();
  private readonly folder: StagedFolder;
  private readonly consentStore: ConsentStore;
  private readonly publisher: FilePublisher;
  private readonly sources: PublishedSources;
  private readonly systemDirs: readonly string[];
  private readonly now: () => number;
  private pruned = false;
  /** Thumbnail looks under way, by the URL they are for (see `previewOfUpload`). */
  private readonly previews = new Map<string, Promise<string | null>>();

  constructor(private readonly options: ImageServiceOptions) {
    const log = options.log ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.folder = new StagedFolder(join(options.dataDir, 'staged-images'));
    this.consentStore = options.consent;
    this.sources =
      options.sources ?? new PublishedSources(join(options.dataDir, 'upload-previews.json'), log);
    this.publisher =
      options.publisher ??
      new FilePublisher({
        uploadUrl: options.uploadUrl,
        readPlatformToken: options.readPlatformToken,
        consent: options.consent,
        ledger: new UploadLedger(join(options.dataDir, 'uploads.json'), this.now, log),
        sources: this.sources,
        ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
        log,
      });
    this.systemDirs = options.systemDirs ?? defaultSystemDirs();
  }

  /** The staged images' folder, for the media scheme's containment check. */
  get stagedDir(): string {
    return this.folder.dir;
  }

  async stage(path: string, frameOf?: StagedImage['frameOf']): Promise<StagedImage> {
    await this.pruneOnce();
    const bytes = await readImageFile(path, this.systemDirs);
    return this.stageBytes(bytes, basename(path), path, frameOf);
  }

  /**
   * For "Use these settings": the local file `url` was uploaded from, staged again as if it had
   * just been dropped — the staged copy while it is kept, else the file the person chose — but
   * only when it still holds the very bytes that were sent (same sha256; an entry recorded
   * before hashes were kept may use its staged copy alone). Null when the URL was
   * not published from here, the file is gone or changed, or it no longer passes the checks;
   * the caller then uses the address. Only paths from the record are read, through the same
   * checks as a dropped file, and a staged id is joined to a path only when it has our shape.
   */
  async restore(url: string): Promise<StagedImage | null> {
    const source = await this.sources.lookup(url);
    if (source?.kind !== 'image') return null;
    const staged = source.staged === undefined ? null : await this.folder.find(source.staged);
    // The staged copy is never rewritten under its id, so an entry of the first record's shape
    // (an id, no hash) may use it as it is; the person's own file must match the hash.
    const candidates = [
      { path: staged, trusted: source.sha256 === undefined },
      { path: source.path ?? null, trusted: false },
    ];
    for (const { path, trusted } of candidates) {
      if (path === null) continue;
      const bytes = await readImageFile(path, this.systemDirs).catch(() => null);
      if (bytes === null || (!trusted && sha256(bytes) !== source.sha256)) continue;
      const name = source.name ?? basename(source.path ?? path);
      return this.stageBytes(bytes, name, source.path ?? null).catch(() => null);
    }
    return null;
  }

  private async stageBytes(
    bytes: Uint8Array,
    name: string,
    original: string | null,
    frameOf?: StagedImage['frameOf'],
  ): Promise<StagedImage> {
    const header = readImageHeader(bytes);
    checkImageDimensions(header.width, header.height);
    const id = newImageId();
    const file = await this.folder.put(id, header.mime, bytes);
    const image: StagedImage = {
      id,
      name: name.slice(0, 260),
      source: 'file',
      width: header.width,
      height: header.height,
      sizeBytes: bytes.length,
      mime: header.mime,
      previewUrl: this.options.previewUrlFor(id),
      url: null,
      ...(frameOf ? { frameOf } : {}),
    };
    this.staged.set(id, { image, file, original });
    return image;
  }

  async fromUrl(raw: string): Promise<StagedImage> {
    const url = checkImageUrl(raw);
    const id = newImageId();
    const image: StagedImage = {
      id,
      name: nameFromUrl(url),
      source: 'url',
      // Nothing is fetched from a URL the user typed, so its size and type are unknown here.
      width: null,
      height: null,
      sizeBytes: null,
      mime: null,
      // The renderer's CSP allows images from 'self' and kling-media: only, so a remote
      // address cannot be a thumbnail; the renderer shows the URL text instead.
      previewUrl: '',
      url: url.href,
    };
    this.staged.set(id, { image, file: null, original: null });
    return image;
  }

  async upload(imageId: string): Promise<StagedImage> {
    const staged = await this.find(imageId);
    const file = staged.file;
    if (file === null) return staged.image;
    const mime = staged.image.mime;
    // Only a staged file is uploaded, and main read its type from the bytes.
    if (mime === null)
      throw new AppError('image_unreadable', t('errors:image_unreadable.unknownType'));
    const url = await this.publisher.publish({
      // Our own copy, read again: what was checked at staging is what gets published.
      read: () =>
        readFile(file).catch(() => {
          throw new AppError('image_not_found', t('errors:image_not_found'));
        }),
      kind: 'image',
      extension: extensionFor(mime),
      mime,
      timeoutMs: this.options.uploadTimeoutMs ?? 120_000,
      origin: {
        name: staged.image.name,
        staged: imageId,
        ...(staged.original === null ? {} : { path: staged.original }),
      },
    });
    return { ...staged.image, url };
  }

  async discard(imageId: string): Promise<boolean> {
    const known = this.staged.delete(imageId);
    const removed = await this.folder.remove(imageId);
    return known || removed;
  }

  async consent(accepted: boolean | undefined): Promise<{ accepted: boolean }> {
    if (accepted === undefined) return { accepted: await this.consentStore.read() };
    await this.consentStore.write(accepted);
    return { accepted };
  }

  async resolvePreview(imageId: string): Promise<string | null> {
    if (!isImageId(imageId)) return null;
    const known = this.staged.get(imageId);
    if (known) return known.file;
    return this.folder.find(imageId);
  }

  /**
   * The thumbnail address of the staged copy an image URL was uploaded from. Once that copy is
   * pruned (after 7 days), the file the person chose stands in while it holds the very bytes
   * that were sent (same sha256): it is staged once more through the same checks as a dropped
   * file, and the record points at the new copy, so the next look finds it without copying
   * again. Null when the URL was never uploaded from here, or neither file is left unchanged.
   * Only ids of the staged folder's own shape are turned into a file name, and only the path in
   * the record is read, so a damaged record cannot point anywhere else.
   */
  async previewOfUpload(url: string): Promise<string | null> {
    // One look per URL at a time: a detail asking for the same picture twice at once, or a
    // look that starts while another is copying, shares its answer instead of copying again.
    const pending = this.previews.get(url) ?? this.findPreview(url);
    this.previews.set(url, pending);
    try {
      return await pending;
    } finally {
      if (this.previews.get(url) === pending) this.previews.delete(url);
    }
  }

  private async findPreview(url: string): Promise<string | null> {
    const source = await this.sources.lookup(url);
    if (source?.kind !== 'image') return null;
    if (source.staged !== undefined && (await this.folder.find(source.staged)) !== null)
      return this.options.previewUrlFor(source.staged);
    return this.stageOriginal(url, source);
  }

  /** `source`'s original file staged again for its thumbnail, recorded as its new copy. */
  private async stageOriginal(url: string, source: PublishedSource): Promise<string | null> {
    if (source.path === undefined || source.sha256 === undefined) return null;
    const bytes = await readImageFile(source.path, this.systemDirs).catch(() => null);
    if (bytes === null || sha256(bytes) !== source.sha256) return null;
    const name = source.name ?? basename(source.path);
    const image = await this.stageBytes(bytes, name, source.path).catch(() => null);
    if (image === null) return null;
    // A record that cannot be written only costs a copy next time; the thumbnail still shows.
    await this.sources.remember(url, { ...source, staged: image.id }).catch(() => undefined);
    return image.previewUrl;
  }

  private async pruneOnce(): Promise<void> {
    if (this.pruned) return;
    this.pruned = true;
    const removed = await this.folder.prune(this.now() - STAGED_KEEP_MS).catch(() => 0);
    if (removed > 0) this.options.log?.(`Removed ${removed} staged image(s) older than 7 days`);
  }

  /** A staged image by id; after a restart the copy on disk is checked and described again. */
  private async find(imageId: string): Promise<Staged> {
    const known = this.staged.get(imageId);
    if (known) return known;
    const file = await this.folder.find(imageId);
    if (file === null) {
      throw new AppError('image_not_found', t('errors:image_not_found'));
    }
    const bytes = await readFile(file);
    checkImageSize(bytes.length);
    const header = readImageHeader(bytes);
    checkImageDimensions(header.width, header.height);
    const staged: Staged = {
      image: {
        id: imageId,
        name: basename(file),
        source: 'file',
        width: header.width,
        height: header.height,
        sizeBytes: bytes.length,
        mime: header.mime,
        previewUrl: this.options.previewUrlFor(imageId),
        url: null,
      },
      file,
      original: null,
    };
    this.staged.set(imageId, staged);
    return staged;
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
