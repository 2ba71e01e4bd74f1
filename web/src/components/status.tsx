/**
 * Loading and error states, shown the same way on every page. Errors carry the API's `detail`
 * message; both are announced to screen readers.
 */
import type { ComponentChildren } from 'preact';
import type { Loadable } from '../use-api.js';

export function Loading(props: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {props.what}…
    </p>
  );
}

export function ErrorNotice(props: { detail: string }) {
  return (
    <p class="error" role="alert">
      <strong>Error:</strong> {props.detail}
    </p>
  );
}

/** Renders `children(data)` once loaded, or the loading/error state meanwhile. */
export function Loaded<T>(props: { value: Loadable<T>; what: string; children: (data: T) => ComponentChildren }) {
  const { value } = props;
  if (value.state === 'loading') return <Loading what={props.what} />;
  if (value.state === 'error') return <ErrorNotice detail={value.detail} />;
  if (value.state === 'idle') return null;
  return <>{props.children(value.data)}</>;
}
