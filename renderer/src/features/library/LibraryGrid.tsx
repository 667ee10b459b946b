import { useShallow } from 'zustand/react/shallow';
import {
  selectClips,
  selectLibraryActions,
  selectSelectedClipId,
  useLibraryStore,
} from '../../stores/library-store';
import { ClipCard } from './ClipCard';

export function LibraryGrid() {
  const clips = useLibraryStore(selectClips);
  const selectedClipId = useLibraryStore(selectSelectedClipId);
  const { selectClip } = useLibraryStore(useShallow(selectLibraryActions));

  if (clips.length === 0) {
    return (
      <div className="empty empty-library">
        <p>No videos in this project yet.</p>
        <p>
          Write a prompt in the composer on the right and press Generate. When Kling has made the
          video, Kling Studio downloads it here so it plays even offline.
        </p>
      </div>
    );
  }
  return (
    <ul role="list" className="clip-grid">
      {clips.map((clip) => (
        <li key={clip.id}>
          <ClipCard
            clip={clip}
            selected={clip.id === selectedClipId}
            onSelect={() => selectClip(clip.id)}
          />
        </li>
      ))}
    </ul>
  );
}
