import { useEffect, useState } from 'react';

/** The current time, refreshed every `intervalMs` while `active`, so elapsed times tick. */
export function useNow(active: boolean, intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(Date.now());
    // The clock stood still while nothing was open: catch up at once, not a second late.
    const catchUp = setTimeout(tick, 0);
    const timer = setInterval(tick, intervalMs);
    return () => {
      clearTimeout(catchUp);
      clearInterval(timer);
    };
  }, [active, intervalMs]);
  return now;
}
