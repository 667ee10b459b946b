/**
 * Phrases the inspiration chips offer, by what they shape. Plain words Kling's prompt guides
 * use for each aspect; they are inserted as typed text, nothing else changes.
 */
export const INSPIRATION: ReadonlyArray<{ group: string; phrases: readonly string[] }> = [
  {
    group: 'Camera',
    phrases: ['slow dolly-in', 'tracking shot', 'orbiting camera', 'handheld', 'crane up'],
  },
  { group: 'Light', phrases: ['golden hour', 'soft window light', 'neon glow', 'backlit'] },
  { group: 'Framing', phrases: ['close-up', 'wide establishing shot', 'over the shoulder'] },
  { group: 'Speed', phrases: ['slow motion', 'time-lapse', 'real-time'] },
  { group: 'Atmosphere', phrases: ['misty', 'dreamlike', 'cinematic', 'rain-soaked'] },
];
