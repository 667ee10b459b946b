import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options } from '@electron/fuses';
import { Arch, type AfterPackContext } from 'electron-builder';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { afterPack } from '../../../electron-builder';
import { FUSES, electronBinaryPath, fuseConfigFor, fuseMismatches } from '../../../packaging/fuses';
import { STOCK_WIRE, writeFakeElectron } from './fake-electron';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kling-fuses-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The parts of electron-builder's context the hook reads. */
function contextFor(platform: string, arch: Arch): AfterPackContext {
  return {
    appOutDir: dir,
    outDir: dir,
    electronPlatformName: platform,
    arch,
    targets: [],
    packager: { executableName: 'kling-studio', appInfo: { productFilename: 'Kling Studio' } },
  } as unknown as AfterPackContext;
}

describe('fuses', () => {
  it('turns off run-as-node, NODE_OPTIONS, inspect and file privileges, and turns on cookie encryption and asar-only integrity', () => {
    expect(FUSES).toEqual({
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
      [FuseV1Options.WasmTrapHandlers]: true,
    });
  });

  it('names every fuse @electron/fuses knows, so a new one cannot be left at its default', () => {
    const known = Object.values(FuseV1Options).filter((v) => typeof v === 'number');
    expect(Object.keys(FUSES).map(Number).sort()).toEqual([...known].sort());
    expect(fuseConfigFor(contextPart('linux', 'x64')).strictlyRequireAllFuses).toBe(true);
  });

  it('the afterPack hook rewrites the fuse wire of the packed Linux binary', async () => {
    const binary = join(dir, 'kling-studio');
    await writeFakeElectron(binary);
    expect(await fuseMismatches(binary)).toHaveLength(7);
    await afterPack(contextFor('linux', Arch.x64));
    expect(await fuseMismatches(binary)).toEqual([]);
    expect((await readFile(binary)).includes(Buffer.from(STOCK_WIRE))).toBe(false);
  });

  it('the afterPack hook finds the framework inside the macOS bundle', async () => {
    const framework = join(
      dir,
      'Kling Studio.app/Contents/Frameworks/Electron Framework.framework/Electron Framework',
    );
    await writeFakeElectron(framework);
    await afterPack(contextFor('darwin', Arch.x64));
    expect(await fuseMismatches(join(dir, 'Kling Studio.app'))).toEqual([]);
  });

  it('the afterPack hook refuses a binary with a fuse this list does not name', async () => {
    const binary = join(dir, 'Kling Studio.exe');
    await writeFakeElectron(binary, `${STOCK_WIRE}1`);
    await expect(afterPack(contextFor('win32', Arch.x64))).rejects.toThrow(
      /strictlyRequireAllFuses/,
    );
  });

  it('resets the ad-hoc signature only for Apple silicon builds, which will not start unsigned', () => {
    expect(fuseConfigFor(contextPart('darwin', 'arm64')).resetAdHocDarwinSignature).toBe(true);
    expect(fuseConfigFor(contextPart('darwin', 'x64')).resetAdHocDarwinSignature).toBe(false);
    expect(fuseConfigFor(contextPart('linux', 'arm64')).resetAdHocDarwinSignature).toBe(false);
  });

  it('locates the binary per platform', () => {
    expect(electronBinaryPath(contextPart('win32', 'x64'))).toBe(join(dir, 'Kling Studio.exe'));
    expect(electronBinaryPath(contextPart('darwin', 'x64'))).toBe(join(dir, 'Kling Studio.app'));
    expect(() => electronBinaryPath(contextPart('plan9', 'x64'))).toThrow(/unknown platform/);
  });
});

function contextPart(electronPlatformName: string, arch: string) {
  return {
    appOutDir: dir,
    electronPlatformName,
    arch,
    executableName: electronPlatformName === 'linux' ? 'kling-studio' : 'Kling Studio',
  };
}
