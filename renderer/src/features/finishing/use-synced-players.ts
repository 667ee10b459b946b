import { useRef, useState } from 'react';

/**
 * Followers further than this from the lead while playing are moved to it: about half a
 * frame at 24–30 fps, so the players never show different frames for long.
 */
const DRIFT_SEC = 0.02;

/**
 * Keeps several <video> elements on one clock: the first is the lead; play, pause and seek go
 * to all of them, and followers that drift while playing are put back on the lead's time.
 */
export function useSyncedPlayers() {
  const videos = useRef<(HTMLVideoElement | null)[]>([]);
  const [time, setTime] = useState(0);
  const [playing, setPlaying] = useState(false);
  const [durations, setDurations] = useState<Record<number, number>>({});

  const all = () => videos.current.filter((v): v is HTMLVideoElement => v !== null);
  const lead = () => all()[0];

  const seek = (seconds: number) => {
    for (const video of all()) video.currentTime = seconds;
    setTime(seconds);
  };

  const pause = () => {
    const at = lead()?.currentTime ?? 0;
    for (const video of all()) {
      video.pause();
      video.currentTime = at;
    }
    setPlaying(false);
    setTime(at);
  };

  const play = async () => {
    const at = lead()?.currentTime ?? 0;
    for (const video of all()) video.currentTime = at;
    setPlaying(true);
    try {
      await Promise.all(all().map((video) => video.play()));
    } catch {
      // One player refused (its file is gone, or the window lost the right to play): stop all.
      pause();
    }
  };

  /** The lead's clock moved: show it, and bring followers back to it. */
  const onLeadTime = () => {
    const leader = lead();
    if (!leader) return;
    setTime(leader.currentTime);
    if (leader.paused) return;
    for (const video of all().slice(1))
      if (Math.abs(video.currentTime - leader.currentTime) > DRIFT_SEC)
        video.currentTime = leader.currentTime;
  };

  const register = (index: number) => (video: HTMLVideoElement | null) => {
    videos.current[index] = video;
  };
  const setDuration = (index: number, seconds: number) =>
    setDurations((known) => ({ ...known, [index]: seconds }));
  const known = Object.values(durations).filter(Number.isFinite);
  // The shortest take bounds the common timeline.
  const duration = known.length > 0 ? Math.min(...known) : 0;

  return { register, setDuration, duration, time, playing, play, pause, seek, onLeadTime };
}
