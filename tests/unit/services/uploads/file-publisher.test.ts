import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FilePublisher } from '../../../../electron/main/services/uploads/file-publisher';
import type { UploadKind } from '../../../../electron/main/services/uploads/upload-client';
import { UploadLedger } from '../../../../electron/main/services/uploads/upload-ledger';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'platform-publisher-0001';

describe('publishing local files on AceData', () => {
  let api: FakeAceData;
  let dir: string;
  let consented = true;
  let lists = 0;

  beforeAll(async () => {
    api = await startFakeAceData();
    dir = await mkdtemp(join(tmpdir(), 'kling-publisher-'));
  });
  afterAll(async () => {
    await api?.close();
    await rm(dir, { recursive: true, force: true });
  });

  const publisher = () =>
    new FilePublisher({
      uploadUrl: `${api.url}/api/v1/files/`,
      readPlatformToken: async () => TOKEN,
      consent: { read: async () => consented, write: async () => undefined },
      ledger: new UploadLedger(join(dir, `uploads-${++lists}.json`), Date.now),
    });
  const uploads = () => api.requests.filter((r) => r.path.startsWith('/api/v1/files'));
  const request = (kind: UploadKind, bytes: Uint8Array<ArrayBuffer>) => ({
    read: async () => bytes,
    kind,
    extension: 'bin',
    mime: 'application/octet-stream',
    timeoutMs: 10_000,
  });

  test('the same bytes are uploaded once, even asked for twice at the same time', async () => {
    const files = publisher();
    const bytes = new TextEncoder().encode('one recording');
    const before = uploads().length;
    const [a, b] = await Promise.all([
      files.publish(request('audio', bytes)),
      files.publish(request('audio', bytes)),
    ]);
    expect(a).toBe(b);
    expect(await files.publish(request('audio', bytes))).toBe(a);
    expect(uploads().length).toBe(before + 1);
  });

  test.each<[UploadKind, RegExp]>([
    ['image', /publishes this image/],
    ['video', /publishes this video/],
    ['audio', /publishes this recording/],
  ])('without consent a %s is neither read nor sent', async (kind, words) => {
    consented = false;
    let read = false;
    const before = uploads().length;
    const refused = publisher().publish({
      ...request(kind, new Uint8Array(4)),
      read: async () => {
        read = true;
        return new Uint8Array(4);
      },
    });
    await expect(refused).rejects.toMatchObject({
      code: 'consent_required',
      message: expect.stringMatching(words),
    });
    consented = true;
    expect(read).toBe(false);
    expect(uploads().length).toBe(before);
  });

  test("the file sent carries a neutral name of its kind, never the chosen file's name", async () => {
    const sent: FormData[] = [];
    const files = new FilePublisher({
      uploadUrl: `${api.url}/api/v1/files/`,
      readPlatformToken: async () => TOKEN,
      consent: { read: async () => true, write: async () => undefined },
      ledger: new UploadLedger(join(dir, `uploads-${++lists}.json`), Date.now),
      fetchImpl: async (url, init) => {
        if (init?.body instanceof FormData) sent.push(init.body);
        return fetch(url, init);
      },
    });
    const url = await files.publish({
      ...request('video', new TextEncoder().encode('a video body')),
      extension: 'mp4',
      mime: 'video/mp4',
    });
    const file = sent[0]?.get('file');
    expect(file).toBeInstanceOf(File);
    expect((file as File).name).toMatch(/^video-[0-9a-f]{12}\.mp4$/);
    expect((file as File).type).toBe('video/mp4');
    expect(url).toMatch(/\/uploads\/[0-9a-f]{16}\.mp4$/);
  });
});
