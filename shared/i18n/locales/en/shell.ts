/** The shell wording: top bar, skip links, landmarks and banners (English, the original). */
export default {
  appName: 'Kling Studio',
  landmarks: {
    skipLinks: 'Skip links',
    make: 'Make a video',
  },
  skipLinks: {
    composer: 'Skip to the composer',
    library: 'Skip to the library',
  },
  topBar: {
    settings: 'Settings',
    checking: 'Checking token…',
    noToken: 'No token',
    token: 'Token …{{last4}}',
    refused: 'Token …{{last4}} refused',
  },
  tokenRefused: {
    message:
      'AceData refused your API token. Nothing is sent or checked until you replace it: open Settings and paste the token from your AceData console.',
    replace: 'Replace token',
  },
  endpoints: {
    developerMode:
      'Developer mode (KLING_STUDIO_DEVELOPER=1): this window talks to {{url}} instead of AceData.',
    ignored:
      "Ignored {{names}}: an installed Kling Studio uses AceData's own addresses unless developer mode is on.",
    unconfirmed:
      'Your AceData tokens are not sent to {{hosts}} until you confirm this address is yours to trust.',
    confirm: 'Send my token to {{hosts}}',
  },
};
