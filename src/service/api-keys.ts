/**
 * API keys: created as `sr_` + 32 random bytes in base64url (shown once), kept only as a
 * SHA-256 hash plus a short display prefix, revoked by id or prefix, and verified on each
 * request through a short-lived in-memory cache so a request rarely reaches the database.
 *
 * SHA-256 without salt or a slow KDF is enough here: a slow KDF protects low-entropy secrets
 * (passwords) against guessing, but a key holds 256 random bits, so even a leaked hash table
 * cannot be reversed by brute force, and a fast hash keeps the per-request check cheap.
 */
import { createHash, randomBytes } from 'node:crypto';
import { ConflictError, InvalidInputError, NotFoundError } from '../model/errors.js';
import type { ApiKeyRecord, Store } from '../store/store.js';

const KEY_PREFIX = 'sr_';
const KEY_BYTES = 32;
/** `sr_` + 43 base64url characters (32 bytes, unpadded). */
const KEY_SHAPE = /^sr_[A-Za-z0-9_-]{43}$/;
/** Characters of the random part kept for display: 48 bits, enough to tell keys apart in a list. */
const DISPLAY_CHARS = 8;
const MAX_NAME_LENGTH = 200;

export interface NewKeyOptions {
  readonly name: string;
  /** Requests per minute; undefined: the server's default. */
  readonly rateLimit?: number;
  readonly now?: Date;
}

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

export function looksLikeApiKey(key: string): boolean {
  return KEY_SHAPE.test(key);
}

/** Creates a key; the returned `key` is the only time the secret exists outside the caller's hands. */
export async function createApiKey(store: Store, options: NewKeyOptions): Promise<{ key: string; record: ApiKeyRecord }> {
  const name = options.name.trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) throw new InvalidInputError(`--name: a label of 1 to ${MAX_NAME_LENGTH} characters is required`);
  const { rateLimit } = options;
  if (rateLimit !== undefined && !(Number.isInteger(rateLimit) && rateLimit > 0)) {
    throw new InvalidInputError(`--rate-limit: requests per minute must be a whole number above 0, got ${rateLimit}`);
  }
  const key = KEY_PREFIX + randomBytes(KEY_BYTES).toString('base64url');
  const record = await store.access.insertApiKey({
    name,
    prefix: key.slice(0, KEY_PREFIX.length + DISPLAY_CHARS),
    hash: hashApiKey(key),
    createdAt: (options.now ?? new Date()).toISOString(),
    rateLimit: rateLimit ?? null,
  });
  return { key, record };
}

/** The key a user names by its id (digits) or its display prefix; NotFoundError when none or several match. */
export async function findApiKey(store: Store, reference: string): Promise<ApiKeyRecord> {
  const keys = await store.access.listApiKeys();
  const matching = /^\d+$/.test(reference) ? keys.filter((k) => k.id === Number(reference)) : keys.filter((k) => k.prefix === reference);
  if (matching.length === 1) return matching[0]!;
  if (matching.length > 1) throw new NotFoundError(`API key prefix ${reference} is shared by keys ${matching.map((k) => k.id).join(', ')}; name the key by its id`);
  throw new NotFoundError(`no API key with id or prefix "${reference}" (see: sanctions keys list)`);
}

export async function revokeApiKey(store: Store, reference: string, now: Date = new Date()): Promise<ApiKeyRecord> {
  const key = await findApiKey(store, reference);
  if (key.revokedAt !== null) throw new ConflictError(`API key ${key.id} (${key.prefix}, "${key.name}") was already revoked at ${key.revokedAt}`);
  const revokedAt = now.toISOString();
  // A false here means another process revoked it between the lookup and this update.
  if (!(await store.access.revokeApiKey(key.id, revokedAt))) throw new ConflictError(`API key ${key.id} (${key.prefix}) was already revoked`);
  return { ...key, revokedAt };
}

export type KeyCheck = { readonly ok: true; readonly key: ApiKeyRecord } | { readonly ok: false; readonly detail: string };

export interface KeyVerifierOptions {
  /** How long a lookup (found, unknown or revoked) is reused: the longest a revoked key keeps working. */
  readonly cacheMs: number;
  /** A key's last use is written at most this often. */
  readonly useRecordMs?: number;
  readonly clock?: () => number;
}

// Unknown keys are cached too (so guessing does not reach the database on every request);
// the bound keeps a flood of made-up keys from growing the cache without limit.
const MAX_CACHED_KEYS = 10_000;

/** Checks presented keys against the store, with each lookup cached for `cacheMs` in this process. */
export class ApiKeyVerifier {
  private readonly lookups = new Map<string, { readonly at: number; readonly record: Promise<ApiKeyRecord | undefined> }>();
  private readonly usesRecorded = new Map<number, number>();
  private readonly clock: () => number;

  constructor(
    private readonly store: Store,
    private readonly options: KeyVerifierOptions,
  ) {
    this.clock = options.clock ?? Date.now;
  }

  async verify(presented: string): Promise<KeyCheck> {
    if (!looksLikeApiKey(presented)) return { ok: false, detail: 'the API key is not valid (expected sr_ followed by 43 characters)' };
    const record = await this.lookup(hashApiKey(presented));
    if (record === undefined) return { ok: false, detail: 'the API key is not valid' };
    if (record.revokedAt !== null) return { ok: false, detail: `the API key ${record.prefix} was revoked at ${record.revokedAt}` };
    await this.recordUse(record);
    return { ok: true, key: record };
  }

  private lookup(hash: string): Promise<ApiKeyRecord | undefined> {
    const now = this.clock();
    const cached = this.lookups.get(hash);
    if (cached !== undefined && now - cached.at < this.options.cacheMs) return cached.record;
    if (this.lookups.size >= MAX_CACHED_KEYS) this.lookups.clear();
    const record = this.store.access.apiKeyByHash(hash);
    this.lookups.set(hash, { at: now, record });
    // A failed lookup (database unreachable) is not remembered: the next request asks again.
    record.catch(() => this.lookups.delete(hash));
    return record;
  }

  private async recordUse(record: ApiKeyRecord): Promise<void> {
    const now = this.clock();
    const last = this.usesRecorded.get(record.id);
    if (last !== undefined && now - last < (this.options.useRecordMs ?? 60_000)) return;
    this.usesRecorded.set(record.id, now);
    await this.store.access.recordApiKeyUse(record.id, new Date(now).toISOString());
  }
}
