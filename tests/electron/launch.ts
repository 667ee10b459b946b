import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { _electron, chromium, type Browser, type Page } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');

export interface RunningApp {
  page: Page;
  /** The browser side of the packaged app, to list DevTools targets over CDP. */
  browser: Browser | null;
  packaged: boolean;
  close(): Promise<void>;
}

/** What to run: the packaged app named by KLING_SMOKE_APP, or Electron on `out/` — with the reason when neither exists. */
export function findTarget(): { path: string | null; packaged: boolean; reason: string } {
  const packagedApp = process.env.KLING_SMOKE_APP;
  if (packagedApp) {
    const path = resolve(packagedApp);
    return existsSync(path)
      ? { path, packaged: true, reason: '' }
      : { path: null, packaged: true, reason: `no packaged app at ${path}` };
  }
  // Read without importing `electron`, which would try to download the binary.
  const pathFile = join(root, 'node_modules/electron/path.txt');
  if (!existsSync(pathFile))
    return {
      path: null,
      packaged: false,
      reason:
        'the Electron binary is not downloaded on this machine (node_modules/electron/path.txt is missing)',
    };
  const dist = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(root, 'node_modules/electron/dist');
  const path = join(dist, readFileSync(pathFile, 'utf8'));
  return existsSync(path)
    ? { path, packaged: false, reason: '' }
    : { path: null, packaged: false, reason: `the Electron binary is missing at ${path}` };
}

/** Electron on the built `out/` folder, driven by Playwright (which needs Node's inspector). */
export async function launchFromSource(
  executablePath: string,
  env: Record<string, string>,
): Promise<RunningApp> {
  const app = await _electron.launch({
    executablePath,
    args: [join(root, 'out/main/index.js')],
    env: { ...process.env, ...env } as Record<string, string>,
  });
  const page = await app.firstWindow();
  return { page, browser: null, packaged: false, close: () => app.close() };
}

/**
 * The packaged app. Its fuses turn off Node's inspector, which Playwright's Electron support
 * needs, so the app is started with Chromium's remote debugging instead and reached over CDP.
 */
export async function launchPackaged(
  executablePath: string,
  env: Record<string, string>,
): Promise<RunningApp> {
  const args = ['--remote-debugging-port=0'];
  // Hosted Linux runners refuse the unprivileged user namespaces Chromium's sandbox wants.
  if (process.platform === 'linux') args.push('--no-sandbox');
  const child = spawn(executablePath, args, { env: { ...process.env, ...env }, stdio: 'pipe' });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const endpoint = await new Promise<string>((done, fail) => {
    const timer = setTimeout(
      () => fail(new Error('no "DevTools listening" line within 60 s')),
      60_000,
    );
    createInterface({ input: child.stderr }).on('line', (line) => {
      const match = /DevTools listening on (ws:\/\/\S+)/.exec(line);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    child.once('exit', (code) => fail(new Error(`the app exited with ${code} before listening`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  // The window may exist before or after the connection, so look for it until it is there.
  let page: Page | undefined;
  for (const deadline = Date.now() + 30_000; !page && Date.now() < deadline;) {
    page = browser
      .contexts()
      .flatMap((context) => context.pages())
      .find((candidate) => candidate.url().startsWith('app://'));
    if (!page) await new Promise((done) => setTimeout(done, 200));
  }
  if (!page) throw new Error('the packaged app opened no app:// window within 30 s');
  return {
    page,
    browser,
    packaged: true,
    close: async () => {
      await browser.close().catch(() => undefined);
      child.kill();
      await exited;
    },
  };
}
