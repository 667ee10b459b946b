/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { IpcResult } from '../../shared/contract';
import { appOriginPolicy } from '../../electron/main/ipc/sender-policy';
import type { JobLimits } from '../../electron/main/services/jobs/job-limits';
import type { FileActions } from '../../electron/main/services/library/file-actions';
import { createMainServices, type MainServices } from '../../electron/main/main-services';
import {
  MemorySecretBackend,
  type SecretBackend,
} from '../../electron/main/services/secrets/secret-backend';
import { createRedactingLog } from '../../electron/main/services/log/redacting-log';
import { DROP_PATHS_GLOBAL, bridgeInitScript } from './bridge/init-script';
import { serveRenderer } from './static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
type RedactingLog = ReturnType<typeof createRedactingLog>;

const BINDING = '__klingInvoke';
const DISPATCH = '__klingDispatch';

export interface LaunchOptions {
  apiBaseUrl: string;
  dataDir: string;
  /** Hosts results may be downloaded from; defaults to the API's own host (the fake server). */
  downloadHosts?: string[];
  keychain?: SecretBackend | null;
  limits?: Partial<JobLimits>;
  /** Library dialogs and trash; by default saves land in `<dataDir>/exports/`, the trash is `<dataDir>/trash/`. */
  files?: FileActions;
  /** AceData's file upload; defaults to the fake server's `/api/v1/files/` under apiBaseUrl. */
  uploadUrl?: string;
  /** Saved as the API token before the page loads, as if the user had saved it earlier. */
  token?: string;
  /** Saved as the platform token (uploads need it) before the page loads. */
  platformToken?: string;
}

export interface LaunchedApp {
  page: Page;
  browser: Browser;
  services: MainServices;
  /** Every answer the router gave the page, for assertions on what crossed the bridge. */
  ipcAnswers: IpcResult<unknown>[];
  rendererUrl: string;
  /**
   * Lets the page drop this file: registers its name → path, which the test bridge's
   * `pathForFile` reads in place of Electron's `webUtils.getPathForFile`. Files are told
   * apart by name only, so register one file per name.
   */
  allowDrop(path: string): Promise<void>;
  /**
   * Drops a file on an element with real `dragenter`, `dragover` and `drop` events whose
   * DataTransfer carries a File with the file's bytes and name. It does not `allowDrop`:
   * a drop of a file never registered reaches main with no path, as a non-disk File would.
   */
  dropFile(target: string | Locator, path: string, mime: string): Promise<void>;
  /** What the next `images:pick` "chooses" in the system dialog; null acts as cancelled. */
  setPickedFile(path: string | null): void;
  /**
   * Resolves once nothing is under way that could still send a job: the page has painted
   * since its last input, every bridge call it made has been answered, and no job is queued
   * (unless the queue is paused) or being sent. Throws after `timeoutMs` (default 10 s).
   */
  whenIdle(timeoutMs?: number): Promise<void>;
  /**
   * Reloads the page. A build run elsewhere in the same checkout can replace the renderer
   * for a moment, so it waits until the built files are all there (and again if a load fails).
   */
  reload(): Promise<void>;
  /** The app's log, written to `<dataDir>/logs/main.log` with its redaction. */
  log: RedactingLog;
  close(): Promise<void>;
}

/**
 * Starts Kling Studio for a test: the real main-process services and router in this process,
 * the built renderer in Debian's Chromium, joined by a bridge built from the shared contract.
 */
