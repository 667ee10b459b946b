import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, matchesGlob, resolve } from 'node:path';
import { promisify } from 'node:util';
import { listPackage } from '@electron/asar';
import { describe, expect, it } from 'vitest';
import config, { afterPack } from '../../../electron-builder';
import { ICON_FILES } from '../../../packaging/icons';
import { fuseMismatches } from '../../../packaging/fuses';
import { writeFakeElectron } from './fake-electron';

const root = resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);

/** electron-builder's rule: a path is packed when it matches an include and no later `!` pattern. */
function packed(path: string): boolean {
  let keep = false;
  for (const pattern of config.files as string[]) {
    if (pattern.startsWith('!')) {
      if (matchesGlob(path, pattern.slice(1))) keep = false;
    } else if (matchesGlob(path, pattern)) keep = true;
  }
  return keep;
}

function targetsOf(platform: 'mac' | 'win' | 'linux'): Record<string, string[]> {
  const entries = (config[platform]?.target ?? []) as Array<
    string | { target: string; arch?: string[] }
  >;
  return Object.fromEntries(
    entries.map((entry) =>
      typeof entry === 'string' ? [entry, ['x64']] : [entry.target, entry.arch ?? ['x64']],
    ),
  );
}

describe('electron-builder configuration', () => {
  it('builds dmg and zip for both Mac architectures, an NSIS installer, an AppImage and a deb', () => {
    expect(targetsOf('mac')).toEqual({ dmg: ['x64', 'arm64'], zip: ['x64', 'arm64'] });
    expect(targetsOf('win')).toEqual({ nsis: ['x64'] });
    expect(targetsOf('linux')).toEqual({ AppImage: ['x64'], deb: ['x64'] });
    expect(config.appId).toMatch(/^[a-z]+(\.[a-z]+)+$/);
    expect(config.productName).toBe('Kling Studio');
    expect(config.mac?.category).toBe('public.app-category.video');
    expect(config.linux?.category).toBe('AudioVideo');
  });

  it('packs into asar, rebuilds native modules and flips the fuses after packing', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.afterPack).toBe(afterPack);
  });

  it('packs the built app and never the tests, sources or source maps', () => {
    for (const path of ['out/main/index.js', 'out/preload/index.cjs', 'out/renderer/index.html'])
      expect(packed(path), path).toBe(true);
    for (const path of [
      'tests/unit/packaging/fuses.test.ts',
      'tests/fixtures/media/sample.mp4',
      'electron/main/services/config.ts',
      'renderer/src/App.tsx',
      'shared/contract.ts',
      'packaging/fuses.ts',
      'out/main/index.js.map',
      '.github/workflows/ci.yml',
    ])
      expect(packed(path), path).toBe(false);
  });

  it('points every platform at an icon generated into resources/', () => {
    for (const name of ICON_FILES)
      expect(existsSync(join(root, 'resources', name)), name).toBe(true);
    expect(config.mac?.icon).toBe('resources/icon.icns');
    expect(config.win?.icon).toBe('resources/icon.ico');
    expect(config.linux?.icon).toBe('resources/icons');
  });
});

describe.skipIf(process.platform !== 'linux')('electron-builder packing (Linux, unpacked)', () => {
  it('lays out an app whose archive holds only the built app and production modules, with its fuses flipped', async () => {
    const work = await mkdtemp(join(tmpdir(), 'kling-pack-'));
    try {
      // The Electron download is out of reach here, so a stand-in binary with a real fuse
      // wire takes its place; everything else is electron-builder's own run.
      const electronDist = join(work, 'electron');
      await writeFakeElectron(join(electronDist, 'electron'));
      await writeFile(join(electronDist, 'version'), '45.4.1');
      await run(
        process.execPath,
        [
          join(root, 'node_modules/electron-builder/cli.js'),
          '--linux',
          'dir',
          `-c.electronDist=${electronDist}`,
          // Rebuilding keytar needs Electron's headers, which are a download too.
          '-c.npmRebuild=false',
          `-c.directories.output=${join(work, 'dist')}`,
        ],
        { cwd: root, env: { ...process.env, GITHUB_REPOSITORY: '' } },
      );
      const appDir = join(work, 'dist/linux-unpacked');
      expect(await fuseMismatches(join(appDir, 'kling-studio'))).toEqual([]);
      const files = listPackage(join(appDir, 'resources/app.asar'), { isPack: false });
      const top = new Set(files.map((file) => file.split(/[\\/]/)[1]));
      expect([...top].sort()).toEqual(['node_modules', 'out', 'package.json', 'resources']);
      expect(files).toContain(join('/out/main/index.js'));
      expect(files.some((file) => /[\\/]node_modules[\\/]keytar[\\/]/.test(file))).toBe(true);
      for (const devOnly of ['vitest', 'electron-builder', 'typescript', 'playwright-core'])
        expect(
          files.some((file) => file.includes(`/node_modules/${devOnly}/`)),
          devOnly,
        ).toBe(false);
      expect(files.some((file) => file.startsWith('/out/') && file.endsWith('.map'))).toBe(false);
      expect(
        existsSync(
          join(appDir, 'resources/app.asar.unpacked/node_modules/keytar/build/Release/keytar.node'),
        ),
      ).toBe(true);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }, 180_000);
});
