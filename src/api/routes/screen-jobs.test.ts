/**
 * POST /screen and GET /jobs/{id} over the real OFAC SDN snapshots 2019-01-04 and 2021-06-29
 * and the UN list of 2026-02-27: a customer file of listed and clean names, uploaded as
 * multipart or as a text/csv body, gives exactly the hits `sanctions screen` gives for the same
 * file; the CSV download is the CLI's CSV; progress moves from 0 to the row count while other
 * requests are answered; a bad file is refused with the CLI's message and creates no job, a
 * file over the body limit with 413.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parse } from 'csv-parse/sync';
import { validateMatchQuery } from '../../match/query.js';
import { buildApp } from '../app.js';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';
import { makeTempDir } from '../../../test/support/temp.js';
import { prepareScreen, screenFile } from '../../service/screen.js';
import { jsonWriter, type ScreenHit } from '../../service/screen-output.js';
import { ScreenJobRegistry } from '../../service/screen-jobs.js';

// Rows 1, 2 and 5 are listed (5 by OFAC and the UN); EN+ (row 4) was delisted by 2021-06-29; 3 and 6 are clean.
const CUSTOMERS = [
  'customer_ref,Name,schema,birth_date,country,id',
  'a,Sergey Chemezov,Person,1952-08-20,ru,C-001',
  'b,"KIRIYENKO, Sergei Vladilenovich",Person,,,C-002',
  'c,Margarethe Lindqvist-Brenner,Person,1980-03-14,se,C-003',
  'd,EN+ Group PLC,Company,,,C-004',
  'e,Mohammed Masood Azhar Alvi,Person,,pk,C-005',
  'f,Okonkwo Bakery Supplies Ltd,,,ng,',
].join('\n');

interface Job {
  job_id: string;
  status: string;
  progress: { done: number; total: number };
  rows: number;
  threshold: number;
  snapshots: { dataset: string; as_of: string }[];
  hits?: ScreenHit[];
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

const csvUpload = (text: string, name = 'customers.csv'): RequestInit => {
  const form = new FormData();
  form.append('file', new File([text], name, { type: 'text/csv' }));
  return { method: 'POST', body: form };
};

/** What `sanctions screen <file>` prints for the same file, over the same store. */
async function cliHits(api: ApiUnderTest, text: string, threshold?: number): Promise<ScreenHit[]> {
  const file = join(makeTempDir(), 'customers.csv');
  writeFileSync(file, text);
  let output = '';
  await screenFile(api.store, await prepareScreen({ file, threshold }), jsonWriter((part) => (output += part)));
  return JSON.parse(output).hits;
}

