/** What main shows outside the window: notifications, menus, system dialogs. */
export default {};
