import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  isReservedName,
  MAX_PROJECT_PATH,
} from '../../../../electron/main/services/library/folder-files';
import { defaultProjectName } from '../../../../electron/main/services/library/library';
import { list, makeEnv, openLibrary, writeClip, type Env } from './library-fixture';

let env: Env;
beforeEach(async () => {
  env = await makeEnv();
});
afterEach(() => env.cleanup());

describe('projects as folders', () => {
  it('creates a project folder with its project file', async () => {
    const library = await openLibrary(env);
    const project = await library.createProject('Cats / Dogs?');
    expect(project).toMatchObject({ name: 'Cats / Dogs?', clipCount: 0, problems: [] });
    expect(await list(env.workspace)).toEqual(['Cats  Dogs', defaultProjectName()]);
    const file = JSON.parse(
      await readFile(join(env.workspace, 'Cats  Dogs', 'kling-project.json'), 'utf8'),
    ) as { id: string };
    expect(file.id).toBe(project.id);
    expect(env.changes).toContainEqual({ type: 'projects' });
  });

  it('renames the project and its folder when the new folder name is free', async () => {
    const library = await openLibrary(env);
    const id = library.defaultProjectId();
    await writeClip(library.projectDir(id), { jobId: 'job_a' });
    await library.refresh();
    await library.renameProject(id, 'Beach');
    expect(library.projectDir(id)).toBe(join(env.workspace, 'Beach'));
    expect(await list(env.workspace)).toEqual(['Beach']);
    expect(await library.resolveClipFile('clip_job_a')).toBe(
      join(env.workspace, 'Beach', 'job_a.mp4'),
    );
    // Reopened from the files alone: the name comes from the project file.
    const reopened = await openLibrary(env);
    expect(reopened.listProjects()).toMatchObject([{ id, name: 'Beach', clipCount: 1 }]);
  });

  it('keeps the folder name when the new one is taken, and still renames the project', async () => {
    const library = await openLibrary(env);
    const id = library.defaultProjectId();
    await mkdir(join(env.workspace, 'Beach'));
    await library.renameProject(id, 'Beach');
    expect(library.projectDir(id)).toBe(join(env.workspace, defaultProjectName()));
    expect(library.listProjects().find((p) => p.id === id)?.name).toBe('Beach');
  });

  it('moves a deleted project folder to the trash and touches nothing else', async () => {
    const library = await openLibrary(env);
    const keep = library.defaultProjectId();
    const gone = await library.createProject('Old');
    await writeClip(library.projectDir(gone.id), { jobId: 'job_old' });
    await writeClip(library.projectDir(keep), { jobId: 'job_keep' });
    await library.refresh();
    const before = await list(library.projectDir(keep));
    expect(await library.deleteProject(gone.id)).toBe(true);
    expect(await list(env.trashDir)).toEqual(['1-Old']);
    expect(await list(join(env.trashDir, '1-Old'))).toEqual([
      'job_old.kling.json',
      'job_old.mp4',
      'kling-project.json',
    ]);
    expect(await list(env.workspace)).toEqual([defaultProjectName()]);
    expect(await list(library.projectDir(keep))).toEqual(before);
    expect(library.listProjects().map((p) => p.id)).toEqual([keep]);
    expect(library.findClip('clip_job_old')).toBeNull();
  });

  it('opens a folder from elsewhere as a project, remembers it, and indexes its sidecars', async () => {
    const outside = join(env.root, 'Footage');
    await mkdir(outside);
    await writeClip(outside, { jobId: 'job_x' });
    const library = await openLibrary(env);
    const project = await library.openFolder(outside);
    expect(project).toMatchObject({ name: 'Footage', clipCount: 1 });
    expect(await list(outside)).toContain('kling-project.json');
    const remembered = JSON.parse(await readFile(join(env.data, 'projects.json'), 'utf8')) as {
      folders: string[];
    };
    expect(remembered.folders).toEqual([outside]);
    expect(library.mediaRoots()).toContain(outside);
    // Opening it again answers with the same project; a restart still lists it.
    expect((await library.openFolder(outside)).id).toBe(project.id);
    const reopened = await openLibrary(env);
    expect(reopened.listProjects().map((p) => p.id)).toContain(project.id);
    expect(reopened.findClip('clip_job_x')?.projectId).toBe(project.id);
  });

  it('only forgets an opened folder when its project is deleted: every file stays', async () => {
    const outside = join(env.root, 'Footage');
    await mkdir(outside);
    await writeClip(outside, { jobId: 'job_x' });
    await writeFile(join(outside, 'notes.txt'), 'mine');
    // No trash at all: forgetting must not need one.
    const library = await openLibrary(env, { trash: undefined });
    const project = await library.openFolder(outside);
    const before = await list(outside);
    expect(project.deletion).toMatchObject({ action: 'forget', confirmLabel: 'Remove from app' });
    expect(project.deletion?.body).toContain(`“${outside}” keeps its 1 clip`);
    expect(project.deletion?.body).toMatch(/Nothing is deleted/);
    expect(await library.deleteProject(project.id)).toBe(true);
    expect(await list(outside)).toEqual(before);
    expect(await list(env.trashDir)).toEqual([]);
    expect(library.listProjects().map((p) => p.id)).not.toContain(project.id);
    expect(library.findClip('clip_job_x')).toBeNull();
    const remembered = JSON.parse(await readFile(join(env.data, 'projects.json'), 'utf8')) as {
      folders: string[];
    };
    expect(remembered.folders).toEqual([]);
    // A restart does not bring it back.
    const reopened = await openLibrary(env);
    expect(reopened.findClip('clip_job_x')).toBeNull();
  });

  it('says a workspace project goes to the trash, naming its folder and clips', async () => {
    const library = await openLibrary(env);
    const id = library.defaultProjectId();
    await writeClip(library.projectDir(id), { jobId: 'job_a' });
    await writeClip(library.projectDir(id), { jobId: 'job_b' });
    await library.refresh();
    const [project] = library.listProjects();
    expect(project?.deletion).toMatchObject({ action: 'trash', confirmLabel: 'Move to trash' });
    expect(project?.deletion?.body).toContain(
      `moves the folder “${library.projectDir(id)}” to the system trash, with its 2 clips`,
    );
  });

  it('survives a damaged projects.json: set aside, workspace still opens', async () => {
    await mkdir(env.data, { recursive: true });
    await writeFile(join(env.data, 'projects.json'), '{"version":1,"fold');
    const logged: string[] = [];
    const library = await openLibrary(env, { log: (m) => logged.push(m) });
    expect(library.listProjects()).toHaveLength(1);
    expect((await list(env.data)).some((n) => n.startsWith('projects.json.corrupt-'))).toBe(true);
    expect(logged.join()).toMatch(/set aside/);
  });
});

