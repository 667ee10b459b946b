import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  LocalImageService,
  type ImageServiceOptions,
} from '../../../../electron/main/services/images/image-service';
import {
  PREFERENCES_FILE,
  PreferencesStore,
} from '../../../../electron/main/services/preferences/preferences-store';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';
import { writeImageCases, type ImageCases } from '../../../fixtures/images/test-images';

export const PLATFORM_TOKEN = 'platform-9c1e77d0a4b2-PLAT';

export interface ImageRig {
  root: string;
  dataDir: string;
  cases: ImageCases;
  api: FakeAceData;
  /** The platform token the service reads; set to null to act as if none was saved. */
  platformToken: string | null;
  /** A clock the test moves; starts at a fixed date. */
  clock: { now: number };
  service(overrides?: Partial<ImageServiceOptions>): LocalImageService;
  uploads(): FakeAceData['requests'];
}

const rigs: ImageRig[] = [];

/** A fresh data folder, the image cases, a fake AceData on 127.0.0.1, and a service factory. */
export async function makeRig(): Promise<ImageRig> {
  const root = await mkdtemp(join(tmpdir(), 'kling-images-'));
  const dataDir = join(root, 'data');
  const cases = await writeImageCases(join(root, 'pictures'));
  const api = await startFakeAceData();
  const rig: ImageRig = {
    root,
    dataDir,
    cases,
    api,
    platformToken: PLATFORM_TOKEN,
    clock: { now: Date.parse('2025-03-01T10:00:00Z') },
    service: (overrides = {}) =>
      new LocalImageService({
        dataDir,
        uploadUrl: `${api.url}/api/v1/files/`,
        readPlatformToken: async () => rig.platformToken,
        previewUrlFor: (id) => `kling-media://image/${id}`,
        now: () => rig.clock.now,
        // Read afresh by each service, as a new run of the app would.
        consent: new PreferencesStore(join(dataDir, PREFERENCES_FILE), {
          now: () => new Date(rig.clock.now),
        }).consent,
        ...overrides,
      }),
    uploads: () => api.requests.filter((r) => r.path.startsWith('/api/v1/files')),
  };
  rigs.push(rig);
  return rig;
}

export async function disposeRigs(): Promise<void> {
  for (const rig of rigs.splice(0)) {
    await rig.api.close();
    await rm(rig.root, { recursive: true, force: true });
  }
}

/** The AppError code a promise rejects with (fails the test if it resolves). */
export async function codeOf(
  promise: Promise<unknown>,
): Promise<{ code: string; message: string }> {
  try {
    await promise;
  } catch (error) {
    const { code, message } = error as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected a refusal, but it succeeded');
}
