import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import { test } from 'node:test';
import { pino } from 'pino';
import { ofacSnapshot } from '../../test/support/ofac-files.js';
import { sharedData } from '../../test/support/paths.js';
import { BACKENDS, openWithSnapshots } from '../../test/support/stores.js';
import { startServer } from './server.js';

/** A pino logger keeping every line it writes, parsed. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

async function waitFor<T>(what: string, find: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`no ${what} within ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('serve links the FARA principals once the index is built, so an entity page finds its lobbying at once', async () => {
  const store = await openWithSnapshots(BACKENDS[0]!, [ofacSnapshot('2021-06-29'), { format: 'fara-csv', path: sharedData('fara', '2021-06-25'), asOf: '2021-06-25' }]);
  const { logger, lines } = capturingLogger();
  const server = await startServer(store, { port: 0, host: '127.0.0.1', logger, refreshMs: 60_000 });
  try {
    const prepared = await waitFor('"lobbying links prepared" log line', () => lines.find((l) => l.msg === 'lobbying links prepared'), 240_000);
    assert.ok((prepared.links as number) >= 3, `links: ${prepared.links}`);
    const started = performance.now();
    const response = await fetch(`${server.url}/lobbying?entity_id=ofac-24283`);
    const elapsedMs = performance.now() - started;
    const links = (await response.json()) as { registration_number: string; registrant: string }[];
    assert.deepEqual(links.map((l) => [l.registration_number, l.registrant]), [['5934', 'Endeavor Law Firm, PC']]);
    // The matches were made ahead; what remains is reading the FARA snapshot and filtering.
    assert.ok(elapsedMs < (prepared.duration_ms as number), `request ${Math.round(elapsedMs)} ms, preparation ${prepared.duration_ms} ms`);
  } finally {
    await server.close();
    await store.close();
  }
});
