/**
 * Downloads one published file over HTTP(S) into a local file as a stream, computing its
 * SHA-256 and size while writing. Every way a download can go wrong ends in an
 * UnavailableError naming the URL: an HTTP status >= 400, no response in time, no bytes for
 * too long (a stalled transfer), a connection failure, or a body shorter than the
 * Content-Length the server announced (a truncated transfer). 5xx statuses and network
 * failures are retried with doubling waits; a 4xx is not (asking again will not help).
 */
import { createHash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { UnavailableError } from '../model/errors.js';

export interface DownloadProgress {
  readonly url: string;
  readonly bytes: number;
  /** From Content-Length, when the server sends one. */
  readonly totalBytes?: number;
}

export interface DownloadRetry {
  readonly url: string;
  /** 1 for the first retry. */
  readonly retry: number;
  readonly reason: string;
  readonly delayMs: number;
}

export interface DownloadOptions {
  /** Time allowed to connect and receive the response headers. */
  readonly responseTimeoutMs: number;
  /** Time allowed between two pieces of the body. */
  readonly stallTimeoutMs: number;
  /** Further attempts after a 5xx status or a network failure. */
  readonly retries: number;
  /** Wait before the first retry; doubled before each further one. */
  readonly backoffMs: number;
  readonly onProgress?: (progress: DownloadProgress) => void;
  readonly onRetry?: (retry: DownloadRetry) => void;
}

const USER_AGENT = 'sanctions-radar (list update)';

export const DEFAULT_DOWNLOAD_OPTIONS: DownloadOptions = { responseTimeoutMs: 30_000, stallTimeoutMs: 60_000, retries: 2, backoffMs: 1_000 };

export interface DownloadedFile {
  readonly url: string;
  readonly sha256: string;
  readonly bytes: number;
  /** The HTTP Last-Modified header as sent, if any. */
  readonly lastModified?: string;
}

/** Why one attempt failed, and whether another attempt may succeed. */
class AttemptFailure extends Error {
  constructor(
    message: string,
    readonly isRetryable: boolean,
  ) {
    super(message);
  }
}

export async function downloadFile(url: string, path: string, options: DownloadOptions): Promise<DownloadedFile> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptDownload(url, path, options);
    } catch (error) {
      // Anything else is local (the file could not be written), not the server's doing.
      if (!(error instanceof AttemptFailure)) throw error;
      const failure = error;
      if (!failure.isRetryable || attempt > options.retries) {
        const attempts = attempt > 1 ? ` (${attempt} attempts)` : '';
        throw new UnavailableError(`download of ${url} failed: ${failure.message}${attempts}`, { cause: error });
      }
      const delayMs = options.backoffMs * 2 ** (attempt - 1);
      options.onRetry?.({ url, retry: attempt, reason: failure.message, delayMs });
      await sleep(delayMs);
    }
  }
}

async function attemptDownload(url: string, path: string, options: DownloadOptions): Promise<DownloadedFile> {
  const controller = new AbortController();
  const response = await requestHeaders(url, controller, options.responseTimeoutMs);
  if (response.status >= 400) {
    await response.body?.cancel().catch(() => undefined);
    const status = `HTTP status ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    throw new AttemptFailure(status, response.status >= 500);
  }
  const totalBytes = declaredLength(response);
  const body = await saveBody(response, path, { url, controller, totalBytes, options });
  return { url, ...body, lastModified: response.headers.get('last-modified') ?? undefined };
}

async function requestHeaders(url: string, controller: AbortController, timeoutMs: number): Promise<Response> {
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    // identity: Content-Length must count the bytes we receive for the truncation check.
    return await fetch(url, { signal: controller.signal, headers: { 'accept-encoding': 'identity', 'user-agent': USER_AGENT } });
  } catch (error) {
    if (controller.signal.aborted) throw new AttemptFailure(`no response within ${timeoutMs} ms`, true);
    throw new AttemptFailure(describeNetworkError(error), true);
  } finally {
    clearTimeout(timer);
  }
}

/** Content-Length when it counts the bytes of the body as received (no content encoding). */
function declaredLength(response: Response): number | undefined {
  const encoding = response.headers.get('content-encoding');
  if (encoding !== null && encoding.toLowerCase() !== 'identity') return undefined;
  const length = Number(response.headers.get('content-length') ?? Number.NaN);
  return Number.isSafeInteger(length) && length >= 0 ? length : undefined;
}

async function saveBody(
  response: Response,
  path: string,
  context: { url: string; controller: AbortController; totalBytes?: number; options: DownloadOptions },
): Promise<{ sha256: string; bytes: number }> {
  const { url, controller, totalBytes, options } = context;
  const hash = createHash('sha256');
  const handle = await open(path, 'w').catch((error: unknown) => {
    controller.abort();
    throw error;
  });
  let bytes = 0;
  let hasStalled = false;
  const stall = setTimeout(() => {
    hasStalled = true;
    controller.abort();
  }, options.stallTimeoutMs);
  try {
    for await (const chunk of response.body ?? []) {
      stall.refresh();
      hash.update(chunk);
      await handle.write(chunk);
      bytes += chunk.byteLength;
      options.onProgress?.({ url, bytes, totalBytes });
    }
  } catch (error) {
    if (hasStalled) throw new AttemptFailure(`stalled: no data for ${options.stallTimeoutMs} ms after ${bytes} bytes`, true);
    if (totalBytes !== undefined && bytes < totalBytes) throw truncated(bytes, totalBytes);
    throw new AttemptFailure(`connection lost after ${bytes} bytes: ${describeNetworkError(error)}`, true);
  } finally {
    clearTimeout(stall);
    await handle.close();
  }
  if (totalBytes !== undefined && bytes !== totalBytes) throw truncated(bytes, totalBytes);
  return { sha256: hash.digest('hex'), bytes };
}

function truncated(bytes: number, totalBytes: number): AttemptFailure {
  return new AttemptFailure(`truncated: got ${bytes} of ${totalBytes} bytes`, true);
}

/** fetch reports "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, …) is in its cause. */
function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  if (!(cause instanceof Error)) return String(cause);
  const code = (cause as NodeJS.ErrnoException).code;
  return code !== undefined && !cause.message.includes(code) ? `${code}: ${cause.message}` : cause.message;
}
