/**
 * `useApi(path)`: fetches JSON for a page and tracks its state — loading, the data, or the
 * error detail — aborting the previous request when the path changes. No path, no request.
 */
import { useEffect, useState } from 'preact/hooks';
import { getJson } from './api.js';

export type Loadable<T> = { state: 'idle' } | { state: 'loading' } | { state: 'error'; detail: string } | { state: 'done'; data: T };

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
        if (!controller.signal.aborted) setResult({ state: 'error', detail: error.message });
      },
    );
    return () => controller.abort();
  }, [path]);
  return result;
}
