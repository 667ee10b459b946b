/** Words shared by many parts of the window. */
export default {
  close: 'Close',
  cancel: 'Cancel',
  save: 'Save',
  traceId: 'Trace id: {{id}}',
};
