/** Per-project last settings, clip thumbnails and other studio pieces that span several panes. */
export default {
  generate: {
    alreadySending:
      'This request is already being sent: its job is in the jobs strip. Change something to make another.',
  },
  /** What "Use these settings" says it put back, and how. */
  remix: {
    /**
     * The inputs of a clip that are no field of a video request, named where the remix says
     * how each came back (request fields go by the rules' names: `rules:field.*`).
     */
    inputs: {
      reference: 'reference image {{n}}',
      image: 'character image',
      motionVideo: 'motion video',
      photo: 'photo',
      lipSyncVideo: 'video to lip-sync',
      sourceClip: 'the clip to lip-sync (no longer in the library)',
    },
    /** The inputs put back from the files on this computer they were uploaded from. */
    local: 'From this computer: {{inputs}}.',
    /** The inputs put back by the address they were uploaded to, with no unchanged file here. */
    byAddress: 'By address only (no unchanged file on this computer): {{inputs}}.',
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
