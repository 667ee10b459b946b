import { appendFile, copyFile, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { ReferenceVideoService } from '../../../../electron/main/services/references/reference-video-service';
import { FilePublisher } from '../../../../electron/main/services/uploads/file-publisher';
import { PublishedSources } from '../../../../electron/main/services/uploads/published-sources';
import { UploadLedger } from '../../../../electron/main/services/uploads/upload-ledger';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const FIXTURE = resolve(__dirname, '../../../fixtures/media/reference-704x704-24fps.mp4');

describe('putting back the local video a URL was published from', () => {
  let api: FakeAceData;
  let dir: string;
  let video: string;
  let record: string;

  beforeAll(async () => {
    api = await startFakeAceData();
  });
  afterAll(async () => {
    await api?.close();
  });
  beforeEach(async (context) => {
    dir = await mkdtemp(join(tmpdir(), 'kling-restore-video-'));
    video = join(dir, 'walk.mp4');
    record = join(dir, 'upload-previews.json');
    await copyFile(FIXTURE, video);
    context.onTestFinished(() => rm(dir, { recursive: true, force: true }));
  });

  // Each service reads the record afresh, as a new run of the app would.
  const service = () => {
    const sources = new PublishedSources(record);
    return new ReferenceVideoService({
      sources,
      publisher: new FilePublisher({
        uploadUrl: `${api.url}/api/v1/files/`,
        readPlatformToken: async () => 'platform-unit-restore-video',
        consent: { read: async () => true, write: async () => undefined },
        ledger: new UploadLedger(join(dir, 'uploads.json'), Date.now),
        sources,
      }),
    });
  };
  const published = async (): Promise<string> => {
    const first = service();
    const staged = await first.stage(video);
    return (await first.upload(staged.id, () => null)).url;
  };

  test('stages the unchanged file again, with its name and what main reads from it', async () => {
    const url = await published();
    expect(await service().restore(url)).toMatchObject({
      id: expect.stringMatching(/^vid_[0-9a-f]{16}$/),
      name: 'walk.mp4',
      facts: { container: 'mp4', width: 704, height: 704 },
    });
  });

  test('gives nothing once the file was changed, touched or removed', async () => {
    const url = await published();
    await appendFile(video, Buffer.alloc(16));
    expect(await service().restore(url)).toBeNull();

    const again = await published();
    await utimes(video, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
    expect(await service().restore(again)).toBeNull();

    const last = await published();
    await rm(video);
    expect(await service().restore(last)).toBeNull();
  });

  test('gives nothing for an image entry, a relative path, or an address never published here', async () => {
    const url = await published();
    await writeFile(
      record,
      JSON.stringify({
        sources: {
          [url]: { kind: 'image', path: video, size: 1, mtimeMs: 1 },
          'https://cdn.example.com/relative.mp4': {
            kind: 'video',
            path: 'walk.mp4',
            size: 1,
            mtimeMs: 1,
          },
        },
      }),
    );
    const fresh = service();
    expect(await fresh.restore(url)).toBeNull();
    expect(await fresh.restore('https://cdn.example.com/relative.mp4')).toBeNull();
    expect(await fresh.restore('https://cdn.example.com/never.mp4')).toBeNull();
  });
});
