import type { StagedImage } from '../../shared/domain';
import { stagedImage } from './composer-harness';
import type { renderApp } from './render-app';

type Handlers = NonNullable<Parameters<typeof renderApp>[0]>;

/**
 * What main answers for an image given by its address: nothing fetched, so no size, type or
 * thumbnail, and nothing to upload.
 */
export function linkedImage(url: string, overrides: Partial<StagedImage> = {}): StagedImage {
  return stagedImage({
    source: 'url',
    url,
    previewUrl: '',
    width: null,
    height: null,
    sizeBytes: null,
    mime: null,
    ...overrides,
  });
}

/** A fake main that takes every image address as given. */
export const takesAddresses: Handlers = { 'images:fromUrl': ({ url }) => linkedImage(url) };
