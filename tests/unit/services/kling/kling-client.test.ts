import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KlingClient } from '../../../../electron/main/services/kling/kling-client';
import { startFakeAceData, type FakeAceData } from '../../../fixtures/fake-acedata/server';

const TOKEN = 'sk-client-test-token-0001';

describe('KlingClient against the fake AceData server', () => {
  let api: FakeAceData;
  let client: KlingClient;

  beforeEach(async () => {
    api = await startFakeAceData({ taskDurationMs: 150, validToken: TOKEN });
    client = new KlingClient({ baseUrl: api.url, readToken: async () => TOKEN });
  });
  afterEach(() => api.close());

  it('submits asynchronously with the bearer token and gets a task id', async () => {
    const { taskId } = await client.submit({
      action: 'text2video',
      model: 'kling-v1',
      prompt: 'a fox',
    });
    expect(taskId).toMatch(/^task_/);
    const [request] = api.requests;
    expect(request?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(request?.body).toEqual({
      action: 'text2video',
      model: 'kling-v1',
      prompt: 'a fox',
      async: true,
    });
  });

  it('cuts the token out of the words of a refusal before they join the message', async () => {
    api.failNext('/kling/videos', {
      status: 400,
      body: { error: { code: 'bad_request', message: `token ${TOKEN} is not allowed here` } },
    });
    const error = await client
      .submit({ action: 'text2video', model: 'kling-v1', prompt: 'p' })
      .then(
        () => new Error('expected a refusal'),
        (e: unknown) => e as Error,
      );
    expect(error.message).toContain('AceData said: token [redacted] is not allowed here');
    expect(error.message).not.toContain(TOKEN);
  });

  it('cuts the token out of the message of a failed task', async () => {
    const { taskId } = await client.submit({
      action: 'text2video',
      model: 'kling-v1',
      prompt: 'p',
    });
    api.failTask(taskId, { code: 'task_failed', message: `refused for Bearer ${TOKEN}` });
    let [record] = await client.retrieveBatch([taskId]);
    for (let i = 0; i < 100 && !record?.response; i++) {
      await new Promise((r) => setTimeout(r, 25));
      [record] = await client.retrieveBatch([taskId]);
    }
    const text = JSON.stringify(record);
    expect(text).not.toContain(TOKEN);
    expect(record?.response?.error?.message).toBe('refused for Bearer [redacted]');
  });

  it('reads several tasks in one retrieve_batch call', async () => {
    const a = await client.submit({ action: 'text2video', model: 'kling-v1', prompt: 'one' });
    const b = await client.submit({ action: 'text2video', model: 'kling-v1', prompt: 'two' });
    const records = await client.retrieveBatch([a.taskId, b.taskId]);
    expect(records.map((r) => r.id).sort()).toEqual([a.taskId, b.taskId].sort());
    expect(api.requests.filter((r) => r.path === '/kling/tasks')).toHaveLength(1);
  });

  it('refuses more than 50 ids before sending anything', async () => {
    await expect(
      client.retrieveBatch(Array.from({ length: 51 }, (_, i) => `t${i}`)),
    ).rejects.toThrow(RangeError);
    expect(api.requests).toHaveLength(0);
  });

  it('maps a 401 to a message that points to Settings', async () => {
    const wrong = new KlingClient({ baseUrl: api.url, readToken: async () => 'sk-wrong-token' });
    await expect(
      wrong.submit({ action: 'text2video', model: 'kling-v1', prompt: 'x' }),
    ).rejects.toMatchObject({
      code: 'invalid_token',
      message: expect.stringMatching(/Settings/),
    });
  });

  it('sends nothing without a token', async () => {
    const none = new KlingClient({ baseUrl: api.url, readToken: async () => null });
    await expect(
      none.submit({ action: 'text2video', model: 'kling-v1', prompt: 'x' }),
    ).rejects.toMatchObject({ code: 'no_token' });
    expect(api.requests).toHaveLength(0);
  });

  it('carries the provider trace id on errors', async () => {
    api.failNext('/kling/videos', {
      status: 403,
      body: { error: { code: 'used_up', message: 'balance' }, trace_id: 'tr-9' },
    });
    await expect(
      client.submit({ action: 'text2video', model: 'kling-v1', prompt: 'x' }),
    ).rejects.toMatchObject({
      code: 'used_up',
      traceId: 'tr-9',
    });
  });

  it('treats an unreadable answer to a submission as uncertain, never as failed', async () => {
    api.failNext('/kling/videos', { status: 200, rawBody: '<html>gateway</html>' });
    await expect(
      client.submit({ action: 'text2video', model: 'kling-v1', prompt: 'x' }),
    ).rejects.toMatchObject({
      code: 'submission_uncertain',
    });
  });

  it('takes the task id from a 503 that names one: the task exists', async () => {
    api.failNext('/kling/videos', { createThenStatus: 503 });
    const { taskId } = await client.submit({
      action: 'text2video',
      model: 'kling-v1',
      prompt: 'x',
    });
    expect(api.tasks.has(taskId)).toBe(true);
  });

  it('refuses a 503 without a task id as a provider error', async () => {
    api.failNext('/kling/videos', {
      status: 503,
      body: { success: false, error: { code: 'service_unavailable', message: 'down' } },
    });
    await expect(
      client.submit({ action: 'text2video', model: 'kling-v1', prompt: 'x' }),
    ).rejects.toMatchObject({ code: 'service_unavailable', status: 503 });
  });

  it('says nothing was sent when the server cannot be reached', async () => {
    const url = api.url;
    await api.close();
    const offline = new KlingClient({ baseUrl: url, readToken: async () => TOKEN });
    await expect(
      offline.submit({ action: 'text2video', model: 'kling-v1', prompt: 'x' }),
    ).rejects.toMatchObject({ code: 'offline' });
    api = await startFakeAceData();
  });
});
