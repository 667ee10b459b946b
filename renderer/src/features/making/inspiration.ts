/**
 * Phrases the inspiration chips offer, by what they shape: plain words Kling's prompt guides
 * use for each aspect, inserted as typed text. Each is a key of `making:inspiration`, so the
 * chip and the words it writes are in the window's language (Kling reads Chinese prompts too).
 */
export const INSPIRATION = [
  { group: 'camera', phrases: ['dollyIn', 'tracking', 'orbiting', 'handheld', 'craneUp'] },
  { group: 'light', phrases: ['goldenHour', 'windowLight', 'neon', 'backlit'] },
  { group: 'framing', phrases: ['closeUp', 'establishing', 'overShoulder'] },
  { group: 'speed', phrases: ['slowMotion', 'timeLapse', 'realTime'] },
  { group: 'atmosphere', phrases: ['misty', 'dreamlike', 'cinematic', 'rainSoaked'] },
] as const;
