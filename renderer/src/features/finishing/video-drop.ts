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
  // A drag from outside a browser (or a synthetic one) may come without an item list; it
  // then carries no video this handler can claim, and the drop zones below it decide.
  const items: ArrayLike<DataTransferItem> = transfer.items ?? [];
  return Array.from(items).some((item) => item.kind === 'file' && item.type.startsWith('video/'));
}
