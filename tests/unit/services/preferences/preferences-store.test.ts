import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keyValueStateFile } from '../../../../electron/main/services/preferences/key-value-state-file';
import {
  PREFERENCES_FILE,
  PreferencesStore,
  type PreferencesStoreOptions,
} from '../../../../electron/main/services/preferences/preferences-store';

const NOW = new Date('2025-06-01T08:00:00.000Z');
let dir: string;
let path: string;
let logs: string[];

/*
 * The same promises kept by both places preferences live: the JSON file under Node, and the
 * key-value store the app uses. `conf` is the Node library electron-store is built on, opened
 * the way the app's adapter opens electron-store.
 */
const BACKENDS: [string, (now: () => Date) => PreferencesStoreOptions['file']][] = [
  ['a JSON state file', () => undefined],
  [
    'an electron-store file',
    (now) => (schema) =>
      keyValueStateFile(
        path,
        () =>
          new Conf<Record<string, unknown>>({
            cwd: dir,
            configName: 'preferences',
            projectName: 'kling-studio-test',
            clearInvalidConfig: false,
            accessPropertiesByDotNotation: false,
          }),
        schema,
        { now },
      ),
  ],
];
let open: () => PreferencesStore;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kling-prefs-'));
  path = join(dir, PREFERENCES_FILE);
  logs = [];
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe.each(BACKENDS)('preferences kept in %s', (_name, backend) => {
  beforeEach(() => {
    const now = () => NOW;
    open = () =>
      new PreferencesStore(path, { now, log: (message) => logs.push(message), file: backend(now) });
  });

  it('starts from defaults when there is no file: no workspace choice, no upload consent', async () => {
    const prefs = open();
    expect(await prefs.workspaceDir()).toBeNull();
    expect(await prefs.consent.read()).toBe(false);
    expect(logs).toEqual([]);
  });

  it('remembers the workspace and the upload consent for the next run', async () => {
    const first = open();
    await first.setWorkspaceDir('/home/ana/Videos/Clips');
    await first.consent.write(true);
    const second = open();
    expect(await second.workspaceDir()).toBe('/home/ana/Videos/Clips');
    expect(await second.consent.read()).toBe(true);
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({
      workspaceDir: '/home/ana/Videos/Clips',
      uploadConsent: { accepted: true, decidedAt: NOW.toISOString() },
      proxy: { mode: 'system' },
      notificationSound: false,
      theme: 'system',
      language: 'system',
    });
  });

  it("remembers the language for the next run, and reads an unknown one as the system's", async () => {
    const first = open();
    expect(await first.language()).toBe('system');
    await first.setLanguage('zh-CN');
    expect(await open().language()).toBe('zh-CN');
    await writeFile(path, JSON.stringify({ workspaceDir: '/data/ws', language: 'tlh' }));
    const damaged = open();
    expect(await damaged.language()).toBe('system');
    expect(await damaged.workspaceDir()).toBe('/data/ws');
  });

  it('remembers the theme for the next run', async () => {
    const first = open();
    expect(await first.theme()).toBe('system');
    await first.setTheme('dark');
    expect(await open().theme()).toBe('dark');
  });

  it('falls back to the system theme for a value it cannot read, keeping the rest', async () => {
    await writeFile(path, JSON.stringify({ workspaceDir: '/data/ws', theme: 'sepia' }));
    const prefs = open();
    expect(await prefs.theme()).toBe('system');
    expect(await prefs.workspaceDir()).toBe('/data/ws');
  });

  it('remembers a manual proxy, and falls back to the system settings for one it cannot read', async () => {
    const first = open();
    expect(await first.proxy()).toEqual({ mode: 'system' });
    await first.setProxy({ mode: 'manual', url: 'http://proxy.corp.example:3128' });
    expect(await open().proxy()).toEqual({ mode: 'manual', url: 'http://proxy.corp.example:3128' });

    await writeFile(
      path,
      JSON.stringify({ workspaceDir: '/data/ws', proxy: { mode: 'manual', url: 'ftp://x' } }),
    );
    const third = open();
    expect(await third.proxy()).toEqual({ mode: 'system' });
    // The rest of the file is still read, not set aside.
    expect(await third.workspaceDir()).toBe('/data/ws');
  });

  it('reads the file an earlier version wrote, keeping keys it does not know', async () => {
    await writeFile(path, JSON.stringify({ workspaceDir: '/data/ws', theme: 'dark' }));
    const prefs = open();
    expect(await prefs.workspaceDir()).toBe('/data/ws');
    await prefs.consent.write(false);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      workspaceDir: '/data/ws',
      theme: 'dark',
      uploadConsent: { accepted: false },
    });
  });

  it('sets a damaged file aside and reports it instead of wiping it', async () => {
    await writeFile(path, '{"workspaceDir": "/data/ws", "uploadConsent": tru');
    const prefs = open();
    expect(await prefs.consent.read()).toBe(false);
    expect(await prefs.workspaceDir()).toBeNull();
    const names = await readdir(dir);
    expect(names).toEqual(['preferences.json.corrupt-20250601T080000Z']);
    expect(await readFile(join(dir, names[0] as string), 'utf8')).toContain('/data/ws');
    expect(logs).toHaveLength(1);
    expect(logs[0]).toMatch(/damaged \(not valid JSON\).*set aside as .*corrupt-20250601T080000Z/);
  });

  it('sets aside a file whose values have the wrong type', async () => {
    await writeFile(path, JSON.stringify({ workspaceDir: 42 }));
    expect(await open().workspaceDir()).toBeNull();
    expect(logs[0]).toMatch(/damaged \(workspaceDir: /);
  });

  it('writes changes in order: the last one made is the one on disk', async () => {
    const prefs = open();
    await Promise.all([
      prefs.setWorkspaceDir('/a'),
      prefs.consent.write(true),
      prefs.setWorkspaceDir('/b'),
    ]);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({
      workspaceDir: '/b',
      uploadConsent: { accepted: true },
    });
  });
});
