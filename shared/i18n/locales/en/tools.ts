/** The tools wording (English, the original every translation follows). */
export default {
  /** What a person calls each tool. */
  name: {
    motion: 'Motion control',
    'lip-sync': 'Lip-sync',
    'talking-photo': 'Talking photo',
  },
  /** What each tool does, in a line under the mode switch. */
  hint: {
    motion:
      'Motion control: the character in your image moves the way the person in the motion video moves.',
    'lip-sync': 'Lip-sync: a clip is made to speak your text, its lips moving with the words.',
    'talking-photo':
      'Talking photo: a still portrait speaks your text or recording (takes 4–6 minutes).',
  },
  image: {
    required: 'required',
  },
  uploadedFrom: 'Uploaded from {{name}}.',
  lipSync: {
    button: 'Lip-sync',
    clip: 'Lip-syncing: {{prompt}} ({{duration}})',
    useUrl: 'Use a URL',
    useUrlLabel: 'Use a video URL instead of this clip',
    videoUrl: 'Video URL',
    videoUrlPlaceholder: 'https://… video of 2–10 s with a face',
    fromLibrary: 'To lip-sync a clip from the library, open it and press its Lip-sync button.',
    text: 'Text to speak',
    textPlaceholder: 'What the person in the video says',
  },
  motion: {
    image: 'Character image',
    removeImage: 'Remove character image',
    videoUrl: 'Motion video URL',
    videoUrlPlaceholder: 'https://… video whose moves to copy',
    faces: 'Character faces',
    orientation: {
      image: 'As in the image',
      video: 'As in the video',
    },
    model: 'Model',
    mode: 'Mode',
    modes: {
      std: 'Standard',
      pro: 'Pro',
    },
    keepSound: "Keep the motion video's sound",
    prompt: 'Prompt (optional)',
    promptPlaceholder: 'Details of the scene or the character',
  },
  talkingPhoto: {
    photo: 'Photo',
    removePhoto: 'Remove photo',
    speech: 'Speech',
    speechKind: {
      text: 'Text',
      audio: 'Recording',
    },
    text: 'Text to speak',
    textPlaceholder: 'What the person in the photo says',
    audioUrl: 'Audio URL',
    audioUrlPlaceholder: 'https://… recording of the speech',
    duration: 'Duration',
    seconds: '{{seconds}} s',
  },
};
