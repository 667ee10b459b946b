import { useState, type DragEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { selectImageActions, useComposerStore, type ImageSlot } from '../../stores/composer-store';

/** The first address in a `text/uri-list` (an image dragged out of a web page). */
function droppedUrl(transfer: DataTransfer): string | null {
  const lines = transfer.getData('text/uri-list').split(/\r?\n/);
  return lines.map((line) => line.trim()).find((line) => line && !line.startsWith('#')) ?? null;
}

/**
 * Drag and drop onto an image zone: a file goes to main (`images.addDropped`, which checks the
 * real file), a dragged link becomes a URL image. A disabled zone takes nothing.
 */
export function useImageDrop(slot: ImageSlot, enabled: boolean) {
  const { addImage } = useComposerStore(useShallow(selectImageActions));
  const [over, setOver] = useState(false);
  const onDragOver = (event: DragEvent<HTMLElement>) => {
    if (!enabled) return;
    // Accepting the drag is what makes the drop event fire here.
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (event: DragEvent<HTMLElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (!enabled) return;
    const file = event.dataTransfer.files[0];
    const url = file ? null : droppedUrl(event.dataTransfer);
    if (file) void addImage(slot, { file });
    else if (url) void addImage(slot, { url });
  };
  return { over, handlers: { onDragEnter: onDragOver, onDragOver, onDragLeave, onDrop } };
}
