import { describe, expect, test } from 'vitest';
import { createFakeKling } from './fake-kling';

/** The renderer tests' "main" is the app's own router: it refuses what the real main refuses. */
describe("the renderer tests' stand-in for main", () => {
  test('a payload the contract rejects is refused with the router’s own answer, unrecorded', async () => {
    let reached = false;
    const fake = createFakeKling({
      'projects:create': () => {
        reached = true;
        throw new Error('unreachable');
      },
    });
    const answer = await fake.api.projects.create({ name: 42 as unknown as string });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_request' } });
    expect(reached).toBe(false);
    expect(fake.callsTo('projects:create')).toEqual([]);
  });

  test('an answer with a field the contract does not name reaches the page without it', async () => {
    const fake = createFakeKling({
      'app:info': () =>
        ({
          version: '1',
          apiBaseUrl: 'https://api.acedata.cloud',
          workspaceDir: '/w',
          secret: 'kept in main',
        }) as never,
    });
    const answer = await fake.api.app.info();
    expect(answer).toEqual({
      ok: true,
      value: { version: '1', apiBaseUrl: 'https://api.acedata.cloud', workspaceDir: '/w' },
    });
  });
});