describe('clips between projects', () => {
  async function twoProjects() {
    const library = await openLibrary(env);
    const a = library.defaultProjectId();
    const b = (await library.createProject('Second')).id;
    const dirA = library.projectDir(a);
    await writeClip(dirA, { jobId: 'job_a', extra: 'kept' });
    await writeFile(join(dirA, 'job_a.poster.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0]));
    await library.refresh();
    return { library, a, b, dirA, dirB: library.projectDir(b) };
  }

  it('moves video, poster and sidecar, keeping the clip id and unknown fields', async () => {
    const { library, a, b, dirA, dirB } = await twoProjects();
    const moved = await library.moveClip('clip_job_a', b);
    expect(moved).toMatchObject({
      id: 'clip_job_a',
      projectId: b,
      status: 'ready',
      posterUrl: 'kling-media://poster/clip_job_a',
    });
    expect(await list(dirA)).toEqual(['kling-project.json']);
    expect(await list(dirB)).toEqual([
      'job_a.kling.json',
      'job_a.mp4',
      'job_a.poster.jpg',
      'kling-project.json',
    ]);
    expect(JSON.parse(await readFile(join(dirB, 'job_a.kling.json'), 'utf8'))).toMatchObject({
      clipId: 'clip_job_a',
      extra: 'kept',
    });
    expect(library.listClips(a)).toEqual([]);
    expect(env.changes).toEqual(
      expect.arrayContaining([
        { type: 'clips', projectId: a },
        { type: 'clips', projectId: b },
      ]),
    );
  });

  it('copies to another project with a new clip id and leaves the original', async () => {
    const { library, b, dirA, dirB } = await twoProjects();
    const copy = await library.copyClip('clip_job_a', b);
    expect(copy.id).not.toBe('clip_job_a');
    expect(copy.jobId).toBe('job_a');
    expect(await list(dirA)).toEqual([
      'job_a.kling.json',
      'job_a.mp4',
      'job_a.poster.jpg',
      'kling-project.json',
    ]);
    expect(await list(dirB)).toEqual([
      'job_a.kling.json',
      'job_a.mp4',
      'job_a.poster.jpg',
      'kling-project.json',
    ]);
    expect(JSON.parse(await readFile(join(dirB, 'job_a.kling.json'), 'utf8'))).toMatchObject({
      clipId: copy.id,
    });
    expect(library.findClip('clip_job_a')?.status).toBe('ready');
    expect(library.findClipByJob('job_a')?.id).toBe('clip_job_a');
  });

  it('copies within the same project under a free name', async () => {
    const { library, a, dirA } = await twoProjects();
    const copy = await library.copyClip('clip_job_a', a);
    expect(await list(dirA)).toContain('job_a-2.kling.json');
    expect(await library.resolveClipFile(copy.id)).toBe(join(dirA, 'job_a-2.mp4'));
    expect(library.listClips(a)).toHaveLength(2);
  });

  it("moves a clip's files to the trash when it is deleted, and nothing else", async () => {
    const { library, a, dirA } = await twoProjects();
    await writeClip(dirA, { jobId: 'job_b' });
    await library.refresh();
    expect(await library.deleteClip('clip_job_a')).toBe(true);
    expect(await list(env.trashDir)).toEqual([
      '1-job_a.mp4',
      '2-job_a.poster.jpg',
      '3-job_a.kling.json',
    ]);
    expect(await list(dirA)).toEqual(['job_b.kling.json', 'job_b.mp4', 'kling-project.json']);
    expect(library.listClips(a).map((c) => c.id)).toEqual(['clip_job_b']);
  });

  it('refuses an unknown target project without moving anything', async () => {
    const { library, dirA } = await twoProjects();
    await expect(library.moveClip('clip_job_a', 'proj_nope')).rejects.toMatchObject({
      code: 'unknown_project',
    });
    expect(await list(dirA)).toContain('job_a.mp4');
  });
});

describe('opening folders that cannot be projects', () => {
  it('refuses the home folder, an ancestor of the workspace, a drive root and a system folder', async () => {
    const home = join(env.root, 'home');
    await mkdir(home);
    const library = await openLibrary(env, { homeDir: home });
    const refusals: Array<[string, RegExp]> = [
      [home, /home folder/],
      [env.root, /holds the Kling Studio workspace/],
      ['/', /root of a drive/],
      ['/etc', /system folder/],
    ];
    for (const [dir, reason] of refusals) {
      const error = await library.openFolder(dir).then(
        () => null,
        (e: unknown) => e as { code: string; message: string },
      );
      expect(error?.code, dir).toBe('folder_refused');
      expect(error?.message, dir).toMatch(reason);
    }
    // Nothing was written into them and nothing was remembered.
    expect(await list(home)).toEqual([]);
    expect(await list(env.root)).not.toContain('kling-project.json');
    expect(await list(env.data)).not.toContain('projects.json');
    expect(library.listProjects()).toHaveLength(1);
  });

  it('refuses a file, and a folder it cannot write to, with a message and no change', async () => {
    const library = await openLibrary(env);
    const file = join(env.root, 'a-file.txt');
    await writeFile(file, 'x');
    await expect(library.openFolder(file)).rejects.toMatchObject({ code: 'not_a_folder' });
    // A folder where the project file cannot be written (a folder squats its name; permissions
    // would not stop root, which the tests may run as).
    const blocked = join(env.root, 'Blocked');
    await mkdir(join(blocked, 'kling-project.json'), { recursive: true });
    await expect(library.openFolder(blocked)).rejects.toMatchObject({ code: 'folder_unwritable' });
    await expect(library.openFolder(join(env.root, 'missing'))).rejects.toMatchObject({
      code: 'folder_unreadable',
    });
    expect(library.listProjects()).toHaveLength(1);
  });
});

describe('names and paths every system accepts', () => {
  it.each(['CON', 'nul', 'Com1', 'LPT9', 'aux'])(
    'keeps the project name %s but gives its folder a name Windows allows',
    async (name) => {
      const library = await openLibrary(env);
      const project = await library.createProject(name);
      expect(project.name).toBe(name);
      expect(library.projectDir(project.id)).toBe(join(env.workspace, `${name}_`));
      expect(isReservedName(basename(library.projectDir(project.id)))).toBe(false);
    },
  );

  it('leaves names that only start like a device name alone', async () => {
    const library = await openLibrary(env);
    const project = await library.createProject('Console');
    expect(library.projectDir(project.id)).toBe(join(env.workspace, 'Console'));
    await library.renameProject(project.id, 'PRN');
    expect(library.projectDir(project.id)).toBe(join(env.workspace, 'PRN_'));
  });

  it('shortens a folder name so the project path stays within the limit', async () => {
    // A workspace path of 150 characters leaves 35 for the folder name (and " 999").
    const deep = join(env.root, 'w'.repeat(150 - env.root.length - 1));
    const library = await openLibrary(env, { workspaceDir: deep });
    const project = await library.createProject('A very long project name '.repeat(4));
    const dir = library.projectDir(project.id);
    expect(dir.length).toBeLessThanOrEqual(MAX_PROJECT_PATH);
    expect(dir.startsWith(join(deep, 'A very long project name'))).toBe(true);
    expect(project.name).toBe('A very long project name '.repeat(4).trim());
  });

  it('opens a workspace whose path leaves no room, but refuses to make a project in it', async () => {
    const library = await openLibrary(env);
    const tooDeep = join(env.root, 'w'.repeat(MAX_PROJECT_PATH - env.root.length));
    await library.switchWorkspace(tooDeep);
    expect(library.listProjects()).toEqual([]);
    const error = await library.createProject('Trip').then(
      () => null,
      (e: unknown) => e as { code: string; message: string },
    );
    expect(error?.code).toBe('path_too_long');
    expect(error?.message).toMatch(/shorter path in Settings/);
  });
});
