import type { StagedImage } from '../../../../shared/domain';

/**
 * Local images for start/end frames and references: checked by main from the real file,
 * uploaded to AceData's file endpoint only after the user agreed, never uploaded twice while
 * the earlier URL is still valid.
 */
export interface ImageService {
  /**
   * Checks a file the user dropped or picked; names the rule that failed. `frameOf` marks a
   * still saved from a library clip, and stays with the image through its upload.
   */
  stage(path: string, frameOf?: StagedImage['frameOf']): Promise<StagedImage>;
  /** An image that is already online: only https URLs are taken. */
  fromUrl(url: string): Promise<StagedImage>;
  /**
   * The local file an uploaded URL came from, staged again while it holds the bytes that were
   * sent; null otherwise (the address is the only way back then).
   */
  restore(url: string): Promise<StagedImage | null>;
  upload(imageId: string): Promise<StagedImage>;
  discard(imageId: string): Promise<boolean>;
  consent(accepted: boolean | undefined): Promise<{ accepted: boolean }>;
  /** The staged file behind an id, for the media scheme's thumbnails. */
  resolvePreview(imageId: string): Promise<string | null>;
}
