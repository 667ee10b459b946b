/// <reference lib="dom" />
import { join } from 'node:path';
import { ALL_FORMATS, FilePathSource, Input } from 'mediabunny';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { KlingApi } from '../../shared/bridge';
import type { Clip } from '../../shared/domain';
import type { LaunchedApp } from './harness';
import { openStudio, type Studio } from './studio';
import { writeClip } from '../support/mp4-fixtures';

const TOKEN = 'sk-test-stitch-6a1f0e93c2d8-STCH';
const WIDE_MP4 = new URL('../fixtures/media/frames-640x360.mp4', import.meta.url).pathname;
const SMALL_MP4 = new URL('../fixtures/media/sample.mp4', import.meta.url).pathname;
const FRAME = 1 / 24;

type Page = { kling: KlingApi };

async function probe(path: string) {
  const input = new Input({ source: new FilePathSource(path), formats: ALL_FORMATS });
  try {
    const video = await input.getPrimaryVideoTrack();
    return {
      tracks: (await input.getTracks()).map((track) => track.type),
      codec: (await video?.getDecoderConfig())?.codec,
      sound: (await input.getPrimaryAudioTrack())?.codec ?? null,
      width: video?.displayWidth,
      height: video?.displayHeight,
      duration: await input.computeDuration(),
    };
  } finally {
    input.dispose();
  }
}

