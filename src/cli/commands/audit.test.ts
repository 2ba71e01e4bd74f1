/**
 * `sanctions audit` as a user runs it over a SQLite file whose audit log was appended through
 * the store (as the API appends it): newest first, --from/--to as whole UTC days or
 * timestamps, --key by id or prefix, --route with the routes under it, --limit, the JSON
 * shape, and one-line errors for bad options.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { runCli } from '../../../test/support/cli.js';
import { makeTempDir } from '../../../test/support/temp.js';
import { SqliteStore } from '../../store/sqlite/sqlite-store.js';
import type { AuditEntry } from '../../store/store.js';

const SNAPSHOTS = [
  { dataset: 'un_sc_sanctions', asOf: '2026-02-27' },
  { dataset: 'us_ofac_sdn', asOf: '2021-06-29' },
];

function entry(requestId: string, at: string, route: string, apiKeyId: number | null): AuditEntry {
  const isScreen = route === '/screen';
  return {
    at,
    apiKeyId,
    requestId,
    route,
    queryHash: `${requestId.padEnd(12, '0')}${'c'.repeat(52)}`,
    snapshots: SNAPSHOTS,
    results: isScreen ? [] : [{ query: 'q1', entityId: 'ofac-16685', score: 1 }, { query: 'q1', entityId: 'ofac-23578', score: 0.115 }],
    jobId: isScreen ? `job-${requestId}` : null,
    status: isScreen ? 202 : 200,
  };
}

describe('sanctions audit', () => {
  const db = join(makeTempDir(), 'audit.db');
  const cli = (...args: string[]) => runCli(['--db', db, 'audit', ...args]);
  const requestIds = (...args: string[]) => {
    const run = cli(...args, '--json');
    assert.equal(run.status, 0, run.stderr);
    return (JSON.parse(run.stdout) as { request_id: string }[]).map((e) => e.request_id);
  };
  let prefix: string;

  before(async () => {
    const created = runCli(['--db', db, 'keys', 'create', '--name', 'bank', '--json']);
    assert.equal(created.status, 0, created.stderr);
    prefix = (JSON.parse(created.stdout) as { prefix: string }).prefix;
    const store = new SqliteStore(db);
    await store.migrate();
    await store.access.appendAuditEntry(entry('r1', '2026-11-28T23:59:59.999Z', '/match/default', 1));
    await store.access.appendAuditEntry(entry('r2', '2026-11-29T00:00:00.000Z', '/screen', null));
    await store.access.appendAuditEntry(entry('r3', '2026-11-29T23:59:59.999Z', '/match/sanctions', null));
    await store.access.appendAuditEntry(entry('r4', '2026-11-30T08:30:00.000Z', '/reconcile/default', 1));
    await store.close();
  });

  it('lists entries newest first, as text and as JSON', () => {
    const text = cli();
    assert.equal(text.status, 0, text.stderr);
    assert.deepEqual(text.stdout.split('\n'), [
      '2026-11-30T08:30:00.000Z  200  /reconcile/default  key 1  r4  query r40000000000  [un_sc_sanctions@2026-02-27 us_ofac_sdn@2021-06-29]  ofac-16685 1, ofac-23578 0.115',
      '2026-11-29T23:59:59.999Z  200  /match/sanctions  anonymous  r3  query r30000000000  [un_sc_sanctions@2026-02-27 us_ofac_sdn@2021-06-29]  ofac-16685 1, ofac-23578 0.115',
      '2026-11-29T00:00:00.000Z  202  /screen  anonymous  r2  query r20000000000  [un_sc_sanctions@2026-02-27 us_ofac_sdn@2021-06-29]  job job-r2',
      '2026-11-28T23:59:59.999Z  200  /match/default  key 1  r1  query r10000000000  [un_sc_sanctions@2026-02-27 us_ofac_sdn@2021-06-29]  ofac-16685 1, ofac-23578 0.115',
      '',
    ]);
    const [newest] = JSON.parse(cli('--json', '--limit', '1').stdout) as unknown[];
    assert.deepEqual(newest, {
      id: 4,
      at: '2026-11-30T08:30:00.000Z',
      api_key_id: 1,
      request_id: 'r4',
      route: '/reconcile/default',
      status: 200,
      query_hash: `r40000000000${'c'.repeat(52)}`,
      snapshots: [
        { dataset: 'un_sc_sanctions', as_of: '2026-02-27' },
        { dataset: 'us_ofac_sdn', as_of: '2021-06-29' },
      ],
      results: [
        { query: 'q1', entity_id: 'ofac-16685', score: 1 },
        { query: 'q1', entity_id: 'ofac-23578', score: 0.115 },
      ],
      job_id: null,
    });
  });

  it('filters by whole UTC days or timestamps, key id or prefix, route and count', () => {
    assert.deepEqual(requestIds('--from', '2026-11-29', '--to', '2026-11-29'), ['r3', 'r2']);
    assert.deepEqual(requestIds('--from', '2026-11-29T00:00:00Z', '--to', '2026-11-29T23:59:59Z'), ['r2']);
    assert.deepEqual(requestIds('--key', '1'), ['r4', 'r1']);
    assert.deepEqual(requestIds('--key', prefix), ['r4', 'r1']);
    assert.deepEqual(requestIds('--route', '/match'), ['r3', 'r1']);
    assert.deepEqual(requestIds('--route', '/screen'), ['r2']);
    assert.deepEqual(requestIds('--limit', '2'), ['r4', 'r3']);
    assert.equal(cli('--route', '/search').stdout, 'no audit entries match\n');
  });

  it('refuses bad options with one line and exit 2, an unknown key with exit 6', () => {
    const cases: [string[], number, string][] = [
      [['--from', '29.11.2026'], 2, '--from: expected a date (YYYY-MM-DD) or a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ), got "29.11.2026"'],
      [['--from', '2026-11-30', '--to', '2026-11-28'], 2, '--from 2026-11-30 is after --to 2026-11-28'],
      [['--limit', '0'], 2, '--limit: must be a whole number above 0, got 0'],
      [['--route', 'match'], 2, '--route: a path such as /match/default, got "match"'],
      [['--key', 'sr_missing1'], 6, 'no API key with id or prefix "sr_missing1" (see: sanctions keys list)'],
    ];
    for (const [args, status, message] of cases) {
      const run = cli(...args);
      assert.equal(run.status, status, args.join(' '));
      assert.equal(run.stderr, `sanctions: ${message}\n`);
    }
  });
});
