import { join } from 'node:path';
import {
  FuseState,
  FuseV1Options,
  FuseVersion,
  flipFuses,
  getCurrentFuseWire,
  type FuseV1Config,
} from '@electron/fuses';

/**
 * The fuse wire every packaged build ships with (Electron docs: "Electron Fuses"). Every fuse
 * is named, so a fuse added by a future Electron makes `flipFuses` fail instead of being left
 * at its default.
 */
export const FUSES: Record<FuseV1Options, boolean> = {
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS and --inspect would let any local program run code inside the app.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar header hash is checked against the one recorded at build time…
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // …and code is loaded from nowhere else, so a swapped `app/` folder is ignored.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The page is served from app://, so file: needs none of its legacy privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  [FuseV1Options.WasmTrapHandlers]: true,
};

/** What the hook needs from electron-builder's `AfterPackContext`. */
export interface PackedApp {
  appOutDir: string;
  electronPlatformName: string;
  /** electron-builder's `Arch` name: `x64`, `arm64`, `universal`… */
  arch: string;
  /** The app bundle / .exe base name (productFilename), or the Linux executable name. */
  executableName: string;
}

/** The file that holds the fuse wire (the .app bundle on macOS, where `@electron/fuses` finds the framework). */
export function electronBinaryPath(app: PackedApp): string {
  const suffix: Record<string, string> = { darwin: '.app', mas: '.app', win32: '.exe', linux: '' };
  const ext = suffix[app.electronPlatformName];
  if (ext === undefined) throw new Error(`unknown platform ${app.electronPlatformName}`);
  return join(app.appOutDir, `${app.executableName}${ext}`);
}

/** The config handed to `flipFuses` for one packed app. */
export function fuseConfigFor(app: PackedApp): FuseV1Config {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Writing the wire breaks the ad-hoc signature Apple silicon requires to run at all;
    // a real signature is applied after this hook when signing is configured.
    resetAdHocDarwinSignature: app.electronPlatformName === 'darwin' && app.arch !== 'x64',
    ...FUSES,
  };
}

/**
 * Flips the fuses of one packed app in place. Throws when the binary has no fuse wire or has
 * fuses this list does not name.
 */
export async function flipPackedFuses(app: PackedApp): Promise<void> {
  await flipFuses(electronBinaryPath(app), fuseConfigFor(app));
}

/**
 * Reads the fuse wire back from a binary and lists every fuse whose state differs from
 * {@link FUSES} (empty when all match). `binary` is the executable, or the .app on macOS.
 */
export async function fuseMismatches(binary: string): Promise<string[]> {
  const wire = await getCurrentFuseWire(binary);
  const mismatches: string[] = [];
  for (const [index, wanted] of Object.entries(FUSES)) {
    const state = wire[Number(index) as FuseV1Options];
    const expected = wanted ? FuseState.ENABLE : FuseState.DISABLE;
    if (state !== expected) {
      const name = FuseV1Options[Number(index)] ?? `fuse ${index}`;
      mismatches.push(
        `${name}: expected ${FuseState[expected]}, found ${FuseState[state as FuseState] ?? state}`,
      );
    }
  }
  return mismatches;
}
