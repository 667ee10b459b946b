/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/** Finds the Electron binary without importing `electron` (which would try to download it). */
function electronBinary(): { path: string | null; reason: string } {
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const path = join(
      process.env.ELECTRON_OVERRIDE_DIST_PATH,
      existsSync(pathFile) ? readFileSync(pathFile, 'utf8') : 'electron',
    );
    return existsSync(path)
      ? { path, reason: '' }
      : { path: null, reason: `no Electron binary at ${path}` };
  }
  if (!existsSync(pathFile)) {
    return {
      path: null,
      reason:
        'the Electron binary is not downloaded on this machine (node_modules/electron/path.txt is missing)',
    };
  }
  const path = join(root, 'node_modules/electron/dist', readFileSync(pathFile, 'utf8'));
  return existsSync(path)
    ? { path, reason: '' }
    : { path: null, reason: `the Electron binary is missing at ${path}` };
}

const binary = electronBinary();
const noDisplay =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const skipReason = binary.path
  ? noDisplay
    ? 'no display on this Linux machine (run under xvfb-run)'
    : ''
  : binary.reason;

if (skipReason) console.warn(`[electron smoke test] SKIPPED: ${skipReason}`);

describe('real Electron', () => {
  it.skipIf(Boolean(skipReason))(
    `starts the packaged main, preload and renderer${skipReason ? ` — skipped: ${skipReason}` : ''}`,
    async () => {
      const dataDir = await mkdtemp(join(tmpdir(), 'kling-electron-'));
      const app = await _electron.launch({
        executablePath: binary.path as string,
        args: [join(root, 'out/main/index.js')],
        env: {
          ...process.env,
          KLING_STUDIO_DATA_DIR: dataDir,
          KLING_STUDIO_WORKSPACE: join(dataDir, 'workspace'),
        } as Record<string, string>,
      });
      try {
        const page = await app.firstWindow();
        await page.getByRole('button', { name: 'Settings' }).waitFor();
        const surface = await page.evaluate(() => ({
          kling: Object.keys((window as unknown as { kling: object }).kling).sort(),
          hasRequire: typeof (window as unknown as { require?: unknown }).require,
          hasProcess: typeof (window as unknown as { process?: unknown }).process,
        }));
        expect(surface.kling).toEqual(['app', 'jobs', 'library', 'projects', 'shell', 'token']);
        expect(surface.hasRequire).toBe('undefined');
        expect(surface.hasProcess).toBe('undefined');
        const status = await page.evaluate(() =>
          (
            window as unknown as { kling: { token: { status(): Promise<unknown> } } }
          ).kling.token.status(),
        );
        expect(status).toMatchObject({ ok: true });
      } finally {
        await app.close();
        await rm(dataDir, { recursive: true, force: true });
      }
    },
  );
});