export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run "npm run build" first.`);
  }
  const workspaceDir = join(options.dataDir, 'workspace');
  await mkdir(workspaceDir, { recursive: true });
  let page: Page | null = null;
  const trusted: string[] = [];
  let pickedFile: string | null = null;
  // The same redacting log file the app writes, so tests can check what reaches the disk.
  let tokensOf: MainServices | null = null;
  const log = createRedactingLog({
    file: join(options.dataDir, 'logs', 'main.log'),
    secrets: async () =>
      tokensOf ? [await tokensOf.tokens.read(), await tokensOf.tokens.readPlatform()] : [],
  });
  const services = await createMainServices({
    version: 'test',
    log,
    dataDir: options.dataDir,
    workspaceDir,
    apiBaseUrl: options.apiBaseUrl,
    uploadUrl: options.uploadUrl ?? new URL('/api/v1/files/', options.apiBaseUrl).href,
    downloadHosts: options.downloadHosts ?? [new URL(options.apiBaseUrl).host],
    keychain: options.keychain === undefined ? new MemorySecretBackend() : options.keychain,
    isTrustedSender: (sender) => appOriginPolicy(trusted)(sender),
    mediaUrl: (kind, id) => `/media/${kind}/${id}`,
    pickImageFile: async () => pickedFile,
    emit: (event, payload) => {
      const target = window_(page);
      void target
        ?.evaluate(dispatchInPage, [DISPATCH, event, payload] as const)
        .catch(() => undefined);
    },
    openExternal: async () => false,
    files: options.files ?? testFileActions(options.dataDir),
    limits: { pollFloorMs: 150, pollCapMs: 1_000, minSubmitIntervalMs: 50, ...options.limits },
  });
  tokensOf = services;
  if (options.token) await services.tokens.save(options.token);
  if (options.platformToken) await services.tokens.savePlatform(options.platformToken);
  const server = await serveRenderer(RENDERER_DIR, services.handleMedia);
  trusted.push(`${server.url}/`);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
    ],
  });
  const ipcAnswers: IpcResult<unknown>[] = [];
  // The window follows the browser's language until main answers; pinned so a machine set to
  // another language still tests the English every assertion quotes.
  const context = await browser.newContext({ locale: 'en-US' });
  page = await context.newPage();
  const mainFrame = page.mainFrame();
  let unanswered = 0;
  await page.exposeBinding(BINDING, async (source, channel: unknown, payload: unknown) => {
    unanswered++;
    try {
      const answer = await services.router.handle(String(channel), payload, {
        frameUrl: source.frame.url(),
        isMainFrame: source.frame === mainFrame,
      });
      ipcAnswers.push(answer);
      return answer;
    } finally {
      unanswered--;
    }
  });
  await page.addInitScript({ content: await bridgeInitScript(BINDING, DISPATCH) });
  const pageErrors: string[] = [];
  const notePageError = (error: Error): void => void pageErrors.push(error.message);
  page.on('pageerror', notePageError);
  await page.goto(`${server.url}/index.html`);
  // A bridge that failed to build would leave a blank app and tests timing out far from here.
  const bridged = await page.evaluate(() => typeof (window as { kling?: unknown }).kling);
  if (bridged !== 'object') {
    await browser.close().catch(() => undefined);
    await server.close();
    services.stop();
    throw new Error(
      `The test bridge did not build window.kling in the page (found ${bridged}); ` +
        `page errors: ${pageErrors.join(' | ') || 'none'}.`,
    );
  }
  page.off('pageerror', notePageError);
  const opened = page;
  return {
    page,
    browser,
    services,
    ipcAnswers,
    rendererUrl: server.url,
    async allowDrop(path) {
      // Now for this page, and as an init script so it survives a reload.
      await opened.addInitScript(registerDropPath, [
        DROP_PATHS_GLOBAL,
        basename(path),
        path,
      ] as const);
      await opened.evaluate(registerDropPath, [DROP_PATHS_GLOBAL, basename(path), path] as const);
    },
    async dropFile(target, path, mime) {
      const locator = typeof target === 'string' ? opened.locator(target) : target;
      // The File is made by a file input from the path, as Chromium makes one for a desktop
      // drag: disk-backed, so even a 50 MB file is not copied through the test protocol.
      const input = await opened.evaluateHandle(addHiddenFileInput);
      const dataTransfer = await (async () => {
        try {
          await input.setInputFiles(path);
          return await opened.evaluateHandle(takeDataTransfer, [input, mime] as const);
        } finally {
          await input.evaluate((element) => element.remove()).catch(() => undefined);
          await input.dispose();
        }
      })();
      try {
        for (const type of ['dragenter', 'dragover', 'drop'])
          await locator.dispatchEvent(type, { dataTransfer });
      } finally {
        await dataTransfer.dispose();
      }
    },
    setPickedFile(path) {
      pickedFile = path;
    },
    async whenIdle(timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      const sending = (): boolean => {
        const status = services.jobs.status();
        const queued = status.paused || status.authRequired ? 0 : status.queued;
        return queued > 0 || services.jobs.list().some((job) => job.state === 'submitting');
      };
      for (;;) {
        // Two frames: input handled, then whatever it started has reached the bridge.
        await opened.evaluate(afterTwoFrames);
        if (unanswered === 0 && !sending()) return;
        if (Date.now() > deadline)
          throw new Error(`still busy after ${timeoutMs} ms: ${unanswered} bridge calls open`);
      }
    },
    async reload() {
      for (let attempt = 1; ; attempt++) {
        await waitForCompleteBuild(RENDERER_DIR);
        try {
          await opened.reload();
          return;
        } catch (error) {
          // The build may have swapped files between the check and the load: check again.
          if (attempt === 3) throw error;
        }
      }
    },
    log,
    async close() {
      services.stop();
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

type Dispatch = (event: string, payload: unknown) => void;

/** Runs in the page. */
function registerDropPath([global, name, path]: readonly [string, string, string]): void {
  const paths = (globalThis as unknown as Record<string, Record<string, string> | undefined>)[
    global
  ];
  if (paths) paths[name] = path;
}

/** Runs in the page. */
function addHiddenFileInput(): HTMLInputElement {
  const input = document.createElement('input');
  input.type = 'file';
  input.hidden = true;
  document.body.append(input);
  return input;
}

/** Runs in the page: a DataTransfer as a real drag from the desktop would carry it. */
function takeDataTransfer([input, mime]: readonly [HTMLInputElement, string]): DataTransfer {
  const file = input.files?.[0];
  if (!file) throw new Error('the file input holds no file');
  const transfer = new DataTransfer();
  // Re-wrapped only to carry the given type; the bytes stay the disk-backed original's.
  transfer.items.add(new File([file], file.name, { type: mime, lastModified: file.lastModified }));
  return transfer;
}

/** Runs in the page. */
function afterTwoFrames(): Promise<void> {
  return new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
}

/** Waits (at most 10 s) until index.html and every script and style it names exist. */
async function waitForCompleteBuild(dir: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const html = await readFile(join(dir, 'index.html'), 'utf8').catch(() => null);
    const assets = html ? [...html.matchAll(/(?:src|href)="(?:\.?\/)?([^"]+\.(?:js|css))"/g)] : [];
    if (html && assets.every((match) => existsSync(join(dir, match[1] ?? '')))) return;
    if (Date.now() > deadline) throw new Error(`the built renderer in ${dir} stayed incomplete`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function dispatchInPage([fn, event, payload]: readonly [string, string, unknown]): void {
  (globalThis as unknown as Record<string, Dispatch | undefined>)[fn]?.(event, payload);
}

function window_(page: Page | null): Page | null {
  return page && !page.isClosed() ? page : null;
}

/** Dialogs answer at once and the trash is a folder, so library flows run without a desktop. */
function testFileActions(dataDir: string): FileActions {
  const exports = join(dataDir, 'exports');
  const trash = join(dataDir, 'trash');
  return {
    chooseFolder: async () => null,
    chooseSavePath: async ({ defaultName }) => {
      await mkdir(exports, { recursive: true });
      return join(exports, defaultName);
    },
    chooseOpenPath: async () => null,
    trash: async (path) => {
      await mkdir(trash, { recursive: true });
      const target = join(trash, `${Date.now()}-${basename(path)}`);
      // The workspace is inside dataDir here, so a rename always works.
      await rename(path, target);
    },
    reveal: () => undefined,
  };
}
