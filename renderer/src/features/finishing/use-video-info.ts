import { useQuery } from '@tanstack/react-query';
import type { VideoInfo } from '../../../../shared/finishing';
import { bridge } from '../../ipc/kling';

/** A clip's frame rate, picture size and codec, read once by main and kept. */
export function useVideoInfo(clipId: string, enabled = true): VideoInfo | null {
  const query = useQuery({
    queryKey: ['video-info', clipId],
    queryFn: () => bridge.finishing.videoInfo({ clipId }),
    enabled,
    // A clip's video never changes under its id.
    staleTime: Infinity,
    retry: false,
  });
  return query.data ?? null;
}
