/** Per-project last settings, clip thumbnails and other studio pieces that span several panes. */
export default {
  generate: {
    alreadySending:
      'This request is already being sent: its job is in the jobs strip. Change something to make another.',
  },
  /** What a tool clip's "Use these settings" may fail to put back. */
  remix: {
    image: 'character image',
    motionVideo: 'motion video',
    sourceClip: 'the clip to lip-sync (no longer in the library)',
    photo: 'photo',
  },
  strip: {
    paused: 'Paused',
    pausedWhy: 'Token refused: replace it in Settings',
  },
  /** The clip detail's pictures it was made from. */
  inputs: {
    title: 'Pictures used',
    roles: {
      startFrame: 'Start frame',
      endFrame: 'End frame',
      reference: 'Reference image',
      characterImage: 'Character image',
      photo: 'Photo',
    },
    notKept: 'The picture is not kept on this computer.',
  },
};
