import { AppError } from '../../../../shared/app-error';
import { formatNumber, t } from '../../../../shared/i18n';

// Kling's documented limits for image inputs (kling-api.md §2); the provider refuses the rest
// only after a job was queued, so they are checked here first.
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MIN_SIDE_PX = 300;
export const MAX_ASPECT_RATIO = 2.5;

export function checkImageSize(sizeBytes: number): void {
  if (sizeBytes > MAX_IMAGE_BYTES) {
    throw new AppError(
      'image_too_large',
      t('errors:image_too_large', { size: megabytes(sizeBytes) }),
    );
  }
}

/** Ratio first: a 4000 × 100 strip is refused for its shape, which is the thing to fix. */
export function checkImageDimensions(width: number, height: number): void {
  const ratio = Math.max(width, height) / Math.min(width, height);
  if (ratio > MAX_ASPECT_RATIO) {
    throw new AppError(
      'image_bad_ratio',
      t('errors:image_bad_ratio', { width, height, ratio: ratioText(width, height) }),
    );
  }
  if (Math.min(width, height) < MIN_SIDE_PX) {
    throw new AppError(
      'image_too_small',
      t('errors:image_too_small', { width, height, min: MIN_SIDE_PX }),
    );
  }
}

function megabytes(bytes: number): string {
  return formatNumber(bytes / (1024 * 1024), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
}

function ratioText(width: number, height: number): string {
  const round = (n: number): number => Math.round(n * 100) / 100;
  return width >= height ? `${round(width / height)}:1` : `1:${round(height / width)}`;
}
