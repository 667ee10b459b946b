import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Clip } from '../../../shared/domain';
import { createFinishingHandlers } from '../../../electron/main/ipc/finishing-handlers';
import type {
  StitchControl,
  StitchRequest,
} from '../../../electron/main/services/finishing/stitch-service';

const PROJECT = 'proj_0123456789abcdef';
const CLIPS = ['clip_aaaaaaaaaaaaaaaa', 'clip_bbbbbbbbbbbbbbbb'];

/** A join that runs until the test lets it finish, reporting the progress it is given. */
function controllableJoin() {
  let finish: (clip: Clip) => void = () => undefined;
  let control: StitchControl = {};
  const calls: StitchRequest[] = [];
  return {
    calls,
    report: (fraction: number) => control.onProgress?.(fraction),
    finish: (clip: Clip) => finish(clip),
    get signal() {
      return control.signal;
    },
    stitch: (request: StitchRequest, given: StitchControl = {}) => {
      calls.push(request);
      control = given;
      return new Promise<Clip>((resolve, reject) => {
        finish = resolve;
        given.signal?.addEventListener('abort', () => reject(new Error('aborted')));
      });
    },
  };
}

function setUp(join = controllableJoin()) {
  const events: [string, unknown][] = [];
  let clock = 0;
  const handlers = createFinishingHandlers({
    stitch: join,
    library: { findClip: () => null, resolveClipFile: async () => null, projectDir: () => '' },
    images: { stage: () => Promise.reject(new Error('not staged in these tests')) },
    files: { chooseOpenPath: async () => null },
    emit: (event, payload) => events.push([event, payload]),
    progressEveryMs: 100,
    now: () => clock,
  });
  return { join, events, handlers, tick: (ms: number) => (clock += ms) };
}

describe('finishing channels', () => {
  it('joins the clips asked for, then tells the window the project changed', async () => {
    const { join, events, handlers } = setUp();
    const answer = handlers['finishing:stitch']({ projectId: PROJECT, clipIds: CLIPS });
    expect(join.calls).toEqual([{ projectId: PROJECT, clipIds: CLIPS }]);
    join.finish({ id: 'clip_cccccccccccccccc' } as Clip);
    expect(await answer).toEqual({ id: 'clip_cccccccccccccccc' });
    expect(events.at(-1)).toEqual(['library:changed', { projectId: PROJECT }]);
  });

  it('refuses a second join while one runs, and accepts one after it ended', async () => {
    const { join, handlers } = setUp();
    const first = handlers['finishing:stitch']({ projectId: PROJECT, clipIds: CLIPS });
    await expect(
      handlers['finishing:stitch']({ projectId: PROJECT, clipIds: CLIPS }),
    ).rejects.toMatchObject({ code: 'stitch_busy' });
    join.finish({ id: 'clip_cccccccccccccccc' } as Clip);
    await first;
    const second = handlers['finishing:stitch']({ projectId: PROJECT, clipIds: CLIPS });
    expect(join.calls).toHaveLength(2);
    join.finish({ id: 'clip_dddddddddddddddd' } as Clip);
    await second;
  });

  it('cancels the running join through its signal, and says when there was none', async () => {
    const { join, handlers } = setUp();
    expect(await handlers['finishing:cancelStitch']({})).toEqual({ cancelled: false });
    const running = handlers['finishing:stitch']({ projectId: PROJECT, clipIds: CLIPS });
    expect(await handlers['finishing:cancelStitch']({})).toEqual({ cancelled: true });
    expect(join.signal?.aborted).toBe(true);
    await expect(running).rejects.toThrow('aborted');
  });

  it('sends progress at most every 100 ms, and always the end', async () => {
    const { join, events, handlers, tick } = setUp();
    const running = handlers['finishing:stitch']({ projectId: PROJECT, clipIds: CLIPS });
    join.report(0.1);
    tick(50);
    join.report(0.2);
    tick(60);
    join.report(0.3);
    tick(10);
    join.report(1);
    join.finish({ id: 'clip_cccccccccccccccc' } as Clip);
    await running;
    expect(events.filter(([name]) => name === 'finishing:progress')).toEqual([
      ['finishing:progress', { fraction: 0.1 }],
      ['finishing:progress', { fraction: 0.3 }],
      ['finishing:progress', { fraction: 1 }],
    ]);
  });
});

