import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ReferenceVideoService } from '../../../../electron/main/services/references/reference-video-service';
import { FilePublisher } from '../../../../electron/main/services/uploads/file-publisher';
import { UploadLedger } from '../../../../electron/main/services/uploads/upload-ledger';
import { referenceVideoFileProblem } from '../../../../shared/capabilities/reference-video-file';
import type { ModelId } from '../../../../shared/models';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const MEDIA = resolve(__dirname, '../../../fixtures/media');
const GOOD = join(MEDIA, 'reference-704x704-24fps.mp4');
const SMALL = join(MEDIA, 'sample.mp4');
const PLATFORM_TOKEN = 'platform-unit-refvideo-01';

describe('local reference videos, read by main and checked before upload', () => {
  let api: FakeAceData;
  let dir: string;
  let consented = true;
  let lists = 0;
  let token: string | null = PLATFORM_TOKEN;

  beforeAll(async () => {
    api = await startFakeAceData();
    dir = await mkdtemp(join(tmpdir(), 'kling-refvideo-'));
  });
  afterAll(async () => {
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const service = () =>
    new ReferenceVideoService({
      publisher: new FilePublisher({
        uploadUrl: `${api.url}/api/v1/files/`,
        readPlatformToken: async () => token,
        consent: { read: async () => consented, write: async () => undefined },
        // A fresh list per service, so each test's upload really reaches the server.
        ledger: new UploadLedger(join(dir, `uploads-${++lists}.json`), Date.now),
      }),
    });
  const on = (model: ModelId) => (facts: Parameters<typeof referenceVideoFileProblem>[0]) =>
    referenceVideoFileProblem(facts, model);
  const uploads = () => api.requests.filter((r) => r.path.startsWith('/api/v1/files'));

  test('reads container, length, frame rate and size from the file itself', async () => {
    const staged = await service().stage(GOOD);
    expect(staged).toMatchObject({
      id: expect.stringMatching(/^vid_[0-9a-f]{16}$/),
      name: 'reference-704x704-24fps.mp4',
      facts: { container: 'mp4', durationSec: 3.5, fps: 24, width: 704, height: 704 },
    });
  });

  test.each<[string, () => Promise<string>, string, RegExp]>([
    ['a folder', async () => dir, 'video_not_file', /not a regular file/],
    ['a missing file', async () => join(dir, 'gone.mp4'), 'video_not_file', /no file/],
    [
      'a text file named .mp4',
      async () => {
        const path = join(dir, 'notes.mp4');
        await writeFile(path, 'not a video at all');
        return path;
      },
      'video_unreadable',
      /cannot be read as a video/,
    ],
  ])('refuses %s, naming why', async (_, pathOf, code, message) => {
    await expect(service().stage(await pathOf())).rejects.toMatchObject({
      code,
      message: expect.stringMatching(message),
    });
  });

  test('follows a link to the real file', async () => {
    const link = join(dir, 'link.mp4');
    await symlink(GOOD, link);
    expect((await service().stage(link)).facts.width).toBe(704);
  });

  test.each<[string, string, ModelId, RegExp]>([
    [
      '320 × 180 on kling-o1',
      SMALL,
      'kling-o1',
      /320 × 180 px; kling-o1 takes sides of 700–2160 px/,
    ],
    ['320 × 180 on kling-v3-omni', SMALL, 'kling-v3-omni', /sides of 700–4553 px/],
    ['any video on kling-v3', GOOD, 'kling-v3', /kling-v3 takes no reference video/],
  ])(
    'an upload of %s is refused with the rule and nothing is sent',
    async (_, path, model, rule) => {
      const before = uploads().length;
      const videos = service();
      const staged = await videos.stage(path);
      await expect(videos.upload(staged.id, on(model))).rejects.toMatchObject({
        code: 'video_refused',
        message: expect.stringMatching(rule),
      });
      expect(uploads().length).toBe(before);
    },
  );

  test('without consent or a platform token nothing is sent', async () => {
    const before = uploads().length;
    const videos = service();
    const staged = await videos.stage(GOOD);
    consented = false;
    await expect(videos.upload(staged.id, on('kling-o1'))).rejects.toMatchObject({
      code: 'consent_required',
    });
    consented = true;
    token = null;
    await expect(videos.upload(staged.id, on('kling-o1'))).rejects.toMatchObject({
      code: 'no_platform_token',
    });
    token = PLATFORM_TOKEN;
    expect(uploads().length).toBe(before);
  });

  test('a video that passes is uploaded as MP4 with the platform token and its URL returned', async () => {
    const videos = service();
    const staged = await videos.stage(GOOD);
    const { url } = await videos.upload(staged.id, on('kling-v3-omni'));
    expect(url).toMatch(new RegExp(`^${api.url}/uploads/[0-9a-f]{16}\\.mp4$`));
    const sent = uploads().at(-1);
    expect(sent?.headers['authorization']).toBe(`Bearer ${PLATFORM_TOKEN}`);
    const served = await fetch(url);
    expect(served.status).toBe(200);
    expect(
      Buffer.from(await served.arrayBuffer())
        .subarray(4, 8)
        .toString('latin1'),
    ).toBe('ftyp');
  });

  test('an unknown video id is refused', async () => {
    await expect(service().upload('vid_0000000000000000', on('kling-o1'))).rejects.toMatchObject({
      code: 'video_not_found',
    });
  });
});
