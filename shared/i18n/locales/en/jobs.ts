/** The jobs wording (English, the original every translation follows). */
export default {
  /** Spoken when a job changes stage: the stage, then the prompt. */
  announce: '{{state}}: {{prompt}}',
  state: {
    queued: 'Queued',
    submitting: 'Submitting',
    submitted: 'Generating',
    running: 'Generating',
    succeeded: 'Generated',
    downloading: 'Downloading',
    downloadingPercent: 'Downloading {{percent}}%',
    ready: 'Ready',
    failed: 'Failed',
    unknown: 'Unknown — may have been sent',
    downloadBlocked: 'Succeeded — download blocked',
  },
  time: {
    elapsed: 'Elapsed',
    took: 'Took',
  },
  queue: {
    label: 'Jobs',
    heading: 'Jobs',
    summary: '{{inFlight}} of {{maxInFlight}} running · {{queued}} waiting',
    pause: 'Pause queue',
    resume: 'Resume queue',
    empty: 'Jobs you start appear here while they are made and downloaded.',
    inProgress: 'In progress',
    waiting: 'Waiting to send',
    finished: 'Finished',
    offline: 'Offline — waiting for a connection. Your library still works.',
    paused: 'Queue paused: queued jobs wait until you resume.',
    notRemoved:
      'This job could not be removed: it is already on its way to AceData, or already gone.',
    removed: 'Removed: {{prompt}}',
    moved: 'Moved to #{{place}} in queue: {{prompt}}',
  },
  strip: {
    label: 'Job progress',
    empty: 'Press Generate and the job shows here while it is made and downloaded.',
    /** A queued job the daily budget keeps from being sent. */
    held: 'Held: daily budget',
    /** Moves to the job's entry in the Jobs panel, where its explanation and Retry anyway are. */
    showInJobs: 'Show in Jobs',
    refused: 'Refused by moderation: change the prompt, then generate again.',
  },
  item: {
    stalled: 'Stalled — still checking',
    inQueue: '#{{place}} in queue',
    downloadProgress: 'Download progress',
    refused:
      "Kling's moderation refused this request. Change the prompt (or the image), then generate again: sending it unchanged would be refused again.",
    unknown:
      'The request may have reached AceData. Check your AceData Cloud console before trying again: sending it twice may charge twice.',
  },
  progress: {
    download: 'Download progress: {{about}}',
    working: 'Progress: {{about}}',
  },
  actions: {
    named: '{{action}}: {{about}}',
    moveUp: 'Move up',
    moveDown: 'Move down',
    removeFromQueue: 'Remove from queue',
    dismiss: 'Dismiss',
    editPrompt: 'Edit prompt',
    retry: 'Retry',
    retryAnyway: 'Retry anyway…',
    reviewDownload: 'Review download…',
  },
  openClip: {
    button: 'Open clip',
    named: 'Open clip: {{about}}',
    failed: 'The clip could not be opened: {{message}} Look for it in the library.',
  },
  confirmRetry: {
    title: 'Send this job again?',
    confirm: 'Send again',
    body: 'AceData may already be making this video: the first request may have reached it before the connection broke. A retry may charge you twice.',
    check: 'Check your AceData usage first if you can.',
  },
  allowHost: {
    title: 'Download from this host?',
    confirm: 'Allow for this video',
    body: 'The video is made and paid for. Its address is on a host the app does not download from unless you allow it:',
    fullAddress: 'Full address:',
    trust:
      'Allow it only if you trust this host. It is allowed for this video alone; nothing is sent to AceData again.',
  },
};
