/**
 * The API key the user set in the page footer: kept in localStorage under `sanctions-radar.api-key`
 * and sent as `X-Api-Key` on every API call, so the UI works with a server that requires keys.
 * Storage may be unavailable (private windows, policies): then no key is kept or sent.
 */
const STORAGE_KEY = 'sanctions-radar.api-key';

export function storedApiKey(): string {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Stores the key, or forgets it when blank. */
export function storeApiKey(key: string): void {
  const trimmed = key.trim();
  try {
    if (trimmed === '') localStorage.removeItem(STORAGE_KEY);
    else localStorage.setItem(STORAGE_KEY, trimmed);
  } catch {
    // Nothing to keep it in: the key is simply not sent.
  }
}

/** The headers of an API call: JSON accepted, and the stored key when one is set. */
export function apiHeaders(extra: Record<string, string> = {}): Record<string, string> {
  const key = storedApiKey();
  return { accept: 'application/json', ...extra, ...(key === '' ? {} : { 'X-Api-Key': key }) };
}

/** What a 401 tells the user: the server's reason and where the key is set. */
export function unauthorizedDetail(serverDetail: string): string {
  const where = storedApiKey() === '' ? 'set an API key' : 'check the API key';
  return `${serverDetail} — ${where} in the "API key" field at the foot of the page.`;
}
