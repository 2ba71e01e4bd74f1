import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { apiOverSnapshots, type ApiUnderTest } from '../../../test/support/api.js';

const ROSTEC = readFileSync(new URL('../../../../../shared/data/articles/2025-06-rostec-chemezov-sanctions-lifting.txt', import.meta.url), 'utf8');
let api: ApiUnderTest;
const post = (body: unknown, status = 200) =>
  api.json('/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }, status);

before(async () => {
  api = await apiOverSnapshots();
});
after(() => api.close());

test('POST /analyze: Chemezov linked to ofac-16685, listed on the article date, and the lifting reported', async () => {
  const body = await post({ text: ROSTEC, date: '2025-06-01' });
  const first = body.mentions.find((m: { name: string }) => m.name === 'Sergey Chemezov');
  assert.deepEqual(first, {
    text: 'Chemezov', start: 35, end: 43, kind: 'Person', name: 'Sergey Chemezov', entity_id: 'ofac-16685', caption: 'CHEMEZOV, Sergei', status: 'listed', programs: ['UKRAINE-EO13661'], score: 1,
  });
  assert.equal(ROSTEC.slice(35, 43), 'Chemezov');
  const lifting = body.events.find((e: { kind: string; entity_id: string | null }) => e.kind === 'lifted' && e.entity_id === 'ofac-16685');
  assert.equal(lifting.target, 'Sergey Chemezov');
  assert.equal(
    lifting.sentence,
    "According to the message from the Russian State Corporation Rostec, a document possibly related to Washington's plans to lift sanctions against its head, Sergey Chemezov, appeared on the US Department of Justice website.",
  );
  const counsel = body.events.find((e: { kind: string }) => e.kind === 'lobbying');
  assert.equal(counsel.sentence, 'In particular, the document shows that the US company Rathmell Short LLP is providing administrative and legal consulting services for Chemezov.');
});

test('POST /analyze: HTML without its navigation and comments; a date before the listing says not yet listed', async () => {
  const html = '<html><body><nav>Sergey Chemezov news</nav><article><p>Washington will impose sanctions on Sergey Chemezov.</p></article><div id="comments">Igor Shatov says: good</div></body></html>';
  const body = await post({ text: html, format: 'html', date: '2014-01-01' });
  assert.deepEqual(body.mentions.map((m: { text: string; start: number; status: string }) => [m.text, m.start, m.status]), [['Sergey Chemezov', 36, 'not yet listed']]);
  assert.deepEqual(body.events, [{ kind: 'imposed', target: 'Sergey Chemezov', entity_id: 'ofac-16685', sentence: 'Washington will impose sanctions on Sergey Chemezov.' }]);
});

test('POST /analyze: a bad date, an empty article and a missing text are 400s naming the problem', async () => {
  assert.equal((await post({ text: ROSTEC, date: '2025-13-01' }, 400)).detail, 'date: must be a date YYYY-MM-DD, got "2025-13-01"');
  assert.equal((await post({ text: '  ' }, 400)).detail, 'the article has no text');
  assert.match((await post({ date: '2025-06-01' }, 400)).detail, /^json\.text: /);
});

test('/openapi.json documents POST /analyze', async () => {
  const doc = await api.json('/openapi.json');
  assert.deepEqual(Object.keys(doc.paths['/analyze']), ['post']);
});
