import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ICON_FILES, LINUX_ICON_SIZES, generateIcons } from '../../../packaging/icons';

const source = resolve(import.meta.dirname, '../../../resources/icon.svg');

describe('icon generation', () => {
  it('renders every platform icon from the one SVG at the sizes each platform reads', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kling-icons-'));
    try {
      expect((await generateIcons(source, out)).sort()).toEqual([...ICON_FILES].sort());
      for (const size of LINUX_ICON_SIZES) {
        const meta = await sharp(join(out, `icons/${size}x${size}.png`)).metadata();
        expect([meta.width, meta.height, meta.hasAlpha]).toEqual([size, size, true]);
      }
      expect((await sharp(join(out, 'icon.png')).metadata()).width).toBe(512);
      const icns = await readFile(join(out, 'icon.icns'));
      expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
      expect(icns.readUInt32BE(4)).toBe(icns.length);
      // ICONDIR: reserved 0, type 1 (icon), then the image count; Windows wants a 256 px entry.
      const ico = await readFile(join(out, 'icon.ico'));
      expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
      const widths = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + i * 16] || 256);
      expect(widths).toContain(256);
      expect(widths).toContain(16);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });

  it('draws the SVG, not a blank square: the centre is the white play mark, the corner transparent', async () => {
    const out = await mkdtemp(join(tmpdir(), 'kling-icons-'));
    try {
      await generateIcons(source, out);
      const { data, info } = await sharp(join(out, 'icons/64x64.png'))
        .raw()
        .toBuffer({ resolveWithObject: true });
      const pixel = (x: number, y: number) => [
        ...data.subarray((y * info.width + x) * 4, (y * info.width + x) * 4 + 4),
      ];
      expect(pixel(32, 32)).toEqual([255, 255, 255, 255]);
      expect(pixel(0, 0)[3]).toBe(0);
      expect(pixel(8, 8)[3]).toBe(255);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  });
});
