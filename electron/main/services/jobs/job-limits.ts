/** How hard the job service may push: sending, polling, downloading and backing off. */
export interface JobLimits {
  maxInFlight: number;
  minSubmitIntervalMs: number;
  pollFloorMs: number;
  pollCapMs: number;
  /** After this long a running job shows as stalled (it is still followed). */
  deadlineMs: number;
  maxParallelDownloads: number;
  downloadRetryDelaysMs: readonly number[];
  offlineBackoffMs: readonly number[];
}

export const DEFAULT_LIMITS: JobLimits = {
  maxInFlight: 5,
  minSubmitIntervalMs: 1_000,
  // The provider asks for a poll every 5–15 s: back off inside that range, never beyond it.
  pollFloorMs: 5_000,
  pollCapMs: 15_000,
  deadlineMs: 10 * 60_000,
  maxParallelDownloads: 3,
  downloadRetryDelaysMs: [1_000, 2_000, 5_000, 15_000, 30_000, 60_000],
  offlineBackoffMs: [1_000, 2_000, 4_000, 8_000, 16_000],
};
