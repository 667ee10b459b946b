import { AppError } from '../../../../shared/app-error';
import { t } from '../../../../shared/i18n';

export type ImageMime = 'image/png' | 'image/jpeg';

export interface ImageHeader {
  mime: ImageMime;
  width: number;
  height: number;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
// Start-of-frame markers carry the dimensions; C4 (DHT), C8 (JPG) and CC (DAC) share the range
// but are not frames.
const SOF_MARKERS = new Set([
  0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf,
]);
// Executable headers, named in the refusal so a renamed program is recognisable as one.
const MACH_O = new Set(['cf fa ed fe', 'ce fa ed fe', 'fe ed fa cf', 'fe ed fa ce', 'ca fe ba be']);
// Markers that stand alone, without a length: TEM, SOI and the restart markers.
const STANDALONE = new Set([0x01, 0xd8, 0xd0, 0xd1, 0xd2, 0xd3, 0xd4, 0xd5, 0xd6, 0xd7]);

/** PNG or JPEG by their magic bytes, whatever the file is called; null for anything else. */
export function sniffImageMime(bytes: Uint8Array): ImageMime | null {
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff)
    return 'image/jpeg';
  return null;
}

/**
 * Type and pixel size from the file's own header (PNG IHDR, JPEG start-of-frame), so a renamed
 * executable or a damaged file is refused before anything is copied or uploaded.
 */
export function readImageHeader(bytes: Uint8Array): ImageHeader {
  const mime = sniffImageMime(bytes);
  if (mime === null) {
    throw new AppError(
      'image_not_png_or_jpeg',
      t('errors:image_not_png_or_jpeg', { start: describeStart(bytes) }),
    );
  }
  const size = mime === 'image/png' ? pngSize(bytes) : jpegSize(bytes);
  if (size === null || size.width < 1 || size.height < 1) {
    throw new AppError(
      'image_unreadable',
      t('errors:image_unreadable.damagedHeader', { format: mime === 'image/png' ? 'PNG' : 'JPEG' }),
    );
  }
  return { mime, ...size };
}

function pngSize(bytes: Uint8Array): { width: number; height: number } | null {
  // Signature (8), then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4).
  if (bytes.length < 24) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== 'IHDR' || view.getUint32(8) !== 13) return null;
  const width = view.getUint32(16);
  const height = view.getUint32(20);
  // The PNG spec caps both at 2^31 - 1.
  if (width > 0x7fffffff || height > 0x7fffffff) return null;
  return { width, height };
}

function jpegSize(bytes: Uint8Array): { width: number; height: number } | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) return null;
    // Any number of 0xFF fill bytes may precede a marker.
    while (i < bytes.length && bytes[i] === 0xff) i++;
    const marker = bytes[i];
    i++;
    if (marker === undefined) return null;
    if (STANDALONE.has(marker)) continue;
    // Scan data or the end came before any frame header: there is no size to read.
    if (marker === 0xda || marker === 0xd9) return null;
    if (i + 2 > bytes.length) return null;
    const length = view.getUint16(i);
    if (length < 2 || i + length > bytes.length) return null;
    if (SOF_MARKERS.has(marker)) {
      // Length (2), precision (1), height (2), width (2). A height of 0 defers it to a DNL
      // marker after the scan, which no frame we accept should need.
      if (length < 7) return null;
      return { height: view.getUint16(i + 3), width: view.getUint16(i + 5) };
    }
    i += length;
  }
  return null;
}

function describeStart(bytes: Uint8Array): string {
  if (bytes.length === 0) return t('errors:image_not_png_or_jpeg_start.empty');
  const head = bytes.subarray(0, 4);
  const hex = [...head].map((b) => b.toString(16).padStart(2, '0')).join(' ');
  if (head[0] === 0x7f && head[1] === 0x45 && head[2] === 0x4c && head[3] === 0x46)
    return t('errors:image_not_png_or_jpeg_start.program', { hex, system: 'Linux' });
  if (head[0] === 0x4d && head[1] === 0x5a)
    return t('errors:image_not_png_or_jpeg_start.program', { hex, system: 'Windows' });
  if (MACH_O.has(hex))
    return t('errors:image_not_png_or_jpeg_start.program', { hex, system: 'macOS' });
  return hex;
}
