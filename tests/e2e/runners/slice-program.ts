/// <reference lib="dom" />
// A standalone program, not a test file: the runner test starts it under tsx and under Node's
// own type handling, to prove `launchApp` works whichever way its TypeScript is loaded.
import { readFile } from 'node:fs/promises';
import { openStudio } from '../studio';

const TOKEN = 'sk-test-runner-0c7d2e9a41f5-RUNR';
const PROMPT = 'A tin robot waving from a balcony';

/** What the program prints as its last line, for the runner test to check. */
export interface SliceOutcome {
  submittedPrompt: string | null;
  duration: number;
  seekedTo: number;
  fileMatchesServer: boolean;
}

async function main(): Promise<SliceOutcome> {
  const studio = await openStudio({ api: { taskDurationMs: 400, validToken: TOKEN } });
  const { api, app } = studio;
  try {
    const { page } = app;
    await page.getByRole('button', { name: 'Settings', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Settings' });
    await dialog.getByLabel('AceData API token').fill(TOKEN);
    await dialog.getByRole('button', { name: 'Save token' }).click();
    await dialog.getByText('…RUNR').first().waitFor({ timeout: 10_000 });
    await dialog.getByRole('button', { name: 'Close' }).click();

    const composer = page.getByRole('form', { name: 'Composer' });
    await composer.getByLabel('Prompt', { exact: true }).fill(PROMPT);
    await composer.getByRole('button', { name: 'Generate' }).click();
    const jobs = page.getByRole('region', { name: 'Jobs' });
    await jobs.locator('[data-state="ready"]').first().waitFor({ timeout: 30_000 });

    const library = page.getByRole('region', { name: 'Library' });
    await library.getByRole('button', { name: `Play clip: ${PROMPT}` }).click();
    const video = page.getByLabel('Clip player');
    await video.evaluate(
      (v: HTMLVideoElement) =>
        new Promise<void>((done, fail) => {
          if (v.readyState >= 2) return done();
          v.addEventListener('loadeddata', () => done(), { once: true });
          v.addEventListener('error', () => fail(new Error('the clip did not load')), {
            once: true,
          });
        }),
    );
    const duration = await video.evaluate((v: HTMLVideoElement) => v.duration);
    const seekedTo = await video.evaluate(
      (v: HTMLVideoElement) =>
        new Promise<number>((done) => {
          v.addEventListener('seeked', () => done(v.currentTime), { once: true });
          v.currentTime = 2.5;
        }),
    );
    const [project] = app.services.library.listProjects();
    const [clip] = project ? app.services.library.listClips(project.id) : [];
    const path = clip ? await app.services.library.resolveClipFile(clip.id) : null;
    const onDisk = path ? await readFile(path) : Buffer.alloc(0);
    const submission = api.requests.find((r) => r.path === '/kling/videos');
    return {
      submittedPrompt: (submission?.body as { prompt?: string } | undefined)?.prompt ?? null,
      duration,
      seekedTo,
      fileMatchesServer: Buffer.compare(onDisk, api.videoBytes()) === 0,
    };
  } finally {
    await studio.close();
  }
}

main().then(
  (outcome) => {
    process.stdout.write(`${JSON.stringify(outcome)}\n`);
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
