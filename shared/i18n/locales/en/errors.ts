/**
 * What main says when something fails, keyed by the error's code (and, where one code has
 * several causes, by what happened). Main writes these in the person's language before they
 * cross IPC, so the window shows them as they arrive.
 */
export default {
  // The provider's answers: what each means for a person, and what they can do about it.
  invalid_token: 'AceData refused your API token. Open Settings and paste a valid token.',
  token_expired:
    'Your AceData API token was revoked or has expired. Open Settings and paste a new one.',
  token_mismatched:
    'This token does not belong to the Kling API. Open Settings and paste an API token for Kling.',
  no_token: 'No API token was sent. Open Settings and add your AceData API token.',
  used_up: 'Your AceData balance is used up. Top up your account on AceData Cloud, then try again.',
  disabled: 'Your AceData account or this API is disabled. Check your account on AceData Cloud.',
  forbidden:
    'AceData refused this request, often because the content was blocked by moderation. Change the prompt or image and try again.',
  bad_request: 'AceData refused the request as invalid.',
  api_not_implemented: 'AceData does not offer this function for your account yet.',
  no_api: 'AceData does not know this endpoint. Check the API address in the app settings.',
  too_many_requests:
    'Too many requests reached AceData at once. The app will slow down; try again in a moment.',
  rate_limited:
    'Too many requests reached AceData at once. The app will slow down; try again in a moment.',
  api_error: 'AceData had an internal failure. Try again in a few minutes.',
  bad_gateway:
    'AceData could not reach Kling (bad gateway). Wait a few minutes, then try again; check AceData status if it persists.',
  service_unavailable:
    'AceData or Kling is unavailable right now. Wait a few minutes, then try again.',
  timeout: 'AceData timed out waiting for Kling. Wait a few minutes, then try again.',
  authorization_missing: 'No API token was sent. Open Settings and add your AceData API token.',
  task_failed: 'Kling could not make this video.',
  task_failed_because: 'Kling could not make this video: {{reason}}',
  task_failed_state: 'The task ended as "{{state}}".',
  provider: {
    httpStatus: 'AceData answered with an error (HTTP {{status}}).',
    withSaid: '{{message}} AceData said: {{said}}',
  },
  no_token_saved: 'Add your AceData API token in Settings first.',

  // Reaching the provider.
  offline:
    'AceData could not be reached ({{code}}). Check your connection and try again; nothing was sent.',
  certificate:
    'The secure connection to AceData was refused because its certificate is not trusted on this computer ({{code}}). A company network, VPN or antivirus that inspects HTTPS (a corporate proxy) usually causes this: ask your IT team to add its root certificate to the system certificate store, or use another network. Nothing was sent, so trying again cannot charge you.',
  network: 'The connection to AceData failed ({{code}}). The app will try again.',
  noAnswer: 'no answer',
  bad_answer: 'AceData sent an answer the app could not read. It will ask again.',
  submission_uncertain: {
    connectionBroke:
      'The connection broke after the request was sent ({{cause}}), so AceData may have started the job. It will not be sent again automatically.',
    answerCut: 'the answer was too long or broke off',
    answerNotJson: 'the answer was not JSON',
    noTaskId: 'the answer had no task id',
    mayHaveStarted:
      '{{message}} AceData may still have started this job; it will not be sent again on its own.',
    appStopped:
      'The app stopped while this job was being sent, so AceData may have started it. Check your AceData usage, then retry only if it is not there — a retry may charge again.',
  },

  // The job queue.
  not_queued: 'Only jobs that are still waiting in the queue can be moved.',
  not_retryable: 'Only failed jobs, or jobs whose sending is uncertain, can be retried.',
  confirm_charge:
    'AceData may already be making this video. Retrying may charge you twice — confirm to send it again.',
  download_not_blocked:
    "This video's download is not waiting for that host. Close the dialog and look at the job again.",
  /** What a waiting job says about itself in the queue. */
  note: {
    waitingForConnection: 'Waiting for a connection to AceData…',
    slowDown: 'AceData asked the app to slow down; it will send this job shortly.',
    waitingForToken: 'Waiting for a valid API token.',
    fileNotThereYet:
      'The video is finished; its file is not on the video server yet — trying again shortly.',
    downloadInterrupted: 'Download interrupted ({{reason}}) — trying again shortly.',
  },
  not_extendable: 'This clip has no Kling video id, so Kling cannot extend it.',
  unknown_clip: {
    inLibrary: 'That clip is no longer in the library. Refresh the list.',
    toExtend: 'The clip to extend is no longer in the library. Pick another clip.',
    toLipSync: 'The clip to lip-sync is no longer in the library. Choose another clip.',
  },
  invalid_request: {
    onlyExtendHasParent: 'Only an extension continues another clip.',
    onlyImageFromFrame: 'Only image to video starts from a frame of a clip.',
    onlyLipSyncTakesClip: 'Only lip-sync takes a clip from the library.',
    presetsFull: 'You have {{max}} presets, the most kept: delete one first.',
    presetGone: 'That preset no longer exists.',
    notValid: 'The request was not valid.',
    presetNameTaken: 'A preset is already called "{{name}}": choose another name.',
  },
  // Fetching a finished result into the library.
  unsafe_url: {
    refused: 'The video address sent by the server was refused because {{reason}}.',
    notAnAddress: 'it is not a valid web address',
    hasCredentials: 'it contains a user name or password',
    notEncrypted: 'it is not encrypted (http)',
    scheme: '"{{scheme}}" addresses are not allowed',
    badRedirect: 'The video server redirected to an address that is not valid.',
  },
  download_host_blocked:
    'The video is made, but its address is on {{host}}, which is not one of the hosts videos are downloaded from. Check the address and allow that host for this video if you trust it.',
  invalid_file_name: 'The video could not be saved: the file name is not valid.',
  download_http:
    'The video server answered with HTTP {{status}} instead of the video. The link may have expired; try again later.',
  download_http_expired:
    'The result link no longer works (HTTP {{status}}): provider links expire after about 30 days, so this video cannot be downloaded.',
  download_http_refused:
    'The video server still refuses the result link (HTTP {{status}}) {{minutes}} minutes after the video was finished, so the download was stopped. The video was made; contact AceData support with the trace id.',
  download_too_many_redirects:
    'The video server redirected more than {{max}} times, so the download was stopped.',
  download_too_large: 'The video is larger than the {{limit}} limit, so it was not downloaded.',
  download_incomplete: {
    wrongSize: 'The saved video does not have the expected size, so it was discarded. Try again.',
    overlong:
      'The server sent more than the {{announced}} it announced, so the download was discarded. Try again.',
  },
  download_interrupted:
    'The connection to the video server kept breaking before the video was complete. Check the connection and try again.',
  download_stalled:
    'The video server stopped sending data for {{seconds}} s, so the download was stopped. Try again later.',
  download_cancelled: 'The download was cancelled.',
  download_failed: {
    cause: 'The video could not be downloaded ({{cause}}). Check the connection and try again.',
    resumeRefused:
      'The video server answered inconsistently when the download was resumed, so the partial file was discarded. Try again.',
    partShrank: 'The saved part of the video shrank while it was read',
    diskAcceptedNothing: 'The disk accepted no data',
  },
  not_mp4: 'The server sent something that is not an MP4 video, so it was not saved.',
  disk_full: {
    paused:
      'The disk is full: the download of this video is paused with {{saved}} MB saved. Free some space; it resumes by itself.',
    notSaved: 'The disk is full, so the video could not be saved. Free some space and try again.',
  },
  unknownError: 'unknown error',
  size: {
    megabytes: '{{value}} MB',
    bytes: '{{value}} bytes',
  },

  // Checking and uploading a picture, video or recording.
  image_not_found: 'This image is no longer staged. Add it again.',
  image_not_file: {
    badLocation: 'The app was given a file location it cannot use. Drop or pick the image again.',
    systemFile:
      'This points to {{path}}, a file in the system folder {{folder}}, not to an image. Choose the PNG or JPEG file itself.',
    folder: 'This is a folder, not an image file. Choose a PNG or JPEG file.',
    special:
      'This is not a regular file (it is a device, pipe or socket). Choose a PNG or JPEG file.',
    gone: 'There is no file at this location any more; it may have been moved or deleted. Choose it again.',
    replacedByLink:
      'This file was replaced by a link while it was being checked. Choose the image again.',
  },
  image_unreadable: {
    notAllowed:
      'The app is not allowed to read this file. Copy the image somewhere you own (your Pictures folder) and add it from there.',
    cause: 'This file could not be read ({{cause}}). Check the disk and try again.',
    damagedHeader:
      'This file starts like a {{format}} image, but its header is damaged, so its size cannot be read. Export the image again and retry.',
    unknownType: 'The type of this image is unknown, so it cannot be uploaded. Add it again.',
  },
  image_not_png_or_jpeg:
    'This file is not a PNG or JPEG image (its content starts with {{start}}), whatever its name says. Kling takes PNG and JPEG images only.',
  image_not_png_or_jpeg_start: {
    empty: 'nothing: it is empty',
    program: '{{hex}}, a {{system}} program',
  },
  image_too_large:
    'This file is {{size}} MB; Kling takes images of at most 10 MB. Save it smaller (JPEG, or fewer pixels) and add it again.',
  image_too_small:
    'This image is {{width}} × {{height}} px; Kling needs the shortest side to be at least {{min}} px.',
  image_bad_ratio:
    'This image is {{width}} × {{height}} px, an aspect ratio of {{ratio}}; Kling needs the aspect ratio to be between 1:2.5 and 2.5:1. Crop it closer to square.',
  image_url_invalid: {
    notAnAddress: 'This is not a web address. Paste a link that starts with https://.',
    hasCredentials:
      'This link contains a user name or password. Use a public link to the image without them.',
    noHost: 'This link has no host name. Paste the full https:// address of the image.',
  },
  image_url_not_https:
    'Only https:// links to images are accepted (this one is {{scheme}}:). Kling fetches the image itself and needs a secure public address.',
  image_url_too_long:
    'This address is {{length}} characters long; at most {{max}} are accepted. Use a shorter link to the image.',
  consent_required: {
    image:
      "Uploading publishes this image on AceData's CDN, where anyone with the link can see it for about 7 days. Agree to that first, or use an image that is already online.",
    video:
      "Uploading publishes this video on AceData's CDN, where anyone with the link can see it. Agree to that first, or give a video that is already online.",
    audio:
      "Uploading publishes this recording on AceData's CDN, where anyone with the link can hear it. Agree to that first, or give a recording that is already online.",
  },
  platformTokenHelp:
    "Uploads need AceData's platform token, which is not the API token used for generating: copy it from the AceData Cloud console (platform.acedata.cloud) and add it in Settings as the platform token.",
  no_platform_token: {
    image: 'No platform token is saved, so this image cannot be uploaded. {{help}}',
    video: 'No platform token is saved, so this video cannot be uploaded. {{help}}',
    audio: 'No platform token is saved, so this recording cannot be uploaded. {{help}}',
  },
  platform_token_refused:
    'AceData refused the platform token for this upload (HTTP {{status}}). {{help}}',
  upload_refused: {
    image: 'AceData refused this image as too large. Save it smaller and try again.',
    video: 'AceData refused this video as too large. Shorten or compress it and try again.',
    audio:
      'AceData refused this audio file as too large. Trim it or save it in a compressed format such as MP3, then try again.',
  },
  upload_failed: {
    unreachable: "Could not reach AceData's upload service. Check your connection and try again.",
    refused: {
      image: "AceData's upload service refused the image (HTTP {{status}}).",
      video: "AceData's upload service refused the video (HTTP {{status}}).",
      audio: "AceData's upload service refused the audio file (HTTP {{status}}).",
    },
    tryAgainSoon: '{{message}} Try again in a moment.',
  },
  upload_timeout:
    "AceData's upload service did not answer in time. Check your connection and try again.",
  upload_bad_answer: {
    image:
      "AceData's upload service answered without a usable https address for the image. Try again later.",
    video:
      "AceData's upload service answered without a usable https address for the video. Try again later.",
    audio:
      "AceData's upload service answered without a usable https address for the audio file. Try again later.",
  },

  // A local video or recording for a reference, a tool or a voice.
  not_a_file: {
    badLocation: 'The app was given a file location it cannot use.',
    gone: 'There is no file at this location any more. Choose it again.',
  },
  video_not_file: {
    notRegular: 'This is not a regular file. Choose an MP4 or MOV video.',
    chosenGone: 'The chosen video is gone. Add it again.',
  },
  video_unreadable:
    'This file cannot be read as a video (it may be damaged or not a video). Choose an MP4 or MOV file.',
  video_refused: {
    tooLarge: 'This video is {{size}} MB; Kling takes at most {{max}} MB: shorten or compress it.',
  },
  video_not_found: 'This video is no longer chosen. Add it again.',
  audio_not_file: {
    notRegular: 'This is not a regular file. Choose an MP3, WAV or M4A recording.',
    chosenGone: 'The chosen recording is gone. Add it again.',
  },
  audio_unreadable:
    'This file cannot be read as a recording (it may be damaged or not audio). Choose an MP3, WAV or M4A file.',
  audio_refused: {
    unusable: 'This recording cannot be used',
  },
  audio_not_found: 'This recording is no longer chosen. Add it again.',

  // Projects, clips and their files.
  no_project: 'There is no project to put the video in. Create a project first.',
  unknown_project: 'That project is no longer in the workspace. Pick another project.',
  clip_missing: "This clip's video file is no longer in the project folder.",
  duplicate_project: 'That folder is a copy of a project that is already open.',
  folder_is_workspace:
    'That is the workspace itself. Pick a project folder inside it, or another folder.',
  folder_unreadable: 'That folder cannot be opened. Check that it exists and that you may read it.',
  folder_unwritable:
    'Kling Studio could not keep its project file in that folder. Pick a folder you can write to.',
  not_a_folder: 'That is a file, not a folder. Pick a folder.',
  folder_refused: {
    driveRoot: 'That is the root of a drive. Pick a folder inside it.',
    home: 'That is your home folder. Pick or make a folder inside it for the project.',
    holdsWorkspace:
      'That folder holds the Kling Studio workspace. Pick a folder outside it, or a project inside it.',
    system: 'That is a system folder. Pick a folder of your own.',
  },
  path_too_long:
    "The workspace folder's path is too long to hold project folders. Choose a workspace with a shorter path in Settings.",
  file_exists: 'A file of that name is already in the target project.',
  no_free_name:
    'The target project has too many clips with this name. Rename some files and try again.',
  no_trash: {
    here: 'Deleting is not available here.',
    noSystemTrash: 'Deleting is not available here: there is no system trash to move files to.',
  },
  invalid_poster: 'The poster image was not a JPEG of at most 2 MB. Grab the frame again.',
  invalid_query: 'The "{{which}}" date is not a date. Pick it again.',
  sidecar_missing: {
    whileSaving: "The clip's record disappeared while it was being saved. Try again.",
  },
  /** What a project's list says about clip records it could not show. */
  projectProblem: {
    tooLarge: "{{name}} is larger than a clip's record can be ({{detail}}); it was not read.",
    newer: '{{name}} was saved by a newer Kling Studio ({{detail}}); update the app to see it.',
    unreadable: '{{name}} could not be read ({{detail}}).',
    damagedKept: '{{name}} is damaged ({{detail}}) and could not be set aside.',
    sameId: '{{dropped}} has the same clip id as {{kept}}; it is not shown.',
    setAside: '{{name}} was damaged and set aside as {{file}}.',
    copyElsewhere:
      '{{name}} is a copy of a clip in another project (same clip id); it is not shown here.',
  },
  sidecar_newer: 'This clip was saved by a newer Kling Studio. Update the app to change it.',
  sidecar_unreadable: "This clip's record could not be read. Reopen the project and try again.",

  // Finishing clips already in the library.
  clip_not_found: {
    inLibrary: "This clip's video is no longer in the library.",
    toJoin: 'One of the clips to join is no longer in the library; choose the clips again.',
    nothingToSave:
      "This clip's video is no longer in the project folder, so there is nothing to save.",
    noFrame: "This clip's video is no longer in the library, so no frame can be kept from it.",
    unreadable: "This clip's video cannot be read, so no frame can be kept.",
  },
  settings_unreadable: {
    path: '{{path}} is not a video file the app can read.',
    notVideo: 'That is not a video file; choose an MP4 saved by Kling Studio.',
  },
  stitch_cancelled: 'Joining the clips was cancelled.',
  stitch_too_few_parts: 'Choose at least two clips to join.',
  stitch_busy: 'Clips are already being joined; wait for that to finish or cancel it.',
  needsReencoded: 'Each clip to join needs its re-encoded video.',
  stitch_unreadable: {
    part: '{{path}} cannot be joined: {{why}}.',
    notMp4: 'it is not a readable MP4 file',
    noVideoTrack: 'it has no video track',
    videoCodec: 'its video codec is not supported',
    audioCodec: 'its audio codec is not supported',
    damaged: 'This video cannot be read; it may be damaged.',
  },
  stitch_parts_differ: {
    withoutReencoding:
      'Clip {{clip}} cannot be joined to clip 1 without re-encoding: {{reason}}. Only clips made with the same settings can be joined.',
    clipReason: 'clip {{clip}}: {{reason}}',
    videoCodec: 'its video is {{is}}, not {{was}}',
    picture: 'its picture is {{width}} × {{height}} px, not {{firstWidth}} × {{firstHeight}} px',
    rotation: 'it is rotated by {{is}}°, not {{was}}°',
    videoSettings: 'its video was encoded with different settings',
    extraSound: 'it has a sound track and clip 1 has none',
    noSound: 'it has no sound track',
    soundCodec: 'its sound is {{is}}, not {{was}}',
    soundFormat:
      'its sound is {{rate}} Hz × {{channels}}, not {{firstRate}} Hz × {{firstChannels}}',
    soundSettings: 'its sound was encoded with different settings',
  },
  frame_invalid: {
    size: 'The frame is {{width}} × {{height}} px but the video is {{videoWidth}} × {{videoHeight}} px; grab it again from the player.',
    time: 'The clip lasts {{duration}} s, so it has no frame at {{at}} s.',
    notPng: 'The frame did not arrive as a PNG image; try again.',
  },

  // Making many videos at once, presets and the daily budget.
  batch_unreadable: {
    unreadable: '{{fileName}} could not be read. Choose the file again.',
    tooLarge: '{{fileName}} is larger than 1 MB: a batch file holds one short row per video.',
    notCsv:
      '{{fileName}} is not a CSV file the app can read ({{cause}}). Save it as CSV (comma-separated) and try again.',
    noHeader: '{{fileName}} needs a first row naming its columns: {{columns}}.',
    unknownColumns:
      '{{fileName}} needs a first row naming its columns: {{columns}} (not known: {{unknown}}).',
    /** A column's header as the file wrote it. */
    column: '"{{name}}"',
    rows: '{{fileName}} has {{rows}} rows; a batch holds 1 to {{max}}.',
  },
  /** A batch row whose start image was refused. */
  batchRowImage: 'start image {{image}}: {{reason}}',
  /** `count` is the daily budget in credits; it picks the plural of "credit". */
  budgetHold_one:
    'Daily budget reached: about {{today}} of {{count, number}} credit spent today, and the next job would cost about {{cost}}. The queue is held — nothing more is sent. Raise or turn off the budget in Settings → Prices and budget, or wait until tomorrow.',
  budgetHold_other:
    'Daily budget reached: about {{today}} of {{count, number}} credits spent today, and the next job would cost about {{cost}}. The queue is held — nothing more is sent. Raise or turn off the budget in Settings → Prices and budget, or wait until tomorrow.',

  // Tokens, settings, start-up and the boundary between the window and main.
  invalid_token_format: 'A token has no spaces or line breaks. Paste it again from AceData Cloud.',
  platform_token:
    'This is a platform (management) token; video generation needs an API token. Copy the API token from your AceData Cloud console.',
  memoryKeychain:
    'No system keychain answered, so your token is kept in memory for this session only. It will be asked for again after a restart; it is never written to a file.',
  bad_config: {
    notUrl: '{{name}} is not a URL: {{raw}}',
    notHttps: '{{name}} must be an https URL (plain http only on this computer): {{raw}}',
  },
  already_running:
    'Kling Studio is already running with this data folder. Switch to the open window.',
  lock_failed:
    'Kling Studio could not lock its data folder. Close other copies of the app and try again.',
  unknown_channel: 'This action is not part of the app.',
  forbidden_sender: 'Refused: the request did not come from the app window.',
  internal:
    'Something went wrong inside the app. Try again; if it keeps happening, restart Kling Studio.',
  endpoint_unconfirmed:
    'Your token is not sent to {{hosts}} until you confirm that address at the top of the window.',
  endpoint_mismatch:
    'The addresses you confirmed are not the ones the app would use. Close the window and start again.',
  invalid_media_id: {
    image: 'This image has an id that cannot be shown.',
    clip: 'This clip has an id that cannot be shown.',
  },
  feature_unavailable: {
    elements:
      'Elements are not available on this AceData account yet. The cached list, if any, still works; try again later or ask AceData support to enable them.',
    voices:
      'Voices are not available on this AceData account yet. The cached list, if any, still works; try again later or ask AceData support to enable them.',
  },
  bad_answer_voice_id: 'AceData made the voice but did not say its id.',

  // Raised in the window when the bridge to main is missing or broke.
  bridge_missing:
    'Kling Studio cannot reach its main process. Close the window and start the app again.',
  ipc_failed: {
    noSuchCall: 'Kling Studio has no "{{domain}}.{{name}}" in main.',
    lostContact:
      'Kling Studio lost contact with its main process. Try again; if it keeps happening, restart the app.',
  },
  unexpected:
    'Something went wrong in the window. Try again; if it keeps happening, restart Kling Studio.',

  /** A rule's reason made a sentence. */
  sentence: '{{text}}.',
};
