import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import png2icons from 'png2icons';
import sharp from 'sharp';

/** Sizes of the Linux icon set (freedesktop hicolor theme sizes electron-builder installs). */
export const LINUX_ICON_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024] as const;

/** Every icon file the installers and the window use, relative to the resources folder. */
export const ICON_FILES = [
  'icon.png',
  'icon.icns',
  'icon.ico',
  ...LINUX_ICON_SIZES.map((size) => `icons/${size}x${size}.png`),
];

/**
 * Renders every platform's icon from one SVG: `icon.png` (512 px, the window icon), `icon.icns`
 * (macOS, from a 1024 px render), `icon.ico` (Windows, PNG entries with small sizes as BMP so
 * Explorer's older dialogs can show them) and `icons/NxN.png` (Linux). Throws when the SVG
 * cannot be rendered or an encoder fails.
 */
export async function generateIcons(sourceSvg: string, outDir: string): Promise<string[]> {
  const svg = await readFile(sourceSvg);
  // The SVG is 1024 px at 72 dpi; every smaller size is scaled down from this one render.
  const master = await sharp(svg, { density: 72 }).resize(1024, 1024).png().toBuffer();
  const render = (size: number): Promise<Buffer> =>
    sharp(master).resize(size, size).png().toBuffer();
  await mkdir(join(outDir, 'icons'), { recursive: true });
  const written: Array<[string, Buffer]> = [['icon.png', await render(512)]];
  for (const size of LINUX_ICON_SIZES) {
    written.push([`icons/${size}x${size}.png`, size === 1024 ? master : await render(size)]);
  }
  const icns = png2icons.createICNS(master, png2icons.BICUBIC2, 0);
  const ico = png2icons.createICO(master, png2icons.BICUBIC2, 0, false, true);
  if (!icns || !ico) throw new Error('png2icons could not encode the icon');
  written.push(['icon.icns', icns], ['icon.ico', ico]);
  for (const [name, bytes] of written) await writeFile(join(outDir, name), bytes);
  return written.map(([name]) => name);
}

// `npm run icons` regenerates the committed icons after resources/icon.svg changes.
if (import.meta.filename === resolve(process.argv[1] ?? '')) {
  const resources = resolve(import.meta.dirname, '../resources');
  const names = await generateIcons(join(resources, 'icon.svg'), resources);
  console.log(`wrote ${names.length} icons to ${resources}`);
}
