import { describe, expect, it, vi } from 'vitest';
import {
  HELP_LINKS,
  buildAppMenu,
  type MenuItemSpec,
} from '../../../electron/main/desktop/app-menu';
import { allowedExternalUrl } from '../../../electron/main/ipc/external-links';

function menuFor(platform: string, packaged: boolean) {
  const openExternal = vi.fn();
  const checkForUpdates = vi.fn();
  const menu = buildAppMenu({
    platform,
    appName: 'Kling Studio',
    packaged,
    openExternal,
    checkForUpdates,
  });
  return { menu, openExternal, checkForUpdates };
}

function roles(items: MenuItemSpec[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...roles(item.submenu ?? [])]);
}

function find(items: MenuItemSpec[], label: string): MenuItemSpec | undefined {
  for (const item of items) {
    if (item.label === label) return item;
    const inner = find(item.submenu ?? [], label);
    if (inner) return inner;
  }
  return undefined;
}

describe('application menu', () => {
  it.each(['darwin', 'win32', 'linux'])(
    'on %s has Edit, View, Window and Help menus',
    (platform) => {
      const { menu } = menuFor(platform, true);
      expect(menu.map((item) => item.label).slice(-4)).toEqual(['Edit', 'View', 'Window', 'Help']);
      expect(roles(find(menu, 'Edit')?.submenu ?? [])).toEqual(
        expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']),
      );
      expect(find(menu, 'Window')?.role).toBe('window');
      expect(find(menu, 'Help')?.role).toBe('help');
    },
  );

  it('on macOS starts with the app menu (about, hide, quit)', () => {
    const { menu } = menuFor('darwin', true);
    expect(menu[0]?.label).toBe('Kling Studio');
    expect(roles(menu[0]?.submenu ?? [])).toEqual(
      expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit']),
    );
  });

  it('has no DevTools or reload when packaged, and has them in development', () => {
    for (const platform of ['darwin', 'win32', 'linux']) {
      const packaged = roles(menuFor(platform, true).menu);
      expect(packaged).not.toContain('toggleDevTools');
      expect(packaged).not.toContain('reload');
      expect(packaged).not.toContain('forceReload');
      expect(roles(menuFor(platform, false).menu)).toContain('toggleDevTools');
    }
  });

  it("Help opens AceData's docs and console, both links the app may open", () => {
    const { menu, openExternal } = menuFor('linux', true);
    find(menu, 'AceData Documentation')?.click?.();
    find(menu, 'AceData Console')?.click?.();
    expect(openExternal.mock.calls).toEqual([[HELP_LINKS.docs], [HELP_LINKS.console]]);
    expect(allowedExternalUrl(HELP_LINKS.docs)).not.toBeNull();
    expect(allowedExternalUrl(HELP_LINKS.console)).not.toBeNull();
  });

  it.each(['darwin', 'win32'])('on %s offers "Check for Updates…"', (platform) => {
    const { menu, checkForUpdates } = menuFor(platform, true);
    find(menu, 'Check for Updates…')?.click?.();
    expect(checkForUpdates).toHaveBeenCalledOnce();
  });
});
