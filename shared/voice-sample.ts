import { z } from 'zod';
import { listWords, measured, megabytes } from './capabilities/wording';
import { ruleText } from './rule-text';

/*
 * A voice is made from a short recording of one person (AceData Kling API docs §10, voices
 * `create`: a 5–30 s single-speaker sample). A local file is read by main and checked here,
 * in the window and in main, before it is published.
 */

export const VOICE_SAMPLE_LIMITS = {
  /** Seconds, both ends allowed (AceData Kling API docs §10). */
  seconds: { min: 5, max: 30 },
  /** The kinds of recording the app takes; others are converted first. */
  containers: ['mp3', 'wav', 'm4a'],
  /**
   * The app's own bound before reading a file: a 30 s recording in any of these formats is far
   * smaller (30 s of 48 kHz 24-bit stereo WAV is 8.6 MB), so a larger file is not a sample.
   */
  maxBytes: 50 * 1024 * 1024,
} as const;

/** What main read from a local recording; seconds and bytes. */
export const AudioFileFactsSchema = z.object({
  /** `mp3`, `wav`, `m4a`, or another container's short name. */
  container: z.string().max(20),
  durationSec: z.number().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
});
export type AudioFileFacts = z.infer<typeof AudioFileFactsSchema>;

/** A local recording main has read, for the voice form; the window sees no path. */
export const StagedAudioSchema = z.object({
  id: z.string().regex(/^aud_[0-9a-f]{16}$/),
  name: z.string().max(260),
  facts: AudioFileFactsSchema,
});
export type StagedAudio = z.infer<typeof StagedAudioSchema>;

/** Why a recording of `sizeBytes` is refused before it is even read. */
export function sampleTooLarge(sizeBytes: number): string {
  const max = megabytes(VOICE_SAMPLE_LIMITS.maxBytes);
  return ruleText('rules:voiceSample.tooLarge', { size: megabytes(sizeBytes), max });
}

/**
 * The first rule a local recording breaks as a voice sample, in words that name it and say
 * what to do, or null when it can be sent (AceData Kling API docs §10: 5–30 s).
 */
export function voiceSampleProblem(facts: AudioFileFacts): string | null {
  const { containers, seconds, maxBytes } = VOICE_SAMPLE_LIMITS;
  if (!(containers as readonly string[]).includes(facts.container)) {
    const kinds = listWords(containers.map((c) => c.toUpperCase()));
    const container = facts.container.toUpperCase();
    return ruleText('rules:voiceSample.container', { container, kinds });
  }
  if (facts.sizeBytes > maxBytes) return sampleTooLarge(facts.sizeBytes);
  const values = { seconds: measured(facts.durationSec), min: seconds.min, max: seconds.max };
  if (facts.durationSec < seconds.min) return ruleText('rules:voiceSample.tooShort', values);
  if (facts.durationSec > seconds.max) return ruleText('rules:voiceSample.tooLong', values);
  return null;
}
