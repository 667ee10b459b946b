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
    /** The inputs of a clip, named where the remix says how each came back. */
    inputs: {
      startFrame: 'start frame',
      endFrame: 'end frame',
      reference: 'reference image {{n}}',
      referenceVideo: 'reference video',
      lipSyncVideo: 'video to lip-sync',
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
