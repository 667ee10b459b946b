import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConsentStore } from '../../../../electron/main/services/preferences/preferences-store';
import { UPLOAD_REUSE_MS } from '../../../../electron/main/services/uploads/upload-ledger';
import { boundaryOf, parseMultipart } from '../../../fixtures/fake-acedata/multipart';
import { PLATFORM_TOKEN, codeOf, disposeRigs, makeRig, type ImageRig } from './image-harness';

afterEach(disposeRigs);

const DAY = 24 * 60 * 60 * 1000;

async function consentedRig(): Promise<ImageRig> {
  const rig = await makeRig();
  await rig.service().consent(true);
  return rig;
}

/** Captures what the service sends, so the multipart body itself can be checked. */
function recordingFetch(): {
  fetchImpl: typeof fetch;
  bodies: Array<{ headers: Headers; body: Buffer }>;
} {
  const bodies: Array<{ headers: Headers; body: Buffer }> = [];
  const fetchImpl: typeof fetch = async (input, init) => {
    const request = new Request(input, init);
    const body = Buffer.from(await request.clone().arrayBuffer());
    bodies.push({ headers: request.headers, body });
    return fetch(request);
  };
  return { fetchImpl, bodies };
}

describe('consent to publishing uploads', () => {
  it('is off until given, required for upload, and remembered by a new service', async () => {
    const rig = await makeRig();
    const first = rig.service();
    expect(await first.consent(undefined)).toEqual({ accepted: false });
    const image = await first.stage(rig.cases.png640x360);
    const refused = await codeOf(first.upload(image.id));
    expect(refused.code).toBe('consent_required');
    expect(refused.message).toMatch(/publishes this image on AceData's CDN/);
    expect(rig.uploads()).toEqual([]);

    expect(await first.consent(true)).toEqual({ accepted: true });
    const second = rig.service();
    expect(await second.consent(undefined)).toEqual({ accepted: true });
    expect((await second.upload(image.id)).url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/uploads\//);

    expect(await second.consent(false)).toEqual({ accepted: false });
    expect((await codeOf(rig.service().upload(image.id))).code).toBe('consent_required');
  });

  it('keeps consent in the store it is given', async () => {
    const rig = await makeRig();
    let kept = true;
    const consent: ConsentStore = { read: async () => kept, write: async (v) => void (kept = v) };
    const service = rig.service({ consent });
    const image = await service.stage(rig.cases.png640x360);
    expect((await service.upload(image.id)).url).not.toBeNull();
    await service.consent(false);
    expect(kept).toBe(false);
  });
});

describe('uploading a staged image', () => {
  it('posts the staged bytes as multipart field "file" with the platform token', async () => {
    const rig = await consentedRig();
    const { fetchImpl, bodies } = recordingFetch();
    const service = rig.service({ fetchImpl });
    const image = await service.stage(rig.cases.png640x360);
    const uploaded = await service.upload(image.id);

    expect(uploaded).toEqual({
      ...image,
      url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/uploads\/[0-9a-f]{16}\.png$/),
    });
    const [request] = rig.uploads();
    expect(request).toMatchObject({ method: 'POST', path: '/api/v1/files/' });
    expect(request?.headers['authorization']).toBe(`Bearer ${PLATFORM_TOKEN}`);

    const sent = bodies[0]!;
    const parts = parseMultipart(sent.body, boundaryOf(sent.headers.get('content-type') ?? '')!);
    const file = parts.find((p) => p.name === 'file');
    expect(file?.contentType).toBe('image/png');
    // A neutral name: the user's own file name is not published.
    expect(file?.filename).toMatch(/^image-[0-9a-f]{12}\.png$/);
    expect(file?.data.equals(await readFile(rig.cases.png640x360))).toBe(true);

    // The URL really serves the image back, with ranges, for the provider to fetch.
    const back = await fetch(uploaded.url!, { headers: { range: 'bytes=0-7' } });
    expect(back.status).toBe(206);
    expect(Buffer.from(await back.arrayBuffer())).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });

  it('without a platform token explains which token and where, and sends nothing', async () => {
    const rig = await consentedRig();
    rig.platformToken = null;
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    const refused = await codeOf(service.upload(image.id));
    expect(refused.code).toBe('no_platform_token');
    expect(refused.message).toMatch(/platform token/);
    expect(refused.message).toMatch(/not the API token/);
    expect(refused.message).toMatch(/AceData Cloud console/);
    expect(refused.message).toMatch(/Settings/);
    expect(rig.api.requests).toEqual([]);
  });

  it('explains a refused platform token (401) without repeating it', async () => {
    const rig = await consentedRig();
    rig.platformToken = 'sk-an-api-token-not-platform-7777';
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    const refused = await codeOf(service.upload(image.id));
    expect(refused).toMatchObject({ code: 'platform_token_refused' });
    expect(refused.message).toMatch(/HTTP 401.*platform token.*not the API token/s);
    expect(refused.message).not.toContain('7777');
    expect(rig.uploads()).toHaveLength(1);
  });

  it('explains a 403 the same way and keeps the trace id', async () => {
    const rig = await consentedRig();
    rig.api.failNext('/api/v1/files/', {
      status: 403,
      body: { error: { code: 'forbidden', message: 'no' }, trace_id: 'trace-403' },
    });
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    let error: unknown;
    await service.upload(image.id).catch((e: unknown) => (error = e));
    expect(error).toMatchObject({ code: 'platform_token_refused', traceId: 'trace-403' });
    expect((error as Error).message).toMatch(/HTTP 403/);
  });

  it.each([
    [
      'a server error',
      { status: 503, body: { error: { code: 'api_error' } } },
      'upload_failed',
      /HTTP 503.*again in a moment/,
    ],
    [
      'an answer without a URL',
      { status: 200, body: { ok: true } },
      'upload_bad_answer',
      /usable https address/,
    ],
    [
      'an answer that is not JSON',
      { status: 200, rawBody: '<html>' },
      'upload_bad_answer',
      /usable https address/,
    ],
    [
      'a plain http URL off this computer',
      { status: 200, body: { file_url: 'http://cdn.example.com/a.png' } },
      'upload_bad_answer',
      /https/,
    ],
    [
      'a javascript: URL',
      { status: 200, body: { file_url: 'javascript:alert(1)' } },
      'upload_bad_answer',
      /https/,
    ],
    [
      'success: false',
      { status: 200, body: { success: false, error: { code: 'x' } } },
      'upload_failed',
      /refused/,
    ],
  ])('refuses %s', async (_name, answer, code, message) => {
    const rig = await consentedRig();
    rig.api.failNext('/api/v1/files/', answer);
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    const refused = await codeOf(service.upload(image.id));
    expect(refused.code).toBe(code);
    expect(refused.message).toMatch(message);
    expect(refused.message).not.toContain(PLATFORM_TOKEN);
  });

  it.each([
    ['{ url }', { url: 'https://cdn.acedata.cloud/u/1.png', success: true, expires_at: 1 }],
    ['a data wrapper', { data: { file_url: 'https://cdn.acedata.cloud/u/2.png' } }],
  ])('accepts the answer shape %s', async (_name, body) => {
    const rig = await consentedRig();
    rig.api.failNext('/api/v1/files/', { status: 200, body });
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    expect((await service.upload(image.id)).url).toMatch(
      /^https:\/\/cdn\.acedata\.cloud\/u\/\d\.png$/,
    );
  });

  it('takes plain http answers only when the upload endpoint itself is on this computer', async () => {
    const rig = await consentedRig();
    const fetchImpl: typeof fetch = async () =>
      Response.json({ file_url: 'http://127.0.0.1:8000/uploads/a.png' });
    const service = rig.service({
      uploadUrl: 'https://platform.example.com/api/v1/files/',
      fetchImpl,
    });
    const image = await service.stage(rig.cases.png640x360);
    expect((await codeOf(service.upload(image.id))).code).toBe('upload_bad_answer');
  });

  it('does not follow a redirect with the form and token', async () => {
    const rig = await consentedRig();
    rig.api.failNext('/api/v1/files/', {
      status: 307,
      headers: { location: `${rig.api.url}/elsewhere` },
    });
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    expect((await codeOf(service.upload(image.id))).code).toBe('upload_failed');
    expect(rig.api.requests.map((r) => r.path)).toEqual(['/api/v1/files/']);
  });

  it('says so when the upload service cannot be reached', async () => {
    const rig = await consentedRig();
    const service = rig.service({ uploadUrl: 'http://127.0.0.1:9/api/v1/files/' });
    const image = await service.stage(rig.cases.png640x360);
    expect((await codeOf(service.upload(image.id))).code).toBe('upload_failed');
  });
});

describe('not uploading the same bytes twice', () => {
  it('reuses the URL for the same bytes, even staged twice or by a new service', async () => {
    const rig = await consentedRig();
    const service = rig.service();
    const a = await service.stage(rig.cases.png640x360);
    const b = await service.stage(rig.cases.png640x360);
    const first = await service.upload(a.id);
    const second = await service.upload(b.id);
    expect(second.url).toBe(first.url);
    const third = await rig.service().upload(a.id);
    expect(third.url).toBe(first.url);
    expect(rig.uploads()).toHaveLength(1);
    const ledger = JSON.parse(await readFile(join(rig.dataDir, 'uploads.json'), 'utf8')) as {
      uploads: Record<string, { url: string }>;
    };
    expect(Object.values(ledger.uploads).map((e) => e.url)).toEqual([first.url]);
  });

  it('makes one request for two clicks at once', async () => {
    const rig = await consentedRig();
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    const [one, two] = await Promise.all([service.upload(image.id), service.upload(image.id)]);
    expect(one.url).toBe(two.url);
    expect(rig.uploads()).toHaveLength(1);
  });

  it('uploads again once the earlier upload is 6 days old', async () => {
    const rig = await consentedRig();
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    await service.upload(image.id);
    rig.clock.now += UPLOAD_REUSE_MS - 60_000;
    await service.upload(image.id);
    expect(rig.uploads()).toHaveLength(1);
    rig.clock.now += 60_000;
    await service.upload(image.id);
    expect(rig.uploads()).toHaveLength(2);
    expect(UPLOAD_REUSE_MS).toBe(6 * DAY);
  });

  it('uploads different bytes separately', async () => {
    const rig = await consentedRig();
    const service = rig.service();
    await service.upload((await service.stage(rig.cases.png640x360)).id);
    await service.upload((await service.stage(rig.cases.jpeg512)).id);
    expect(rig.uploads()).toHaveLength(2);
  });

  it('does not trust an entry dated in the future, nor a damaged list', async () => {
    const rig = await consentedRig();
    const service = rig.service();
    const image = await service.stage(rig.cases.png640x360);
    await service.upload(image.id);
    const path = join(rig.dataDir, 'uploads.json');
    const ledger = JSON.parse(await readFile(path, 'utf8')) as {
      uploads: Record<string, { uploadedAt: string }>;
    };
    for (const entry of Object.values(ledger.uploads))
      entry.uploadedAt = new Date(rig.clock.now + DAY).toISOString();
    await writeFile(path, JSON.stringify(ledger));
    await rig.service().upload(image.id);
    expect(rig.uploads()).toHaveLength(2);

    await writeFile(path, '{"uploads": [');
    const logs: string[] = [];
    await rig.service({ log: (m) => logs.push(m) }).upload(image.id);
    expect(rig.uploads()).toHaveLength(3);
    expect(logs.join('\n')).toMatch(/upload list was unreadable and was set aside/);
  });
});
