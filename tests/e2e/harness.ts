import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { IpcResult } from '../../shared/contract';
import { appOriginPolicy } from '../../electron/main/ipc/sender-policy';
import type { JobLimits } from '../../electron/main/services/jobs/job-service';
import { createMainServices, type MainServices } from '../../electron/main/services/main-services';
import { MemorySecretBackend, type SecretBackend } from '../../electron/main/services/secrets/secret-backend';
import { bridgeInitScript } from './bridge-script';
import { serveRenderer } from './static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
const BINDING = '__klingInvoke';
const DISPATCH = '__klingDispatch';

export interface LaunchOptions {
  apiBaseUrl: string;
  dataDir: string;
  /** Hosts results may be downloaded from; defaults to the API's own host (the fake server). */
  downloadHosts?: string[];
  keychain?: SecretBackend | null;
  limits?: Partial<JobLimits>;
}

export interface LaunchedApp {
  page: Page;
  browser: Browser;
  services: MainServices;
  /** Every answer the router gave the page, for assertions on what crossed the bridge. */
  ipcAnswers: IpcResult<unknown>[];
  rendererUrl: string;
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
  const services = await createMainServices({
    version: 'test',
    dataDir: options.dataDir,
    workspaceDir,
    apiBaseUrl: options.apiBaseUrl,
    downloadHosts: options.downloadHosts ?? [new URL(options.apiBaseUrl).host],
    keychain: options.keychain === undefined ? new MemorySecretBackend() : options.keychain,
    isTrustedSender: (sender) => appOriginPolicy(trusted)(sender),
    mediaUrlFor: (clipId) => `/media/clip/${clipId}`,
    emit: (event, payload) => {
      const target = window_(page);
      void target?.evaluate(dispatchInPage, [DISPATCH, event, payload] as const).catch(() => undefined);
    },
    openExternal: async () => false,
    limits: { pollFloorMs: 150, pollCapMs: 1_000, minSubmitIntervalMs: 50, ...options.limits },
  });
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
  const context = await browser.newContext();
  page = await context.newPage();
  const mainFrame = page.mainFrame();
  await page.exposeBinding(BINDING, async (source, channel: unknown, payload: unknown) => {
    const answer = await services.router.handle(String(channel), payload, {
      frameUrl: source.frame.url(),
      isMainFrame: source.frame === mainFrame,
    });
    ipcAnswers.push(answer);
    return answer;
  });
  await page.addInitScript({ content: bridgeInitScript(BINDING, DISPATCH) });
  await page.goto(`${server.url}/index.html`);
  return {
    page,
    browser,
    services,
    ipcAnswers,
    rendererUrl: server.url,
    async close() {
      services.stop();
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

type Dispatch = (event: string, payload: unknown) => void;

function dispatchInPage([fn, event, payload]: readonly [string, string, unknown]): void {
  (globalThis as unknown as Record<string, Dispatch | undefined>)[fn]?.(event, payload);
}

function window_(page: Page | null): Page | null {
  return page && !page.isClosed() ? page : null;
}
