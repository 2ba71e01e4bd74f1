/**
 * `useApi(path)`: fetches JSON for a page and tracks its state — loading, the data, or the
 * error detail and HTTP status — aborting the previous request when the path changes. No path,
 * no request.
 */
import { useEffect, useState } from 'preact/hooks';
import { ApiError, getJson } from './api.js';

/** `status` is the HTTP status of an error answer; absent when no answer came (network). */
export type Loadable<T> = { state: 'idle' } | { state: 'loading' } | { state: 'error'; detail: string; status?: number } | { state: 'done'; data: T };

export function useApi<T>(path: string | undefined): Loadable<T> {
  const [result, setResult] = useState<Loadable<T>>({ state: 'idle' });
  useEffect(() => {
    if (path === undefined) {
      setResult({ state: 'idle' });
      return;
    }
    const controller = new AbortController();
    setResult({ state: 'loading' });
    getJson<T>(path, controller.signal).then(
      (data) => setResult({ state: 'done', data }),
      (error: Error) => {
        if (!controller.signal.aborted) setResult({ state: 'error', detail: error.message, status: error instanceof ApiError ? error.status : undefined });
      },
    );
    return () => controller.abort();
  }, [path]);
  return result;
}
