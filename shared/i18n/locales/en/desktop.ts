/** What main shows outside the window: notifications, menus, system dialogs. */
export default {
  /** The system notification a finished job gets. */
  notice: {
    readyTitle: 'Video ready',
    readyBody: '“{{prompt}}” is in your library.',
    readyBodyNoPrompt: 'Your new video is in the library.',
    failedTitle: 'Video failed',
    failedBody: 'The video could not be made. Open Kling Studio to see why and retry.',
  },
  /** The application menu. Role items carry their labels too: Electron writes them in English. */
  menu: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    checkForUpdates: 'Check for Updates…',
    docs: 'AceData Documentation',
    console: 'AceData Console',
    roles: {
      about: 'About {{appName}}',
      services: 'Services',
      hide: 'Hide {{appName}}',
      hideOthers: 'Hide Others',
      unhide: 'Show All',
      quit: 'Quit {{appName}}',
      quitPlain: 'Quit',
      exit: 'Exit',
      undo: 'Undo',
      redo: 'Redo',
      cut: 'Cut',
      copy: 'Copy',
      paste: 'Paste',
      pasteAndMatchStyle: 'Paste and Match Style',
      delete: 'Delete',
      selectAll: 'Select All',
      reload: 'Reload',
      forceReload: 'Force Reload',
      toggleDevTools: 'Toggle Developer Tools',
      resetZoom: 'Actual Size',
      zoomIn: 'Zoom In',
      zoomOut: 'Zoom Out',
      togglefullscreen: 'Toggle Full Screen',
      minimize: 'Minimize',
      zoom: 'Zoom',
      front: 'Bring All to Front',
      close: 'Close Window',
    },
  },
  /** The system's file dialogs. */
  dialog: {
    chooseImage: 'Choose an image',
    useImage: 'Use image',
    imageFilter: 'PNG or JPEG images',
    openFolderAsProject: 'Open a folder as a project',
    chooseWorkspace: 'Choose the folder for your projects',
    exportClips: 'Export the list of clips',
    saveCopy: 'Save a copy of the video',
    importSettings: 'Import settings from a video',
    chooseBatch: 'Choose a batch file (CSV)',
  },
  /** Updates of the app itself. */
  update: {
    readyMessage: 'Kling Studio {{version}} is ready to install.',
    readyDetail: 'Restart now to update, or keep working: it is installed when you quit.',
    restart: 'Restart to update',
    later: 'Later',
    upToDate: 'Kling Studio is up to date.',
    checkFailed: 'Could not check for updates. Try again later.',
  },
  /** The project made on the first start. */
  defaultProjectName: 'My First Project',
  /** A project folder's name when the project's own name has no letters or digits. */
  projectFallbackName: 'Project',
  /** The comment kept inside a saved MP4: what made it. */
  madeWith: 'Made with Kling Studio: {{summary}}',
  projectDeletion: {
    forgetTitle: 'Remove “{{name}}” from Kling Studio?',
    forgetBody_one:
      'Kling Studio stops showing this project. Nothing is deleted: the folder “{{dir}}” keeps its {{count, number}} clip and every other file in it, including the project file Kling Studio wrote there. To see it again, use Open folder as a project.',
    forgetBody_other:
      'Kling Studio stops showing this project. Nothing is deleted: the folder “{{dir}}” keeps its {{count, number}} clips and every other file in it, including the project file Kling Studio wrote there. To see it again, use Open folder as a project.',
    forgetConfirm: 'Remove from app',
    trashTitle: 'Delete the project “{{name}}”?',
    trashBody_one:
      "This moves the folder “{{dir}}” to the system trash, with its {{count, number}} clip (each one's video, poster and settings file) and every other file in it. You can restore it from there.",
    trashBody_other:
      "This moves the folder “{{dir}}” to the system trash, with its {{count, number}} clips (each one's video, poster and settings file) and every other file in it. You can restore it from there.",
    trashConfirm: 'Move to trash',
  },
};
