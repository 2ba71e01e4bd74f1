/**
 * Hash routes, so the server needs no fallback page: `#/search?q=`, `#/entity/<id>`,
 * `#/changes?from=&to=&...`, `#/screen`, `#/lobbying?...`, `#/analyze`. `useRoute` re-renders
 * on every hash change; `routeHref` builds links the other pages use.
 */
import { useEffect, useState } from 'preact/hooks';

export type PageName = 'search' | 'entity' | 'changes' | 'screen' | 'lobbying' | 'analyze';

export interface Route {
  readonly page: PageName;
  /** The path segment after the page name (the entity id). */
  readonly arg: string;
  readonly params: URLSearchParams;
}

const PAGES: readonly PageName[] = ['search', 'entity', 'changes', 'screen', 'lobbying', 'analyze'];

export function parseRoute(hash: string): Route {
  const text = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = text.split('?', 2);
  const [first = '', ...rest] = path.split('/');
  const page = PAGES.find((p) => p === first) ?? 'search';
  return { page, arg: decodeURIComponent(rest.join('/')), params: new URLSearchParams(query) };
}

export function routeHref(page: PageName, options: { arg?: string; params?: Record<string, string | undefined> } = {}): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(options.params ?? {})) if (value) search.set(key, value);
  const query = search.toString();
  const arg = options.arg === undefined ? '' : `/${encodeURIComponent(options.arg)}`;
  return `#/${page}${arg}${query ? `?${query}` : ''}`;
}

export function useRoute(): Route {
  const [hash, setHash] = useState(location.hash);
  useEffect(() => {
    const onChange = () => setHash(location.hash);
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return parseRoute(hash);
}
