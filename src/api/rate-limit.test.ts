/** Token buckets on a controlled clock: the burst of a minute's allowance, the steady refill, Retry-After, and separate clients. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { RateLimiter } from './rate-limit.js';

describe('RateLimiter', () => {
  it('allows a burst of a minute, then one request per 60/limit seconds, saying when to retry', () => {
    let nowMs = 0;
    const limiter = new RateLimiter(() => nowMs);
    for (let i = 0; i < 6; i++) assert.deepEqual(limiter.admit('key:1', 6), { allowed: true, retryAfterSeconds: 0 });
    assert.deepEqual(limiter.admit('key:1', 6), { allowed: false, retryAfterSeconds: 10 });
    nowMs = 4_000;
    assert.deepEqual(limiter.admit('key:1', 6), { allowed: false, retryAfterSeconds: 6 });
    nowMs = 10_000;
    assert.deepEqual(limiter.admit('key:1', 6), { allowed: true, retryAfterSeconds: 0 });
    assert.equal(limiter.admit('key:1', 6).allowed, false);
    assert.equal(limiter.admit('key:2', 6).allowed, true, 'each client has its own bucket');
  });

  it('refills no further than a full minute, however long the client was idle', () => {
    let nowMs = 0;
    const limiter = new RateLimiter(() => nowMs);
    for (let i = 0; i < 3; i++) limiter.admit('address:127.0.0.1', 3);
    nowMs = 3_600_000;
    const admitted = Array.from({ length: 5 }, () => limiter.admit('address:127.0.0.1', 3).allowed);
    assert.deepEqual(admitted, [true, true, true, false, false]);
  });
});
