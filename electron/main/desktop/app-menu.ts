/**
 * A menu item as Electron's `Menu.buildFromTemplate` takes it, limited to what this menu uses,
 * so the template is built and tested without Electron.
 */
export interface MenuItemSpec {
  label?: string;
  role?: string;
  type?: 'separator';
  submenu?: MenuItemSpec[];
  click?: () => void;
}

/** Where Help sends people: AceData's documentation and its console (AceData Kling API docs). */
export const HELP_LINKS = {
  docs: 'https://docs.acedata.cloud',
  console: 'https://platform.acedata.cloud',
} as const;

export interface AppMenuOptions {
  /** `process.platform`: macOS gets the app menu and the standard window roles. */
  platform: string;
  appName: string;
  packaged: boolean;
  openExternal: (url: string) => void;
  checkForUpdates: () => void;
}

const separator: MenuItemSpec = { type: 'separator' };

/**
 * The application menu: the platform's standard roles (the Edit menu is what makes copy and
 * paste work on macOS), View without reload or DevTools in a packaged build, Window, and Help
 * with AceData's docs and console and "Check for Updates…".
 */
export function buildAppMenu(options: AppMenuOptions): MenuItemSpec[] {
  const mac = options.platform === 'darwin';
  const checkForUpdates: MenuItemSpec = {
    label: 'Check for Updates…',
    click: options.checkForUpdates,
  };
  const developer: MenuItemSpec[] = options.packaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  const menu: MenuItemSpec[] = [];
  if (mac) {
    menu.push({
      label: options.appName,
      submenu: [
        { role: 'about' },
        checkForUpdates,
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  } else {
    menu.push({ label: 'File', submenu: [{ role: 'quit' }] });
  }
  menu.push(
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        separator,
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        ...(mac ? [{ role: 'pasteAndMatchStyle' }] : []),
        { role: 'delete' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...developer,
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        separator,
        { role: 'togglefullscreen' },
      ],
    },
    {
      label: 'Window',
      role: 'window',
      submenu: mac
        ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
        : [{ role: 'minimize' }, { role: 'close' }],
    },
    {
      label: 'Help',
      role: 'help',
      submenu: [
        { label: 'AceData Documentation', click: () => options.openExternal(HELP_LINKS.docs) },
        { label: 'AceData Console', click: () => options.openExternal(HELP_LINKS.console) },
        ...(mac ? [] : [separator, checkForUpdates]),
      ],
    },
  );
  return menu;
}
