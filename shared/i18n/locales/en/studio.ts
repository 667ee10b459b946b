/** Per-project last settings, clip thumbnails and other studio pieces that span several panes. */
export default {
  generate: {
    alreadySending:
      'This request is already being sent: its job is in the jobs strip. Change something to make another.',
  },
  strip: {
    paused: 'Paused',
    pausedWhy: 'Token refused: replace it in Settings',
  },
};
