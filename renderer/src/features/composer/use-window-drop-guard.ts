import { useEffect } from 'react';

/**
 * A file dropped outside a drop zone would make the window open it in place of the app. Main
 * blocks that navigation too; here the drop is refused outright, with a "no drop" cursor.
 */
export function useWindowDropGuard(): void {
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      // A zone that accepts the drag has already said so; everywhere else says "not here".
      if (event.defaultPrevented) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
    };
    const onDrop = (event: DragEvent) => event.preventDefault();
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);
}
