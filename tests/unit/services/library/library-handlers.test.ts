import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { contract, type ChannelName } from '../../../../shared/contract';
import type { FileActions } from '../../../../electron/main/services/library/file-actions';
import type { Library } from '../../../../electron/main/services/library/library';
import {
  createLibraryHandlers,
  type LibraryChannel,
} from '../../../../electron/main/ipc/library-handlers';
import { makeEnv, openLibrary, writeClip, type Env } from './library-fixture';

let env: Env;
let library: Library;
let saveAs: string | null;
let folder: string | null;
let revealed: string[];
let remembered: string[];
let call: (channel: LibraryChannel, payload?: unknown) => Promise<unknown>;

beforeEach(async () => {
  env = await makeEnv();
  library = await openLibrary(env);
  await writeClip(library.projectDir(library.defaultProjectId()), {
    jobId: 'job_a',
    prompt: 'a fox',
  });
  await library.refresh();
  saveAs = null;
  folder = null;
  revealed = [];
  remembered = [];
  const files: FileActions = {
    chooseFolder: async () => folder,
    chooseSavePath: async () => saveAs,
    chooseOpenPath: async () => null,
    trash: env.trash,
    reveal: (path) => revealed.push(path),
  };
  const handlers = createLibraryHandlers({
    library,
    files,
    rememberWorkspace: async (dir) => void remembered.push(dir),
  });
  // As the router does: the request is parsed in, the answer parsed out against the contract.
  call = async (channel, payload = {}) => {
    const spec = contract[channel as ChannelName];
    const handler = handlers[channel] as (request: unknown) => unknown;
    return spec.response.parse(await handler(spec.request.parse(payload)));
  };
});
afterEach(() => env.cleanup());

describe('library handlers', () => {
  it('exports to the path the save dialog chose, and does nothing when it is cancelled', async () => {
    const projectId = library.defaultProjectId();
    expect(await call('projects:export', { projectId, format: 'csv' })).toEqual({ path: null });
    saveAs = join(env.root, 'clips.csv');
    expect(await call('projects:export', { projectId, format: 'csv' })).toEqual({ path: saveAs });
    expect(await readFile(saveAs, 'utf8')).toContain('a fox');
  });

  it('saves a copy of the video through the dialog', async () => {
    saveAs = join(env.root, 'fox.mp4');
    expect(await call('library:saveCopy', { clipId: 'clip_job_a' })).toEqual({
      path: saveAs,
      settingsInside: false,
    });
    expect(await readFile(saveAs, 'utf8')).toBe('video');
  });

  it("reveals a project folder and a clip's video in the file manager", async () => {
    const projectId = library.defaultProjectId();
    await call('projects:reveal', { projectId });
    await call('library:reveal', { clipId: 'clip_job_a' });
    expect(revealed).toEqual([
      library.projectDir(projectId),
      join(library.projectDir(projectId), 'job_a.mp4'),
    ]);
  });

  it('switches to a chosen workspace and remembers it; a cancelled dialog changes nothing', async () => {
    expect(await call('settings:chooseWorkspace')).toEqual({ workspaceDir: env.workspace });
    folder = join(env.root, 'Other Workspace');
    await mkdir(folder);
    expect(await call('settings:chooseWorkspace')).toEqual({ workspaceDir: folder });
    expect(remembered).toEqual([folder]);
    expect(library.findClip('clip_job_a')).toBeNull();
    expect(library.listProjects()).toHaveLength(1); // a first project made there
    expect(env.changes).toContainEqual({ type: 'projects' });
  });

  it('opens a folder picked in the dialog as a project, or answers null when cancelled', async () => {
    expect(await call('projects:openFolder')).toBeNull();
    folder = join(env.root, 'Picked');
    await mkdir(folder);
    expect(await call('projects:openFolder')).toMatchObject({
      name: 'Picked',
      clipCount: 0,
      problems: [],
    });
  });

  it("answers queries, details, updates, moves and deletes in the contract's shapes", async () => {
    const projectId = library.defaultProjectId();
    const page = (await call('library:query', { projectId, text: 'FOX' })) as { total: number };
    expect(page.total).toBe(1);
    expect(await call('library:update', { clipId: 'clip_job_a', rating: 5 })).toMatchObject({
      rating: 5,
    });
    expect(await call('library:get', { clipId: 'clip_job_a' })).toMatchObject({
      parent: null,
      children: [],
    });
    const other = (await call('projects:create', { name: 'B' })) as { id: string };
    expect(await call('library:move', { clipId: 'clip_job_a', projectId: other.id })).toMatchObject(
      { projectId: other.id },
    );
    expect(await call('library:delete', { clipId: 'clip_job_a' })).toEqual({ deleted: true });
    expect(await call('projects:delete', { projectId: other.id })).toEqual({ deleted: true });
    expect(await call('projects:list')).toHaveLength(1);
  });
});
