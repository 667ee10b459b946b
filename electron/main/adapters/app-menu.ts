import { Menu, type MenuItemConstructorOptions } from 'electron';
import { buildAppMenu, type AppMenuOptions } from '../desktop/app-menu';

/** Installs the application menu built by `buildAppMenu`. */
export function installAppMenu(options: AppMenuOptions): void {
  const template = buildAppMenu(options) as MenuItemConstructorOptions[];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
