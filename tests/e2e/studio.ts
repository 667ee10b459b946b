import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startFakeAceData,
  type FakeAceData,
  type FakeAceDataOptions,
} from '../fixtures/fake-acedata/server';
import type { Page } from 'playwright-core';
import type { ModelId } from '../../shared/models';
import { launchApp, type LaunchOptions, type LaunchedApp } from './harness';

export interface StudioOptions extends Partial<Omit<LaunchOptions, 'apiBaseUrl'>> {
  /** How the fake AceData behaves (task time, the one token it accepts, …). */
  api?: FakeAceDataOptions;
}

/** The app, the fake AceData it talks to, and a scratch folder; closed together. */
export interface Studio {
  app: LaunchedApp;
  api: FakeAceData;
  /** A fresh folder for the test's own files; the app's data is in `dataDir` below it. */
  dir: string;
  dataDir: string;
  close(): Promise<void>;
}

/**
 * Starts the fake AceData and the app against it, in a fresh temp folder, the way every e2e
 * file needs them. `close()` stops both and removes the folder.
 */
export async function openStudio(options: StudioOptions = {}): Promise<Studio> {
  const { api: apiOptions, ...launch } = options;
  const api = await startFakeAceData(apiOptions);
  const dir = await mkdtemp(join(tmpdir(), 'kling-e2e-'));
  const dataDir = launch.dataDir ?? join(dir, 'data');
  const cleanUp = async (): Promise<void> => {
    await api.close();
    await rm(dir, { recursive: true, force: true });
  };
  const app = await launchApp({ ...launch, apiBaseUrl: api.url, dataDir }).catch(
    async (error: unknown) => {
      await cleanUp();
      throw error;
    },
  );
  return {
    app,
    api,
    dir,
    dataDir,
    async close() {
      await app.close();
      await cleanUp();
    },
  };
}

/**
 * Picks the composer's model, for a test whose expectations are about one model rather than
 * whichever the composer starts on (the newest general model, or the project's last one).
 */
export async function chooseModel(page: Page, model: ModelId): Promise<void> {
  await page
    .getByRole('form', { name: 'Composer' })
    .getByLabel('Model', { exact: true })
    .selectOption(model);
}

/**
 * Reloads the window on the composer's defaults: once every press has reached main, main
 * forgets every project's last settings, which the composer would otherwise start on. For
 * suites whose rows each expect a fresh composer.
 */
export async function reloadAfresh(app: LaunchedApp): Promise<void> {
  // A Generate pressed just before may still be on its way to main, which would remember it
  // after the forgetting below.
  await app.whenIdle();
  for (const project of app.services.library.listProjects())
    await app.services.making.forgetSettings(project.id);
  await app.reload();
}
