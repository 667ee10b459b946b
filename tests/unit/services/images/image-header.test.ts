import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readImageHeader,
  sniffImageMime,
} from '../../../../electron/main/services/images/image-header';
import { ELF_BYTES, jpegHeaderBytes, pngBytes } from '../../../fixtures/images/test-images';

const REAL_JPEG = resolve(import.meta.dirname, '../../../fixtures/images/real-512x384.jpg');

function refusal(bytes: Uint8Array): { code: string; message: string } {
  try {
    readImageHeader(bytes);
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error('expected a refusal');
}

describe('image headers', () => {
  it('reads a PNG size from IHDR', () => {
    expect(readImageHeader(pngBytes(640, 360))).toEqual({
      mime: 'image/png',
      width: 640,
      height: 360,
    });
  });

  it('reads a JPEG size from SOF0 after APP segments and fill bytes', () => {
    expect(readImageHeader(jpegHeaderBytes(512, 300))).toEqual({
      mime: 'image/jpeg',
      width: 512,
      height: 300,
    });
  });

  it('reads the size of a real encoder’s JPEG (quantisation and Huffman tables first)', async () => {
    expect(readImageHeader(await readFile(REAL_JPEG))).toEqual({
      mime: 'image/jpeg',
      width: 512,
      height: 384,
    });
  });

  const hex = (markers: number[]): Array<[string, number]> =>
    markers.map((m) => [m.toString(16), m]);

  it.each(hex([0xc1, 0xc2, 0xc3, 0xc9, 0xcf]))(
    'reads the size from the SOF marker 0x%s',
    (_hex, marker) => {
      expect(readImageHeader(jpegHeaderBytes(800, 600, marker))).toMatchObject({
        width: 800,
        height: 600,
      });
    },
  );

  it.each(hex([0xc4, 0xc8, 0xcc]))(
    'does not take the look-alike marker 0x%s for a frame',
    (_hex, marker) => {
      expect(refusal(jpegHeaderBytes(800, 600, marker)).code).toBe('image_unreadable');
    },
  );

  it('knows PNG and JPEG by their bytes, not their names', () => {
    expect(sniffImageMime(pngBytes(1, 1))).toBe('image/png');
    expect(sniffImageMime(jpegHeaderBytes(1, 1))).toBe('image/jpeg');
    expect(sniffImageMime(Buffer.from('GIF89a'))).toBeNull();
  });

  it('names a renamed program for what it is', () => {
    const elf = refusal(ELF_BYTES);
    expect(elf.code).toBe('image_not_png_or_jpeg');
    expect(elf.message).toMatch(/7f 45 4c 46, a Linux program/);
    expect(refusal(Buffer.from('MZ\x90\x00rest', 'latin1')).message).toMatch(/Windows program/);
    expect(refusal(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7])).message).toMatch(/macOS program/);
    expect(refusal(Buffer.alloc(0)).message).toMatch(/empty/);
  });

  it.each([
    ['a PNG cut inside IHDR', pngBytes(640, 360).subarray(0, 20)],
    [
      'a PNG whose first chunk is not IHDR',
      Buffer.concat([pngBytes(1, 1).subarray(0, 12), Buffer.from('IDAT'), Buffer.alloc(8)]),
    ],
    ['a PNG of zero width', pngBytes(0, 360)],
    ['a JPEG cut before its frame header', jpegHeaderBytes(512, 512).subarray(0, 30)],
    [
      'a JPEG with scan data before any frame',
      Buffer.from([0xff, 0xd8, 0xff, 0xda, 0, 2, 0xff, 0xd9]),
    ],
    [
      'a JPEG with junk between segments',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0x12, 0x34]),
    ],
    ['a JPEG segment of impossible length', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 1])],
    ['a JPEG of zero height', jpegHeaderBytes(512, 0)],
  ])('refuses %s as damaged', (_name, bytes) => {
    const error = refusal(bytes);
    expect(error.code).toBe('image_unreadable');
    expect(error.message).toMatch(/header is damaged/);
  });
});
