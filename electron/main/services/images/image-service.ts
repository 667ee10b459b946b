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
import { UploadPreviews } from './upload-previews';

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
}

interface Staged {
  image: StagedImage;
  /** The app's own copy; null for an image that came as a URL. */
  file: string | null;
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
  private readonly previews: UploadPreviews;
  private readonly systemDirs: readonly string[];
  private readonly now: () => number;
  private pruned = false;

  constructor(private readonly options: ImageServiceOptions) {
    const log = options.log ?? (() => undefined);
    this.now = options.now ?? Date.now;
    this.folder = new StagedFolder(join(options.dataDir, 'staged-images'));
    this.consentStore = options.consent;
    this.publisher =
      options.publisher ??
      new FilePublisher({
        uploadUrl: options.uploadUrl,
        readPlatformToken: options.readPlatformToken,
        consent: options.consent,
        ledger: new UploadLedger(join(options.dataDir, 'uploads.json'), this.now, log),
        ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
        log,
      });
    this.systemDirs = options.systemDirs ?? defaultSystemDirs();
    this.previews = new UploadPreviews(
      join(options.dataDir, 'upload-previews.json'),
      this.folder,
      options.previewUrlFor,
    );
  }

  /** The staged images' folder, for the media scheme's containment check. */
  get stagedDir(): string {
    return this.folder.dir;
  }

  async stage(path: string, frameOf?: StagedImage['frameOf']): Promise<StagedImage> {
    await this.pruneOnce();
    const bytes = await readImageFile(path, this.systemDirs);
    const header = readImageHeader(bytes);
    checkImageDimensions(header.width, header.height);
    const id = newImageId();
    const file = await this.folder.put(id, header.mime, bytes);
    const image: StagedImage = {
      id,
      name: basename(path).slice(0, 260),
      source: 'file',
      width: header.width,
      height: header.height,
      sizeBytes: bytes.length,
      mime: header.mime,
      previewUrl: this.options.previewUrlFor(id),
      url: null,
      ...(frameOf ? { frameOf } : {}),
    };
    this.staged.set(id, { image, file });
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
    this.staged.set(id, { image, file: null });
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
    });
    // A list that cannot be written costs a thumbnail, never the upload.
    await this.previews.remember(url, imageId).catch(() => undefined);
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

  /** The thumbnail address of the local copy an image URL was uploaded from, or null. */
  previewOfUpload(url: string): Promise<string | null> {
    return this.previews.previewFor(url);
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
    };
    this.staged.set(imageId, staged);
    return staged;
  }
}