describe('joining clips the window re-encoded', () => {
  const SMALL = new URL('../../fixtures/media/sample.mp4', import.meta.url).pathname;
  const WIDE = new URL('../../fixtures/media/frames-640x360.mp4', import.meta.url).pathname;

  /** Handlers over two library clips backed by the fixture files. */
  function withClips(join = controllableJoin()) {
    const files: Record<string, string> = { [CLIPS[0]!]: WIDE, [CLIPS[1]!]: SMALL };
    const handlers = createFinishingHandlers({
      stitch: join,
      library: {
        findClip: (id) => (files[id] ? ({ id } as Clip) : null),
        resolveClipFile: async (id) => files[id] ?? null,
        projectDir: () => '',
      },
      images: { stage: () => Promise.reject(new Error('not staged in these tests')) },
      files: { chooseOpenPath: async () => null },
      emit: () => undefined,
    });
    return { join, handlers };
  }

  it('the plan names the first difference and the size re-encoded parts are fitted into', async () => {
    const { handlers } = withClips();
    expect(await handlers['finishing:joinPlan']({ clipIds: CLIPS })).toEqual({
      differs: 'clip 2: its video is avc1.640015, not avc1.64001e',
      width: 640,
      height: 360,
      sound: false,
      soundDropped: false,
    });
    expect(await handlers['finishing:joinPlan']({ clipIds: [CLIPS[0]!, CLIPS[0]!] })).toMatchObject(
      { differs: null },
    );
    await expect(
      handlers['finishing:joinPlan']({ clipIds: [CLIPS[0]!, 'clip_gggggggggggggggg'] }),
    ).rejects.toMatchObject({ code: 'clip_not_found' });
  });

  it('reads a clip by byte range, cut at its end', async () => {
    const { handlers } = withClips();
    const whole = await readFile(SMALL);
    const head = await handlers['finishing:readClipBytes']({
      clipId: CLIPS[1]!,
      offset: 0,
      length: 16,
    });
    expect(head.totalBytes).toBe(whole.length);
    expect(Buffer.from(head.data, 'base64')).toEqual(whole.subarray(0, 16));
    const tail = await handlers['finishing:readClipBytes']({
      clipId: CLIPS[1]!,
      offset: whole.length - 10,
      length: 100,
    });
    expect(Buffer.from(tail.data, 'base64')).toEqual(whole.subarray(whole.length - 10));
  });

  it('writes the parts for the join, hands their files over in order, and removes them after', async () => {
    const { join, handlers } = withClips();
    const answer = handlers['finishing:stitchReencoded']({
      projectId: PROJECT,
      clipIds: CLIPS,
      parts: [Buffer.from('first').toString('base64'), Buffer.from('second').toString('base64')],
    });
    await expect.poll(() => join.calls.length).toBe(1);
    const files = join.calls[0]!.reencodedFiles!;
    expect(await Promise.all(files.map((file) => readFile(file, 'utf8')))).toEqual([
      'first',
      'second',
    ]);
    // One join at a time, whichever way it was asked for.
    await expect(
      handlers['finishing:stitch']({ projectId: PROJECT, clipIds: CLIPS }),
    ).rejects.toMatchObject({ code: 'stitch_busy' });
    join.finish({ id: 'clip_cccccccccccccccc' } as Clip);
    await answer;
    await expect(readFile(files[0]!)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('refuses parts that do not match the clips one for one', async () => {
    const { join, handlers } = withClips();
    await expect(
      handlers['finishing:stitchReencoded']({
        projectId: PROJECT,
        clipIds: [...CLIPS, 'clip_hhhhhhhhhhhhhhhh'],
        parts: ['AAAA', 'BBBB'],
      }),
    ).rejects.toMatchObject({ code: 'invalid_request' });
    expect(join.calls).toEqual([]);
  });
});
