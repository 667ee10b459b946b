/** Words shared by many parts of the window. */
export default {
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  delete: 'Delete',
  rename: 'Rename',
  create: 'Create',
  retry: 'Retry',
  dismiss: 'Dismiss',
  copy: 'Copy',
  move: 'Move',
  loading: 'Loading…',
  traceId: 'Trace id: {{id}}',
  /** What `renderer/src/lib/format.ts` writes. */
  format: {
    unknown: 'Unknown',
    bytes: '{{value}} B',
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
    gigabytes: '{{value}} GB',
    elapsedSeconds: '{{seconds}}s',
    elapsedMinutes: '{{minutes}}m {{seconds}}s',
    elapsedHours: '{{hours}}h {{minutes}}m',
  },
};
