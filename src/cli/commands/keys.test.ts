/**
 * `sanctions keys` as a user runs it, on SQLite and PostgreSQL: a key printed once and never
 * listed, list in text and JSON, revoke by id or prefix, exit 6 for an unknown key and 5 for
 * a second revocation; then `sanctions serve --require-api-key` refusing requests without the
 * key, accepting it, and refusing it within seconds of `keys revoke` in another process.
 */
import assert from 'node:assert/strict';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { runCli, startCli } from '../../../test/support/cli.js';
import { createTestDatabase, type TestDatabase } from '../../../test/support/pg-database.js';
import { makeTempDir } from '../../../test/support/temp.js';

const KEY = /^sr_[A-Za-z0-9_-]{43}$/;

interface ListedKey {
  id: number;
  name: string;
  prefix: string;
  created_at: string;
  revoked_at: string | null;
  rate_limit: number | null;
  last_used_at: string | null;
}

const STORES: { name: string; args: () => Promise<{ args: string[]; drop(): Promise<void> }> }[] = [
  { name: 'SQLite', args: async () => ({ args: ['--db', join(makeTempDir(), 'keys.db')], drop: async () => undefined }) },
  {
    name: 'PostgreSQL',
    args: async () => {
      const database: TestDatabase = await createTestDatabase();
      return { args: ['--database-url', database.url], drop: () => database.drop() };
    },
  },
];

for (const backend of STORES) {
  describe(`sanctions keys (${backend.name})`, () => {
    let store: { args: string[]; drop(): Promise<void> };
    const cli = (...args: string[]) => runCli([...store.args, ...args]);
    before(async () => {
      store = await backend.args();
    });
    after(() => store.drop());

    it('creates, lists and revokes keys; the key itself is printed once and never stored', () => {
      const created = cli('keys', 'create', '--name', 'ci pipeline', '--rate-limit', '120');
      assert.equal(created.status, 0, created.stderr);
      const key = created.stdout.trim();
      assert.match(key, KEY);
      const json = cli('keys', 'create', '--name', 'web ui', '--json');
      assert.equal(json.status, 0, json.stderr);
      const second = JSON.parse(json.stdout) as ListedKey & { key: string };
      assert.match(second.key, KEY);
      assert.deepEqual(Object.keys(second), ['id', 'name', 'prefix', 'created_at', 'revoked_at', 'rate_limit', 'last_used_at', 'key']);
      assert.equal(second.prefix, second.key.slice(0, 11));

      const listed = JSON.parse(cli('keys', 'list', '--json').stdout) as ListedKey[];
      assert.deepEqual(
        listed.map((k) => [k.id, k.name, k.prefix, k.rate_limit, k.revoked_at, k.last_used_at]),
        [
          [1, 'ci pipeline', key.slice(0, 11), 120, null, null],
          [2, 'web ui', second.prefix, null, null, null],
        ],
      );
      const text = cli('keys', 'list').stdout;
      assert.ok(!text.includes(key) && !text.includes(second.key), 'the list never shows a key');
      assert.match(text, new RegExp(`^   1  ${key.slice(0, 11)}  ci pipeline  \\(created \\S+, 120/min, never used, active\\)$`, 'm'));

      const revoked = cli('keys', 'revoke', second.prefix);
      assert.equal(revoked.status, 0, revoked.stderr);
      assert.match(revoked.stdout, new RegExp(`^revoked key 2 "web ui" \\(${second.prefix}\\) at \\d{4}-\\d{2}-\\d{2}T`));
      const again = cli('keys', 'revoke', '2');
      assert.equal(again.status, 5);
      assert.match(again.stderr, new RegExp(`^sanctions: API key 2 \\(${second.prefix}, "web ui"\\) was already revoked at \\d{4}-`));
      assert.match(cli('keys', 'list').stdout, /^ {3}2 .* revoked \d{4}-\d{2}-\d{2}T[^)]+\)$/m);
    });

    it('an unknown key is exit 6; a bad rate limit or a missing name is exit 2', () => {
      const unknown = cli('keys', 'revoke', '99');
      assert.equal(unknown.status, 6);
      assert.equal(unknown.stderr, 'sanctions: no API key with id or prefix "99" (see: sanctions keys list)\n');
      const badLimit = cli('keys', 'create', '--name', 'x', '--rate-limit', '2.5');
      assert.equal(badLimit.status, 2);
      assert.equal(badLimit.stderr, 'sanctions: --rate-limit: requests per minute must be a whole number above 0, got 2.5\n');
      assert.equal(cli('keys', 'create').status, 2);
    });
  });
}

describe('sanctions serve --require-api-key', () => {
  const db = join(makeTempDir(), 'serve.db');
  const cli = (...args: string[]) => runCli(['--db', db, ...args]);
  let server: ReturnType<typeof startCli>;
  let url: string;

  before(async () => {
    assert.equal(cli('keys', 'create', '--name', 'warm-up').status, 0, 'creates the database');
    server = startCli(['--db', db, 'serve', '--port', '0', '--require-api-key']);
    for await (const line of createInterface({ input: server.stdout! })) {
      const logged = JSON.parse(line) as { msg: string; url?: string };
      if (logged.msg === 'listening') {
        url = logged.url!;
        break;
      }
    }
  });
  after(() => {
    server.kill('SIGTERM');
  });

  it('refuses requests without a key, accepts a key made by `keys create`, and refuses it soon after `keys revoke`', async () => {
    const key = cli('keys', 'create', '--name', 'client').stdout.trim();
    assert.equal((await fetch(`${url}/healthz`)).status, 200);
    const missing = await fetch(`${url}/catalog`);
    assert.equal(missing.status, 401);
    assert.equal(((await missing.json()) as { code: string }).code, 'unauthorized');
    assert.equal((await fetch(`${url}/catalog`, { headers: { Authorization: `Bearer ${key}` } })).status, 200);

    const revoked = cli('keys', 'revoke', key.slice(0, 11));
    assert.equal(revoked.status, 0, revoked.stderr);
    const started = performance.now();
    let status = 200;
    while (status === 200 && performance.now() - started < 5_000) {
      await sleep(100);
      status = (await fetch(`${url}/catalog`, { headers: { Authorization: `Bearer ${key}` } })).status;
    }
    assert.equal(status, 401);
    assert.ok(performance.now() - started <= 2_500, `refused after ${Math.round(performance.now() - started)} ms`);
  });

  it('refuses a bad --anonymous-rate-limit before listening', () => {
    const run = cli('serve', '--port', '0', '--anonymous-rate-limit', '0');
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'sanctions: --anonymous-rate-limit: requests per minute must be a whole number above 0, got 0\n');
  });
});
