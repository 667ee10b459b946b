const VIDEO_NAME = /\.(mp4|m4v|mov)$/i;

/** Whether a dropped file is a video (by its type, or its name when the system gave none). */
export function isVideoFile(file: File): boolean {
  return file.type.startsWith('video/') || (file.type === '' && VIDEO_NAME.test(file.name));
}

/**
 * Whether a drag carries a video file. During a drag only the items' types can be read, not
 * their names, so a file of unknown type is not claimed until it is dropped.
 */
export function isVideoDrag(transfer: DataTransfer): boolean {
  return [...transfer.items].some((item) => item.kind === 'file' && item.type.startsWith('video/'));
}
