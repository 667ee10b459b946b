import { describe, expect, test } from 'vitest';
import {
  uploadFile,
  type UploadKind,
} from '../../../../electron/main/services/uploads/upload-client';

/** An upload endpoint that answers every request with `status` and `body`. */
function answering(status: number, body: unknown): typeof fetch {
  return async () =>
    new Response(JSON.stringify(body), {
      status,
      headers: { 'content-type': 'application/json' },
    });
}

const send = (kind: UploadKind, fetchImpl: typeof fetch) =>
  uploadFile({
    endpoint: 'https://platform.example/api/v1/files/',
    token: 'platform-wording-0001',
    bytes: new Uint8Array(16),
    fileName: `${kind}-000000000000.bin`,
    kind,
    mime: 'application/octet-stream',
    fetchImpl,
    timeoutMs: 5_000,
  });

describe('upload errors name the kind of file that was sent', () => {
  test.each<[UploadKind, string, RegExp]>([
    ['image', 'image', /Save it smaller/],
    ['video', 'video', /Shorten or compress it/],
    ['audio', 'audio file', /Trim it or save it in a compressed format such as MP3/],
  ])(
    'a 413 for an %s says "this %s" is too large and how to shrink it',
    async (kind, noun, fix) => {
      const refused = send(kind, answering(413, { success: false, trace_id: 't-413' }));
      await expect(refused).rejects.toMatchObject({
        code: 'upload_refused',
        message: expect.stringContaining(`AceData refused this ${noun} as too large.`),
        traceId: 't-413',
      });
      await expect(refused).rejects.toMatchObject({ message: expect.stringMatching(fix) });
    },
  );

  test.each<[UploadKind, string]>([
    ['image', 'the image'],
    ['video', 'the video'],
    ['audio', 'the audio file'],
  ])('a refusal of an %s names %s', async (kind, named) => {
    await expect(send(kind, answering(500, { success: false }))).rejects.toMatchObject({
      code: 'upload_failed',
      message: `AceData's upload service refused ${named} (HTTP 500). Try again in a moment.`,
    });
  });

  test.each<[UploadKind, string]>([
    ['image', 'the image'],
    ['video', 'the video'],
    ['audio', 'the audio file'],
  ])('an answer without an address, for an %s, names %s', async (kind, named) => {
    await expect(send(kind, answering(200, { success: true }))).rejects.toMatchObject({
      code: 'upload_bad_answer',
      message: `AceData's upload service answered without a usable https address for ${named}. Try again later.`,
    });
  });

  test.each<UploadKind>(['video', 'audio'])(
    'no "image" wording reaches a %s upload',
    async (kind) => {
      for (const [status, body] of [
        [413, {}],
        [502, {}],
        [200, { file_url: 'ftp://nowhere' }],
      ] as const) {
        const error = await send(kind, answering(status, body)).catch((e: unknown) => e);
        expect((error as Error).message).not.toMatch(/image/i);
      }
    },
  );
});
