/**
 * A link that downloads a file from the API. Without an API key it is a plain link; with one,
 * the file is fetched with the key (a link cannot send a header) and saved from memory, and a
 * refused download shows the API's error beside the link.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { storedApiKey } from '../api-key.js';
import { getFile } from '../api.js';
import { ErrorNotice } from './status.js';

/** How long the saved file's object URL is kept, so the browser has read it before it goes. */
const OBJECT_URL_LIFETIME_MS = 60_000;

function saveFile(file: Blob, filename: string): void {
  const url = URL.createObjectURL(file);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  setTimeout(() => URL.revokeObjectURL(url), OBJECT_URL_LIFETIME_MS);
}

export function DownloadLink(props: { href: string; filename: string; accept: string; children: ComponentChildren }) {
  const [error, setError] = useState<string | undefined>(undefined);
  const onClick = async (event: MouseEvent) => {
    if (storedApiKey() === '') return;
    event.preventDefault();
    setError(undefined);
    try {
      saveFile(await getFile(props.href, props.accept), props.filename);
    } catch (failure) {
      setError((failure as Error).message);
    }
  };
  return (
    <>
      <a class="button" href={props.href} download={props.filename} onClick={onClick}>
        {props.children}
      </a>
      {error !== undefined && <ErrorNotice detail={error} />}
    </>
  );
}
