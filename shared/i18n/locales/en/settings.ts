/** The Settings dialog. */
export default {
  title: 'Settings',
  token: {
    label: 'AceData API token',
    hint: 'Kept in your system keychain when one is available. This window only ever sees the last four characters.',
    save: 'Save token',
    remove: 'Remove token',
    checking: 'Checking for a saved token…',
    keychain: 'Token saved in the system keychain, ending in …{{last4}}',
    memory: 'Token kept in memory for this session only, ending in …{{last4}}',
    environment:
      'Token comes from the KLING_STUDIO_TOKEN environment variable, ending in …{{last4}}. To change it, change the variable and restart Kling Studio.',
    none: 'No token saved yet. Paste the API token from your AceData Cloud console.',
  },
  platformToken: {
    checking: 'Checking for a saved platform token…',
    saved: 'Platform token saved, ending in …{{last4}}',
    none: 'No platform token saved.',
    label: 'AceData platform token (for image uploads)',
    hint: "Frames from your computer are uploaded through AceData's file service, which accepts only this platform token (from the AceData console), not the API token.",
    save: 'Save platform token',
    remove: 'Remove platform token',
  },
  workspace: {
    heading: 'Workspace folder',
    where: 'Your projects are folders inside it: <dir>{{dir}}</dir>',
    change: 'Change workspace folder…',
  },
  proxy: {
    heading: 'Network proxy',
    legend: 'How the app connects',
    system: "Use this computer's proxy settings",
    none: 'No proxy: connect directly',
    manual: 'Use this proxy:',
    address: 'Proxy address',
    hint: 'API calls, uploads and video downloads go this way. Requests already under way finish on the old route.',
    save: 'Save proxy setting',
    saved: 'Saved: new requests use it.',
  },
  notifications: {
    heading: 'Notifications',
    sound: 'Play a sound when a video is ready or fails',
    hint: "The system shows a notification either way; clicking a ready video's notification opens it here.",
  },
  theme: {
    legend: 'Theme',
    system: 'Same as the system',
    light: 'Light',
    dark: 'Dark',
  },
  language: {
    legend: 'Language',
    system: 'Same as the system ({{language}})',
    /** The system's language, named inside the label above. */
    name: { en: 'English', 'zh-CN': 'Simplified Chinese' },
    en: 'English',
    'zh-CN': '简体中文 (Simplified Chinese)',
  },
};
