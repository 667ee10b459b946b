import { bridge } from '../../ipc/kling';
import { libraryKeys } from '../../query/library-keys';
import { queryClient } from '../../query/query-client';
import { useLibraryStore } from '../../stores/library-store';

/**
 * Opens a finished job's clip in the library's viewer, switching to its project if needed.
 * Reads the record through the query cache (`library:get`), so the viewer has it at once.
 * Rejects with the bridge's error when the clip cannot be read (deleted, moved away).
 */
export async function openJobClip(clipId: string): Promise<void> {
  const clip = await queryClient.fetchQuery({
    queryKey: libraryKeys.clip(clipId),
    queryFn: () => bridge.library.get({ clipId }),
  });
  useLibraryStore.getState().openClip(clip);
}
