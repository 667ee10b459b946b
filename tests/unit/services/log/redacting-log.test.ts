import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createRedactingLog,
  redactLine,
} from '../../../../electron/main/services/log/redacting-log';

const TOKEN = 'sk-live-0123456789abcdef-WXYZ';

describe('the log holds no token and no authorization value', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kling-log-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it.each([
    ['the token itself', `request failed for ${TOKEN}`],
    ['a bearer header', 'headers: { authorization: "Bearer abc.def-123" }'],
    ['a JSON header', '{"authorization":"Bearer zzz999"}'],
    ['a lone bearer value', 'sent Bearer QWERTY12345'],
  ])('redacts %s', (_name, text) => {
    const line = redactLine(text, [TOKEN]);
    expect(line).not.toContain(TOKEN);
    expect(line).not.toMatch(/abc\.def-123|zzz999|QWERTY12345/);
    expect(line).toContain('[redacted]');
  });

  it('keeps redacting a token after it was replaced', async () => {
    const file = join(dir, 'main.log');
    const replaced = 'sk-live-old-token-0000-AAAA';
    let current = replaced;
    const log = createRedactingLog({ file, secrets: async () => [current] });
    log('token saved');
    await log.flushed();
    current = TOKEN;
    log(`late answer for ${replaced}`);
    await log.flushed();
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(replaced);
    expect(text).toContain('late answer for [redacted]');
  });

  it('writes redacted lines, in order, errors included', async () => {
    const file = join(dir, 'logs', 'main.log');
    const log = createRedactingLog({ file, secrets: async () => [TOKEN, null] });
    log('submit failed', new Error(`401 for token ${TOKEN}`));
    log('request', { headers: { authorization: `Bearer ${TOKEN}` } });
    log('plain line');
    await log.flushed();
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain(TOKEN);
    expect(text.toLowerCase()).not.toMatch(/bearer\s+(?!\[redacted\])/);
    expect(
      text
        .trim()
        .split('\n')
        .filter((l) => /^\d{4}-/.test(l))
        .map((l) => l.split(' ')[1]),
    ).toEqual(['submit', 'request', 'plain']);
  });
});
