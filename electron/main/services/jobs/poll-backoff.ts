export interface PollBackoffOptions {
  /** The provider asks for 5–15 s between polls; the floor is where a change brings us back. */
  floorMs: number;
  capMs: number;
  factor?: number;
  /** ± this fraction of randomness, so many clients do not poll in lockstep. */
  jitter?: number;
  random?: () => number;
}

/** The polling interval: grows while nothing changes, falls back to the floor when something does. */
export class PollBackoff {
  private current: number;
  private readonly factor: number;
  private readonly jitter: number;
  private readonly random: () => number;

  constructor(private readonly options: PollBackoffOptions) {
    this.current = options.floorMs;
    this.factor = options.factor ?? 1.5;
    this.jitter = options.jitter ?? 0.2;
    this.random = options.random ?? Math.random;
  }

  /** The next delay, after a cycle that did or did not change anything. */
  next(changed: boolean): number {
    this.current = changed
      ? this.options.floorMs
      : Math.min(this.current * this.factor, this.options.capMs);
    const spread = this.current * this.jitter * (this.random() * 2 - 1);
    return Math.round(
      Math.min(
        Math.max(this.current + spread, this.options.floorMs * (1 - this.jitter)),
        this.options.capMs,
      ),
    );
  }

  reset(): void {
    this.current = this.options.floorMs;
  }

  get intervalMs(): number {
    return this.current;
  }
}
