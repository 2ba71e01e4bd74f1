/**
 * Timing for the match benchmark: percentiles of sorted samples (nearest rank, as
 * load.bench.ts) and per-call wall times of a function over a list of inputs.
 */

/** Nearest-rank percentile of ascending samples. */
export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

export const ascending = (values: readonly number[]): number[] => [...values].sort((a, b) => a - b);

/** Nanoseconds since an arbitrary origin. */
export const nowNs = (): bigint => process.hrtime.bigint();

/**
 * Microseconds per call of `run` on each input: every input is timed once per round, rounds
 * interleaved (so no input runs hot many times in a row), and its median round kept.
 */
export function microsecondsPerCall<T>(inputs: readonly T[], run: (input: T) => unknown, rounds: number): number[] {
  const samples = inputs.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    inputs.forEach((input, i) => {
      const started = nowNs();
      run(input);
      samples[i]!.push(Number(nowNs() - started) / 1000);
    });
  }
  return samples.map((s) => percentile(ascending(s), 0.5));
}

/** What one empty timed call costs, in microseconds: the floor under every per-call figure. */
export function timerOverheadMicroseconds(): number {
  return percentile(ascending(microsecondsPerCall(Array.from({ length: 10_000 }, () => 0), () => undefined, 3)), 0.5);
}
