/**
 * The "API key" field at the foot of every page: saves the key to localStorage (api-key.ts) so
 * every API call sends it, or forgets it when blank, and tells `onSaved` so the page can reload
 * its data with the new key. The outcome is announced to screen readers.
 */
import { useState } from 'preact/hooks';
import { storeApiKey, storedApiKey } from '../api-key.js';

export function ApiKeySetting(props: { onSaved: () => void }) {
  const [draft, setDraft] = useState(storedApiKey);
  const [message, setMessage] = useState('');
  const save = (event: Event) => {
    event.preventDefault();
    storeApiKey(draft);
    const saved = storedApiKey();
    setDraft(saved);
    setMessage(saved === '' ? 'No API key: requests are sent without one.' : 'API key saved: it is sent with every request.');
    props.onSaved();
  };
  return (
    <form class="api-key" onSubmit={save}>
      <label for="api-key">API key</label>
      <input id="api-key" type="password" autocomplete="off" spellcheck={false} value={draft} onInput={(e) => setDraft(e.currentTarget.value)} aria-describedby="api-key-help" />
      <button type="submit">Save key</button>
      <span id="api-key-help" class="muted">Needed when the server requires API keys; kept in this browser only.</span>
      <span role="status" aria-live="polite" class="muted">{message}</span>
    </form>
  );
}
