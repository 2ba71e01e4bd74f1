/**
 * Token buckets, one per client (an API key, or an address for anonymous clients): a bucket
 * holds up to a minute's allowance and refills continuously at `perMinute / 60` requests per
 * second, so a client may burst up to its whole minute and is then held to the steady rate.
 *
 * The buckets live in this process's memory: several API processes each grant the full
 * allowance, and a restart refills every bucket. That is the documented trade for needing no
 * shared state on every request.
 */

export interface Admission {
  readonly allowed: boolean;
  /** Whole seconds until one request would be allowed (0 when allowed). */
  readonly retryAfterSeconds: number;
}

interface Bucket {
  tokens: number;
  updatedMs: number;
  perMinute: number;
}

// Full buckets are forgotten when the table grows past this, so clients that come and go
// (anonymous addresses) do not accumulate: a full bucket is the same as no bucket.
const PRUNE_AT = 10_000;

export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(private readonly clock: () => number = () => performance.now()) {}

  /** Takes one request from `client`'s bucket, created full with `perMinute` on first use. */
  admit(client: string, perMinute: number): Admission {
    const now = this.clock();
    const bucket = this.refilled(client, perMinute, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true, retryAfterSeconds: 0 };
    }
    const perMs = perMinute / 60_000;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)) };
  }

  private refilled(client: string, perMinute: number, now: number): Bucket {
    let bucket = this.buckets.get(client);
    if (bucket === undefined) {
      if (this.buckets.size >= PRUNE_AT) this.pruneFull(now);
      bucket = { tokens: perMinute, updatedMs: now, perMinute };
      this.buckets.set(client, bucket);
      return bucket;
    }
    // A key whose limit was changed keeps its tokens, capped at the new allowance.
    bucket.perMinute = perMinute;
    bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.updatedMs) * perMinute) / 60_000);
    bucket.updatedMs = now;
    return bucket;
  }

  private pruneFull(now: number): void {
    for (const [client, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.updatedMs) * bucket.perMinute) / 60_000 >= bucket.perMinute) this.buckets.delete(client);
    }
  }
}