describe('stitching a lineage chain, in Chromium', () => {
  let studio: Studio;
  let app: LaunchedApp;

  beforeAll(async () => {
    studio = await openStudio({ api: { taskDurationMs: 300, validToken: TOKEN }, token: TOKEN });
    ({ app } = studio);
  });

  afterAll(() => studio?.close());

  /** Sends a job from the page and waits until its clip is in the library. */
  async function make(prompt: string, parentClipId?: string): Promise<string> {
    const job = await app.page.evaluate(
      ([text, parent]) =>
        (window as unknown as Page).kling.jobs.submit(
          parent
            ? { action: 'extend', model: 'kling-v1-6', prompt: text, parentClipId: parent }
            : { action: 'text2video', model: 'kling-v1-6', prompt: text },
        ),
      [prompt, parentClipId] as const,
    );
    if (!job.ok) throw new Error(job.error.message);
    await expect
      .poll(() => app.services.jobs.list().find((j) => j.id === job.value.id)?.clipId ?? null, {
        timeout: 20_000,
      })
      .not.toBeNull();
    return app.services.jobs.list().find((j) => j.id === job.value.id)!.clipId!;
  }

  it('joins three clips into one that lasts as long as all three, plays and seeks', async () => {
    const first = await make('A lantern drifts up');
    const second = await make('It rises over the roofs', first);
    const third = await make('It fades among the stars', second);
    const projectId = app.services.library.findClip(first)!.projectId;
    const part = await probe((await app.services.library.resolveClipFile(first))!);

    const { joined, progress } = await app.page.evaluate(
      async ([project, ids]) => {
        const kling = (window as unknown as Page).kling;
        const seen: number[] = [];
        const stop = kling.finishing.onProgress(({ fraction }) => seen.push(fraction));
        const answer = await kling.finishing.stitch({ projectId: project, clipIds: [...ids] });
        stop();
        return { joined: answer, progress: seen };
      },
      [projectId, [first, second, third]] as const,
    );
    if (!joined.ok) throw new Error(joined.error.message);
    const clip: Clip = joined.value;
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toBe(1);

    // On disk: the same tracks and codec as a part, three parts long.
    const file = await probe((await app.services.library.resolveClipFile(clip.id))!);
    expect(file.tracks).toEqual(part.tracks);
    expect(file.codec).toBe(part.codec);
    expect(Math.abs(file.duration - 3 * part.duration)).toBeLessThanOrEqual(FRAME);

    // In the page: Chromium plays it, knows its length, and seeks into the third part.
    const played = await app.page.evaluate(async (src) => {
      const video = document.createElement('video');
      video.muted = true;
      video.src = src;
      document.body.append(video);
      await new Promise((done, fail) => {
        video.addEventListener('loadeddata', done, { once: true });
        video.addEventListener('error', () => fail(new Error('the joined clip did not load')), {
          once: true,
        });
      });
      const duration = video.duration;
      const seeked = await new Promise<number>((done) => {
        video.addEventListener('seeked', () => done(video.currentTime), { once: true });
        video.currentTime = 10.5;
      });
      await video.play();
      await new Promise((done) => video.addEventListener('timeupdate', done, { once: true }));
      const playing = video.currentTime;
      video.remove();
      return { duration, seeked, playing };
    }, clip.mediaUrl);
    expect(Math.abs(played.duration - 3 * part.duration)).toBeLessThanOrEqual(FRAME);
    expect(Math.abs(played.seeked - 10.5)).toBeLessThanOrEqual(FRAME);
    expect(played.playing).toBeGreaterThanOrEqual(played.seeked);

    // The gallery hears of the new clip and shows it.
    const library = app.page.getByRole('region', { name: 'Library' });
    await library
      .getByRole('button', { name: /^Play clip: A lantern drifts up → It rises over the roofs/ })
      .waitFor({ timeout: 10_000 });
  });

  it('re-encodes clips of different picture sizes, with their sound, says so first, and the result plays', async () => {
    const projectId = app.services.library.listProjects()[0]!.id;
    // Two clips of different sizes, both with sound, put in the project with their sidecars.
    const add = async (from: string, name: string, prompt: string) => {
      const path = join(app.services.library.projectDir(projectId), `${name}.mp4`);
      await writeClip(path, { from, sound: true });
      const probed = await probe(path);
      return app.services.library.addClip(projectId, {
        jobId: name,
        videoFile: `${name}.mp4`,
        action: 'text2video',
        model: 'kling-v1-6',
        mode: 'std',
        prompt,
        parameters: {},
        taskId: `task_${name}`,
        videoId: null,
        sourceUrl: '',
        durationSec: probed.duration,
        sizeBytes: 0,
        sha256: '0'.repeat(64),
        parentClipId: null,
        submittedAt: new Date().toISOString(),
      });
    };
    const wide = await add(WIDE_MP4, 'job_wide', 'Wide bars at 640 px');
    const small = await add(SMALL_MP4, 'job_small', 'Small sample at 320 px');
    const files = app.services.library;
    const [wideFile, smallFile] = [
      await probe((await files.resolveClipFile(wide.id))!),
      await probe((await files.resolveClipFile(small.id))!),
    ];
    // Added behind the window's back: a fresh page lists them.
    await app.reload();

    const library = app.page.getByRole('region', { name: 'Library' });
    for (const clip of [wide, small])
      await library
        .getByRole('checkbox', { name: `Select for compare or join: ${clip.prompt}` })
        .check({ timeout: 10_000 });
    await library.getByRole('button', { name: 'Join in order…' }).click();
    const dialog = app.page.getByRole('dialog', { name: 'Join 2 clips' });
    await dialog
      .getByText(
        'These parts differ in clip 2: its video is avc1.640015, not avc1.64001e — they will be re-encoded (slower), each fitted into 640 × 360 px.',
      )
      .waitFor({ timeout: 10_000 });
    // Cancelled while re-encoding: nothing is added, and the dialog says so.
    const before = app.services.library.listClips(projectId).length;
    await dialog.getByRole('button', { name: 'Join', exact: true }).click();
    await dialog.getByText(/^Re-encoding… \d+%$/).waitFor();
    await dialog.getByRole('button', { name: 'Cancel joining' }).click();
    await dialog.getByRole('alert').getByText('Joining the clips was cancelled.').waitFor();
    expect(app.services.library.listClips(projectId)).toHaveLength(before);

    await dialog.getByRole('button', { name: 'Join', exact: true }).click();
    await dialog.getByText(/^Re-encoding… \d+%$/).waitFor();
    await dialog
      .getByText(/^Joined into a new clip of .*, re-encoded\.$/)
      .waitFor({ timeout: 60_000 });

    const joined = app.services.library
      .listClips(projectId)
      .find((clip) => clip.prompt === `${wide.prompt} → ${small.prompt}`)!;
    const file = await probe((await app.services.library.resolveClipFile(joined.id))!);
    expect(file).toMatchObject({ tracks: ['video', 'audio'], width: 640, height: 360 });
    expect(file.codec).toMatch(/^(avc1|vp09|av01)\./);
    // The tone was PCM; sound is re-encoded to what the platform encodes.
    expect(file.sound).toMatch(/^(aac|opus)$/);
    console.log(`[stitch e2e] re-encoded as ${file.codec} with ${file.sound} sound`);
    expect(Math.abs(file.duration - (wideFile.duration + smallFile.duration))).toBeLessThanOrEqual(
      FRAME,
    );
    const played = await app.page.evaluate(async (src) => {
      const video = document.createElement('video');
      video.muted = true;
      video.src = src;
      document.body.append(video);
      await new Promise((done, fail) => {
        video.addEventListener('loadeddata', done, { once: true });
        video.addEventListener('error', () => fail(new Error('the joined clip did not load')), {
          once: true,
        });
      });
      const seeked = await new Promise<number>((done) => {
        video.addEventListener('seeked', () => done(video.currentTime), { once: true });
        video.currentTime = 6;
      });
      const size = [video.videoWidth, video.videoHeight];
      const duration = video.duration;
      video.remove();
      return { seeked, size, duration };
    }, joined.mediaUrl);
    expect(played.size).toEqual([640, 360]);
    expect(Math.abs(played.seeked - 6)).toBeLessThanOrEqual(FRAME);
    expect(Math.abs(played.duration - file.duration)).toBeLessThanOrEqual(FRAME);
  });

  it('counts the chain in the statistics of its model', async () => {
    const stats = await app.page.evaluate(() => (window as unknown as Page).kling.stats.byModel());
    if (!stats.ok) throw new Error(stats.error.message);
    const [v16, ...others] = stats.value;
    expect(others).toEqual([]);
    expect(v16).toMatchObject({ model: 'kling-v1-6', jobs: 3, finished: 3, failed: 0 });
    expect(v16?.failureRate).toBe(0);
    // The fake AceData bills the 5 s asked for (its file runs 41 ms over).
    expect(v16?.billedSeconds).toBe(15);
    expect(v16?.medianSecondsToFinish).toBeGreaterThan(0);
  });

  it('refuses to join a single clip, and cancel with nothing running says so', async () => {
    const answers = await app.page.evaluate(async () => {
      const kling = (window as unknown as Page).kling;
      return {
        cancel: await kling.finishing.cancelStitch(),
        single: await kling.finishing.stitch({
          projectId: 'proj_0000000000000000',
          clipIds: ['clip_0000000000000000'],
        }),
      };
    });
    expect(answers.cancel).toEqual({ ok: true, value: { cancelled: false } });
    expect(answers.single).toMatchObject({ ok: false });
  });
});
