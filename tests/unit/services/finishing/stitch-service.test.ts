import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Clip } from '../../../../shared/domain';
import { StitchService } from '../../../../electron/main/services/finishing/stitch-service';
import { Library } from '../../../../electron/main/services/library/library';
import { SAMPLE_MP4, writeClip } from '../../../support/mp4-fixtures';

describe('joining library clips into a new clip', () => {
  let root: string;
  let library: Library;
  let projectId: string;
  let projectDir: string;

  /** Puts a video in the project folder and records it, as a finished job would. */
  async function addVideo(name: string, prompt: string, from = SAMPLE_MP4): Promise<Clip> {
    await copyFile(from, join(projectDir, `${name}.mp4`));
    const bytes = await readFile(join(projectDir, `${name}.mp4`));
    return library.addClip(projectId, {
      jobId: name,
      videoFile: `${name}.mp4`,
      action: 'text2video',
      model: 'kling-v2-6',
      prompt,
      parameters: { prompt, mode: 'std' },
      taskId: `task_${name}`,
      videoId: `video_${name}`,
      sourceUrl: 'https://cdn.example.com/v.mp4',
      durationSec: 4,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      submittedAt: '2026-11-29T10:00:00.000Z',
    });
  }

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'kling-stitch-service-'));
    library = new Library({
      workspaceDir: join(root, 'workspace'),
      dataDir: join(root, 'data'),
      mediaUrlFor: (id) => `kling-media://clip/${id}`,
    });
    await library.open();
    projectId = library.defaultProjectId();
    projectDir = library.projectDir(projectId);
  });

  afterEach(async () => {
    await library.close();
    await rm(root, { recursive: true, force: true });
  });

  it('adds the joined video to the project with a sidecar that lists its parts in order', async () => {
    const kite = await addVideo('job_kite', 'A red kite');
    const loop = await addVideo('job_loop', 'The kite loops back');
    const service = new StitchService({ library, now: () => new Date('2026-11-29T12:00:00Z') });

    const joined = await service.stitch({ projectId, clipIds: [kite.id, loop.id, kite.id] });

    expect(joined.durationSec).toBeCloseTo(12, 5);
    expect(joined.prompt).toBe('A red kite → The kite loops back → A red kite');
    expect(library.listClips(projectId).map((c) => c.id)).toContain(joined.id);
    const path = await library.resolveClipFile(joined.id);
    const bytes = await readFile(path!);
    expect(joined.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(joined.sizeBytes).toBe(bytes.length);
    const sidecar = JSON.parse(
      await readFile(join(projectDir, `${joined.jobId}.kling.json`), 'utf8'),
    ) as { parts: unknown; parentClipId: unknown };
    expect(sidecar.parts).toEqual([
      { clipId: kite.id, prompt: 'A red kite', startSec: 0, durationSec: 4 },
      { clipId: loop.id, prompt: 'The kite loops back', startSec: 4, durationSec: 4 },
      { clipId: kite.id, prompt: 'A red kite', startSec: 8, durationSec: 4 },
    ]);
    expect(sidecar.parentClipId).toBeNull();
  });

  it("joins the re-encoded files given in place of the clips' own, and says so in the sidecar", async () => {
    const wide = await addVideo(
      'job_wide',
      'Wide bars',
      new URL('../../../fixtures/media/frames-640x360.mp4', import.meta.url).pathname,
    );
    const small = await addVideo('job_small', 'Small sample');
    const service = new StitchService({ library });
    // Stand-ins for the window's encodes: two files that share one set-up.
    const encoded = join(root, 'encoded.mp4');
    await copyFile(SAMPLE_MP4, encoded);

    const joined = await service.stitch({
      projectId,
      clipIds: [wide.id, small.id],
      reencodedFiles: [encoded, encoded],
    });

    expect(joined.durationSec).toBeCloseTo(8, 5);
    const sidecar = JSON.parse(
      await readFile(join(projectDir, `${joined.jobId}.kling.json`), 'utf8'),
    ) as { parts: { clipId: string }[]; parameters: Record<string, unknown> };
    expect(sidecar.parts.map((part) => part.clipId)).toEqual([wide.id, small.id]);
    expect(sidecar.parameters).toEqual({ stitchedFrom: [wide.id, small.id], reencoded: true });
    // Without them, the same clips are refused, naming the difference.
    await expect(service.stitch({ projectId, clipIds: [wide.id, small.id] })).rejects.toMatchObject(
      { code: 'stitch_parts_differ' },
    );
  });

  it('refuses a clip that is not in the library and leaves the project as it was', async () => {
    const kite = await addVideo('job_kite', 'A red kite');
    const before = (await readdir(projectDir)).sort();
    const service = new StitchService({ library });
    await expect(
      service.stitch({ projectId, clipIds: [kite.id, 'clip_0000000000000000'] }),
    ).rejects.toMatchObject({ code: 'clip_not_found' });
    expect((await readdir(projectDir)).sort()).toEqual(before);
  });

  it('refuses clips that differ and adds nothing to the project', async () => {
    const kite = await addVideo('job_kite', 'A red kite');
    const wide = join(root, 'wide.mp4');
    await writeClip(wide, { config: (c) => ({ ...c, codedWidth: 640, codedHeight: 360 }) });
    const other = await addVideo('job_wide', 'A wide shot', wide);
    const before = (await readdir(projectDir)).sort();
    const service = new StitchService({ library });
    await expect(service.stitch({ projectId, clipIds: [kite.id, other.id] })).rejects.toMatchObject(
      { code: 'stitch_parts_differ' },
    );
    expect((await readdir(projectDir)).sort()).toEqual(before);
    expect(library.listClips(projectId)).toHaveLength(2);
  });
});
