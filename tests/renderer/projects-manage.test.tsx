import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, test } from 'vitest';
import { project } from './fixtures';
import { FakeLibrary, withGalleryViewport } from './library-main';
import { renderApp } from './render-app';

function nav() {
  return screen.getByRole('navigation', { name: 'Projects' });
}

function start(extra: Parameters<typeof renderApp>[0] = {}) {
  const main = new FakeLibrary([
    project({ id: 'p1', name: 'Holiday' }),
    project({ id: 'p2', name: 'Ads' }),
  ]);
  const app = renderApp({ ...main.handlers(), ...extra });
  return { main, ...app };
}

describe('Managing projects', () => {
  withGalleryViewport();

  test('creates a project from an inline name field and opens it', async () => {
    const { main, fake, user } = start({
      'projects:create': ({ name }) => {
        const created = project({ id: 'p3', name });
        main.projects.push(created);
        return created;
      },
    });
    await user.click(await within(nav()).findByRole('button', { name: 'New project' }));
    const field = within(nav()).getByRole('textbox', { name: 'New project name' });
    expect(document.activeElement).toBe(field);
    await user.type(field, '  Wedding film {Enter}');
    expect(fake.callsTo('projects:create')).toEqual([{ name: 'Wedding film' }]);
    await waitFor(() =>
      expect(
        within(nav()).getByRole('button', { name: 'Wedding film' }).getAttribute('aria-current'),
      ).toBe('page'),
    );
    expect(within(nav()).queryByRole('textbox', { name: 'New project name' })).toBeNull();
    expect(fake.callsTo('library:query').at(-1)).toMatchObject({ projectId: 'p3' });
  });

  test('Escape cancels a new name without calling main', async () => {
    const { fake, user } = start();
    await user.click(await within(nav()).findByRole('button', { name: 'New project' }));
    await user.type(
      within(nav()).getByRole('textbox', { name: 'New project name' }),
      'Nope{Escape}',
    );
    expect(within(nav()).queryByRole('textbox', { name: 'New project name' })).toBeNull();
    expect(fake.callsTo('projects:create')).toEqual([]);
    expect(document.activeElement).toBe(within(nav()).getByRole('button', { name: 'New project' }));
  });

  test('renames the open project', async () => {
    const { fake, user } = start({
      'projects:rename': ({ projectId, name }) => project({ id: projectId, name }),
    });
    await within(nav()).findByRole('button', { name: 'Holiday' });
    await user.click(within(nav()).getByRole('button', { name: 'Rename project' }));
    const field = within(nav()).getByRole('textbox', { name: 'New name for Holiday' });
    await user.clear(field);
    await user.type(field, 'Summer{Enter}');
    expect(fake.callsTo('projects:rename')).toEqual([{ projectId: 'p1', name: 'Summer' }]);
    await within(nav()).findByRole('button', { name: 'Summer' });
    expect(document.activeElement).toBe(within(nav()).getByRole('button', { name: 'Summer' }));
  });

  test('deletes a project only after confirming it goes to the system trash', async () => {
    const { main, fake, user } = start({
      'projects:delete': ({ projectId }) => {
        main.projects = main.projects.filter((p) => p.id !== projectId);
        return { deleted: true };
      },
    });
    await within(nav()).findByRole('button', { name: 'Holiday' });
    await user.click(within(nav()).getByRole('button', { name: 'Delete project…' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Delete the project “Holiday”?' });
    expect(dialog.textContent).toContain('moves the folder to the system trash');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(fake.callsTo('projects:delete')).toEqual([]);

    await user.click(within(nav()).getByRole('button', { name: 'Delete project…' }));
    dialog = screen.getByRole('alertdialog', { name: 'Delete the project “Holiday”?' });
    await user.click(within(dialog).getByRole('button', { name: 'Move to trash' }));
    expect(fake.callsTo('projects:delete')).toEqual([{ projectId: 'p1' }]);
    await waitFor(() =>
      expect(within(nav()).queryByRole('button', { name: 'Holiday' })).toBeNull(),
    );
    expect(within(nav()).getByRole('button', { name: 'Ads' }).getAttribute('aria-current')).toBe(
      'page',
    );
  });

  test('opens a folder as a project, and shows the open one in the file manager', async () => {
    const { main, fake, user } = start({
      'projects:openFolder': () => {
        const opened = project({ id: 'p9', name: 'Old renders' });
        main.projects.push(opened);
        return opened;
      },
      'projects:reveal': () => ({ ok: true }),
    });
    await user.click(await within(nav()).findByRole('button', { name: 'Open folder…' }));
    expect(fake.callsTo('projects:openFolder')).toEqual([{}]);
    await waitFor(() =>
      expect(
        within(nav()).getByRole('button', { name: 'Old renders' }).getAttribute('aria-current'),
      ).toBe('page'),
    );
    await user.click(within(nav()).getByRole('button', { name: 'Show project in folder' }));
    expect(fake.callsTo('projects:reveal')).toEqual([{ projectId: 'p9' }]);
  });

  test('marks a project whose sidecars were set aside, and says which', async () => {
    const problem =
      'job_1.kling.json was damaged and set aside as job_1.kling.json.corrupt-20250101T000000Z.';
    const { user } = renderApp(
      new FakeLibrary([
        project({ id: 'p1', name: 'Holiday', problems: [problem] }),
        project({ id: 'p2', name: 'Ads' }),
      ]).handlers(),
    );
    const holiday = await within(nav()).findByRole('button', { name: 'Holiday' });
    expect(document.getElementById(holiday.getAttribute('aria-describedby')!)?.textContent).toMatch(
      /files set aside/,
    );
    const item = holiday.closest('li')!;
    const toggle = within(item).getByRole('button', { name: '1 file set aside' });
    expect(within(nav()).getByText(problem).closest('[hidden]')).not.toBeNull();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(nav()).getByText(problem).closest('[hidden]')).toBeNull();
    const ads = within(nav()).getByRole('button', { name: 'Ads' }).closest('li')!;
    expect(within(ads).queryAllByRole('button', { name: /set aside/ })).toEqual([]);
  });

  test('projects:changed reloads the list with new counts', async () => {
    const { main, fake } = start();
    await within(nav()).findByRole('button', { name: 'Ads' });
    main.projects.push(project({ id: 'p5', name: 'From another window' }));
    await act(async () => fake.emit('projects:changed', {}));
    await within(nav()).findByRole('button', { name: 'From another window' });
  });
});
