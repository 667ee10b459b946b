import { describe, expect, it } from 'vitest';
import {
  BatchAnswerSchema,
  TaskRecordSchema,
  outcomeOf,
} from '../../../../electron/main/services/kling/task-record';
import { apiErrorFrom } from '../../../../electron/main/services/kling/api-errors';

const record = (response?: unknown) =>
  TaskRecordSchema.parse({ id: 't1', trace_id: 'tr', response });

describe('task records', () => {
  it('is running while there is no response', () => {
    expect(outcomeOf(record())).toEqual({ state: 'running' });
  });

  it.each([
    [
      'duration as text',
      { success: true, video_url: 'https://x/v.mp4', video_id: 'v', duration: '5.041' },
      5.041,
    ],
    ['duration as number', { success: true, video_url: 'https://x/v.mp4', duration: 10 }, 10],
    ['a data wrapper', { data: { success: true, video_url: 'https://x/v.mp4', duration: '5' } }, 5],
    [
      'extra fields',
      { success: true, video_url: 'https://x/v.mp4', duration: 5, extra: { a: 1 } },
      5,
    ],
  ])('reads a success with %s', (_name, response, duration) => {
    expect(outcomeOf(record(response))).toMatchObject({
      state: 'succeeded',
      videoUrl: 'https://x/v.mp4',
      durationSec: duration,
    });
  });

  it.each([
    ['success false', { success: false }],
    ['an error object', { error: { code: 'forbidden', message: 'blocked' } }],
    ['state failed', { state: 'failed' }],
    ['state cancelled', { state: 'cancelled' }],
  ])('reads a failure from %s', (_name, response) => {
    expect(outcomeOf(record(response)).state).toBe('failed');
  });

  it("keeps the provider's failure text as plain text: no tags, no entities", () => {
    const response = {
      success: false,
      error: { code: 'forbidden', message: 'Refused: <b>content moderation</b> &amp; policy' },
    };
    expect(outcomeOf(record(response))).toMatchObject({
      state: 'failed',
      code: 'forbidden',
      message: 'Refused: content moderation & policy',
    });
  });

  it("an error answer's provider text joins the message without markup", () => {
    const error = apiErrorFrom(403, {
      error: { code: 'forbidden', message: '<b>Sensitive</b> words in the prompt' },
    });
    expect(error.message).toContain('AceData said: Sensitive words in the prompt');
    expect(error.message).not.toContain('<b>');
  });

  it('reads the billed seconds from usage.duration, as text or a number', () => {
    const done = { success: true, video_url: 'https://x/v.mp4', duration: '5.041' };
    expect(outcomeOf(record({ ...done, usage: { duration: 5 } }))).toMatchObject({
      durationSec: 5.041,
      billedSec: 5,
    });
    expect(outcomeOf(record({ ...done, usage: { duration: '10' } }))).toMatchObject({
      billedSec: 10,
    });
    expect(outcomeOf(record(done))).toMatchObject({ billedSec: null });
  });

  it('accepts finished_at and elapsed as null while the task runs, and extra ids', () => {
    const parsed = TaskRecordSchema.safeParse({
      id: 't2',
      finished_at: null,
      elapsed: null,
      actor_user_id: 'u',
      credential_id: 'c',
      authorization_id: 'a',
    });
    expect(parsed.success).toBe(true);
    if (parsed.success) expect(outcomeOf(parsed.data)).toEqual({ state: 'running' });
  });

  it('reads an undocumented failure code as task_failed and keeps the code in the message', () => {
    const outcome = outcomeOf(record({ error: { code: 'content_rejected', message: 'nope' } }));
    expect(outcome).toMatchObject({ state: 'failed', code: 'task_failed' });
    expect(outcome.state === 'failed' && outcome.message).toBe('nope (content_rejected)');
  });

  it('keeps unknown state words as running', () => {
    expect(outcomeOf(record({ state: 'rendering-somehow' }))).toEqual({ state: 'running' });
    expect(outcomeOf(record({ success: true }))).toEqual({ state: 'running' });
  });

  it('reads a batch with or without a data wrapper', () => {
    expect(BatchAnswerSchema.parse({ items: [{ id: 'a' }], count: 1 })).toMatchObject({
      items: [{ id: 'a' }],
    });
    expect(BatchAnswerSchema.parse({ data: { items: [{ id: 'b' }] } })).toMatchObject({
      items: [{ id: 'b' }],
    });
  });
});

describe('provider errors', () => {
  it.each([
    [
      400,
      { error: { code: 'bad_request', message: 'prompt too long' }, trace_id: 't' },
      'bad_request',
      /prompt too long/,
    ],
    [401, { error: { code: 'invalid_token', message: 'x' } }, 'invalid_token', /Settings/],
    [403, { success: false, error: { code: 'used_up', message: 'x' } }, 'used_up', /Top up/],
    [404, { code: 'no_api', detail: 'Not found' }, 'no_api', /endpoint/],
    [429, {}, 'too_many_requests', /slow down/],
    [500, { error: { code: 'api_error' } }, 'api_error', /Try again/],
    [502, 'not json', 'bad_gateway', /Wait a few minutes/],
    [503, '', 'service_unavailable', /unavailable right now/],
    [504, 'not json', 'timeout', /timed out/],
  ])('HTTP %i maps to a message that says what to do', (status, body, code, message) => {
    const error = apiErrorFrom(status, body);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
  });

  it('reads an undocumented code by its HTTP status and names it in the message', () => {
    const error = apiErrorFrom(403, { error: { code: 'region_blocked', message: 'not here' } });
    expect(error.code).toBe('forbidden');
    expect(error.message).toMatch(/AceData said: \[region_blocked\] not here$/);
    expect(apiErrorFrom(418, { code: 'teapot' }).code).toBe('bad_request');
  });

  it('keeps the trace id', () => {
    expect(apiErrorFrom(500, { error: { code: 'api_error' }, trace_id: 'abc' }).traceId).toBe(
      'abc',
    );
  });
});

describe('every error code of the API reference', () => {
  // Each (status, code) pair the provider documents, and a word the message must contain
  // so a person knows what to do.
  it.each([
    [400, 'bad_request', /invalid/],
    [400, 'no_token', /Settings/],
    [400, 'token_mismatched', /Settings/],
    [400, 'api_not_implemented', /does not offer/],
    [400, 'disabled', /disabled/],
    [401, 'invalid_token', /Settings/],
    [401, 'token_expired', /new one/],
    [401, 'token_mismatched', /Kling/],
    [403, 'used_up', /Top up/],
    [403, 'disabled', /account/],
    [403, 'forbidden', /moderation/],
    [404, 'no_api', /endpoint/],
    [429, 'too_many_requests', /slow down/],
    [429, 'rate_limited', /slow down/],
    [500, 'api_error', /Try again/],
    [502, 'bad_gateway', /Wait a few minutes/],
    [503, 'service_unavailable', /Wait a few minutes/],
    [504, 'timeout', /timed out/],
  ])('HTTP %i %s → a message that says what to do, with the trace id', (status, code, words) => {
    for (const body of [
      { error: { code, message: 'detail' }, trace_id: 'tr-1' },
      { success: false, error: { code, message: 'detail' }, trace_id: 'tr-1' },
      { code, detail: 'detail', trace_id: 'tr-1' },
    ]) {
      const error = apiErrorFrom(status, body);
      expect(error.code).toBe(code);
      expect(error.message).toMatch(words);
      expect(error.traceId).toBe('tr-1');
      expect(error.retryable).toBe(status === 429 || status >= 500);
    }
  });
});
