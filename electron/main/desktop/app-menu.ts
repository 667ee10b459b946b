import { t } from '../../../shared/i18n';

/** The standard items this menu takes from the platform. */
type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'undo'
  | 'redo'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'delete'
  | 'selectAll'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'minimize'
  | 'zoom'
  | 'front'
  | 'close';

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
 * The platform's role items (copy, quit…) with their labels in the app's language: Electron
 * writes its own labels in English whatever the language.
 */
function roleItem(name: MenuRole, appName: string, platform: string): MenuItemSpec {
  const key =
    name === 'quit' && platform !== 'darwin' ? (platform === 'win32' ? 'exit' : 'quitPlain') : name;
  return { role: name, label: t(`desktop:menu.roles.${key}`, { appName }) };
}

/**
 * The application menu: the platform's standard roles (the Edit menu is what makes copy and
 * paste work on macOS), View without reload or DevTools in a packaged build, Window, and Help
 * with AceData's docs and console and "Check for Updates…".
 */
export function buildAppMenu(options: AppMenuOptions): MenuItemSpec[] {
  const mac = options.platform === 'darwin';
  const role = (name: MenuRole) => roleItem(name, options.appName, options.platform);
  const checkForUpdates: MenuItemSpec = {
    label: t('desktop:menu.checkForUpdates'),
    click: options.checkForUpdates,
  };
  const developer: MenuItemSpec[] = options.packaged
    ? []
    : [role('reload'), role('forceReload'), role('toggleDevTools'), separator];
  const menu: MenuItemSpec[] = [];
  if (mac) {
    menu.push({
      label: options.appName,
      submenu: [
        role('about'),
        checkForUpdates,
        separator,
        role('services'),
        separator,
        role('hide'),
        role('hideOthers'),
        role('unhide'),
        separator,
        role('quit'),
      ],
    });
  } else {
    menu.push({ label: t('desktop:menu.file'), submenu: [role('quit')] });
  }
  menu.push(
    {
      label: t('desktop:menu.edit'),
      submenu: [
        role('undo'),
        role('redo'),
        separator,
        role('cut'),
        role('copy'),
        role('paste'),
        ...(mac ? [role('pasteAndMatchStyle')] : []),
        role('delete'),
        role('selectAll'),
      ],
    },
    {
      label: t('desktop:menu.view'),
      submenu: [
        ...developer,
        role('resetZoom'),
        role('zoomIn'),
        role('zoomOut'),
        separator,
        role('togglefullscreen'),
      ],
    },
    {
      label: t('desktop:menu.window'),
      role: 'window',
      submenu: mac
        ? [role('minimize'), role('zoom'), separator, role('front')]
        : [role('minimize'), role('close')],
    },
    {
      label: t('desktop:menu.help'),
      role: 'help',
      submenu: [
        { label: t('desktop:menu.docs'), click: () => options.openExternal(HELP_LINKS.docs) },
        { label: t('desktop:menu.console'), click: () => options.openExternal(HELP_LINKS.console) },
        ...(mac ? [] : [separator, checkForUpdates]),
      ],
    },
  );
  return menu;
}