describe('POST /screen and GET /jobs/{id}', () => {
  let api: ApiUnderTest;
  before(async () => {
    api = await apiOverSnapshots();
  });
  after(() => api.close());

  /** Polls the job, one event-loop turn apart, until it is done; returns every state seen. */
  async function untilDone(id: string): Promise<Job[]> {
    const seen: Job[] = [];
    for (let polls = 0; polls < 100_000; polls += 1) {
      const job: Job = await api.json(`/jobs/${id}`);
      seen.push(job);
      if (job.status === 'done' || job.status === 'failed') return seen;
      await nextTurn();
    }
    throw new Error(`job ${id} did not finish`);
  }

  it('screens an uploaded file into exactly the hits the CLI gives, against the latest snapshots', async () => {
    const response = await api.app.request('/screen', csvUpload(CUSTOMERS));
    assert.equal(response.status, 202);
    const accepted = await response.json();
    assert.match(accepted.job_id, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.deepEqual(accepted, { job_id: accepted.job_id, status: 'queued', rows: 6, links: { self: `/jobs/${accepted.job_id}` } });
    assert.equal(response.headers.get('location'), `/jobs/${accepted.job_id}`);
    const job = (await untilDone(accepted.job_id)).at(-1)!;
    assert.deepEqual([job.status, job.progress, job.rows, job.threshold, job.error], ['done', { done: 6, total: 6 }, 6, 0.6, null]);
    assert.deepEqual(job.snapshots, [{ dataset: 'un_sc_sanctions', as_of: '2026-02-27' }, { dataset: 'us_ofac_sdn', as_of: '2021-06-29' }]);
    assert.ok(job.finished_at! >= job.created_at);
    const best = (row: number) => job.hits!.filter((h) => h.row === row).sort((a, b) => b.score - a.score)[0];
    assert.deepEqual([best(1)?.entity_id, best(1)?.id, best(2)?.entity_id], ['ofac-16685', 'C-001', 'ofac-31123']);
    const row5 = job.hits!.filter((h) => h.row === 5 && h.score >= 0.9).map((h) => `${h.entity_id} ${h.datasets}`);
    assert.deepEqual(row5.sort(), ['ofac-11459 us_ofac_sdn', 'unsc-qdi-422 un_sc_sanctions'], 'listed by OFAC and by the UN');
    assert.ok(best(1)!.score >= 0.9 && best(1)!.explanation.length > 0);
    assert.ok(!job.hits!.some((h) => h.entity_id === 'ofac-24226'), 'EN+ is no longer listed on 2021-06-29');
    assert.deepEqual(job.hits, await cliHits(api, CUSTOMERS));
  });

  it('takes a raw text/csv body and a threshold, and downloads the hits as the CLI CSV', async () => {
    const accepted = await api.json('/screen?threshold=0.9', { method: 'POST', body: CUSTOMERS, headers: { 'content-type': 'text/csv' } }, 202);
    const job = (await untilDone(accepted.job_id)).at(-1)!;
    assert.equal(job.threshold, 0.9);
    const expected = await cliHits(api, CUSTOMERS, 0.9);
    assert.deepEqual(job.hits, expected);
    assert.ok(expected.length >= 3 && expected.every((h) => h.score >= 0.9));
    for (const init of [{}, { headers: { accept: 'text/csv' } }]) {
      const path = 'headers' in init ? `/jobs/${job.job_id}` : `/jobs/${job.job_id}?format=csv`;
      const download = await api.app.request(path, init);
      assert.equal(download.status, 200);
      assert.equal(download.headers.get('content-type'), 'text/csv; charset=utf-8');
      assert.equal(download.headers.get('content-disposition'), `attachment; filename="screening-${job.job_id}.csv"`);
      const rows: string[][] = parse(await download.text());
      assert.deepEqual(rows[0], ['row', 'id', 'entity_id', 'caption', 'schema', 'score', 'datasets', 'listed_now', 'delisted_on', 'change', 'explanation']);
      assert.deepEqual(rows.slice(1).map((r) => [r[0], r[1], r[2], Number(r[5])]), expected.map((h) => [String(h.row), h.id ?? '', h.entity_id, h.score]));
    }
  });

  it('moves progress from 0 to every row while other requests are answered', async () => {
    const names = ['Sergey Chemezov', 'Tamsin Featherstonehaugh', 'Viktor Vekselberg', 'Okonkwo Bakery Supplies Ltd'];
    const rows = 400;
    const text = ['name', ...Array.from({ length: rows }, (_, i) => `${names[i % names.length]}`)].join('\n');
    const accepted = await api.json('/screen', csvUpload(text), 202);
    assert.equal(accepted.rows, rows);
    const seen = await untilDone(accepted.job_id);
    const done = seen.map((job) => job.progress.done);
    assert.deepEqual(done, [...done].sort((a, b) => a - b), 'progress never goes back');
    assert.equal(done[0], 0);
    assert.equal(done.at(-1), rows);
    const midway = seen.filter((job) => job.status === 'running' && job.progress.done > 0 && job.progress.done < rows);
    assert.ok(midway.length > 0, `a poll answered while the job was running (seen: ${[...new Set(done)].join(', ')})`);
    assert.ok(seen.slice(0, -1).every((job) => job.hits === undefined), 'hits only once done');
    assert.equal(seen.at(-1)!.hits!.filter((h) => h.entity_id === 'ofac-16685').length, rows / names.length);
  });

  it('refuses a bad file with the CLI message (file, line, row, why) and creates no job', async () => {
    const cases: [RequestInit, number, string][] = [
      [csvUpload('Name,id\nSergey Chemezov,1\n,2\n', 'blank-row.csv'), 400, 'blank-row.csv: line 3 (row 2): column name is empty'],
      [csvUpload('full_name,id\nSergey Chemezov,1\n', 'no-name.csv'), 400, 'no-name.csv: line 1: no "name" column in the header (columns: "full_name", "id")'],
      [csvUpload('name,birth_date\nSergey Chemezov,20-08-1952\n', 'bad-date.csv'), 400, 'bad-date.csv: line 2 (row 1): '],
      [csvUpload('', 'empty.csv'), 400, 'empty.csv: the file is empty; expected a header line with a "name" column'],
      [{ method: 'POST', body: '', headers: { 'content-type': 'text/csv' } }, 400, 'request body: the file is empty; expected a header line with a "name" column'],
      [{ method: 'POST', body: new FormData() }, 400, 'form.file: expected the customer CSV file in the multipart field "file"'],
      [{ method: 'POST', body: '{"name": "x"}', headers: { 'content-type': 'application/json' } }, 415, 'POST /screen takes a CSV as multipart/form-data (field "file") or as a text/csv body, not application/json'],
    ];
    for (const [init, status, detail] of cases) {
      const response = await api.app.request('/screen', init);
      const body = await response.json();
      assert.equal(response.status, status, body.detail);
      assert.ok(body.detail.startsWith(detail), `${body.detail} should start with ${detail}`);
      assert.equal(body.job_id, undefined);
      assert.equal(response.headers.get('location'), null);
    }
    const small = buildApp({ ...api.deps, limits: { ...api.deps.limits, bodyLimitBytes: 100 } });
    const tooLarge = await small.request('/screen', { method: 'POST', body: CUSTOMERS, headers: { 'content-type': 'text/csv' } });
    assert.deepEqual([tooLarge.status, (await tooLarge.json()).detail], [413, 'request body larger than 100 bytes']);
    const high = await api.json('/screen?threshold=1.5', { method: 'POST', body: CUSTOMERS, headers: { 'content-type': 'text/csv' } }, 400);
    assert.equal(high.detail, 'threshold: threshold must be a number from 0 to 1, got 1.5');
  });

  it('answers an unknown job with 404, and a CSV asked for too early with 409', async () => {
    const missing = await api.json('/jobs/3f1e2d4c-0000-4000-8000-000000000000', undefined, 404);
    assert.match(missing.detail, /^no screening job 3f1e2d4c-0000-4000-8000-000000000000 /);
    const accepted = await api.json('/screen', csvUpload(CUSTOMERS), 202);
    const early = await api.json(`/jobs/${accepted.job_id}?format=csv`, undefined, 409);
    assert.equal(early.detail, `screening job ${accepted.job_id} is queued; its hits are ready once it is done`);
    await untilDone(accepted.job_id);
  });

  it('keeps the latest finished jobs only, and refuses a job when too many wait', async () => {
    const screening = api.deps.index.current();
    const jobs = new ScreenJobRegistry({ maxFinished: 2, maxQueued: 3 });
    const customers = [{ row: 1, id: null, query: validateMatchQuery({ schema: 'Person', names: ['Sergey Chemezov'] }) }];
    const submitted = [1, 2, 3].map(() => jobs.submit({ customers, threshold: 0.6, screening }));
    assert.throws(() => jobs.submit({ customers, threshold: 0.6, screening }), /3 screening jobs are already waiting/);
    while (jobs.get(submitted[2]!.id).status !== 'done') await nextTurn();
    assert.throws(() => jobs.get(submitted[0]!.id), /no screening job/);
    assert.deepEqual([jobs.get(submitted[1]!.id).status, jobs.get(submitted[2]!.id).hits.map((h) => h.entity_id)], ['done', ['ofac-16685']]);
  });
});
