import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Store } from '../store/store.js';
import { BACKENDS, openWithSnapshots } from '../../test/support/stores.js';
import { API_SNAPSHOTS } from '../../test/support/api.js';
import { LABELLED_ARTICLES, labelledArticle, labelledSentenceStart, labelledSpans, overlaps } from '../../test/support/article-labels.js';
import { articleText } from '../news/article-text.js';
import { analyzeArticle, type ArticleAnalysis } from './analyze.js';
import { buildScreeningIndex, type ScreeningIndex } from './match.js';
import { loadScreeningCorpus } from './screening-corpus.js';

const ARTICLES = new URL('../../../../shared/data/articles/', import.meta.url);
let store: Store;
let screening: ScreeningIndex;
let rostec: ArticleAnalysis;
let putin: ArticleAnalysis;

before(async () => {
  store = await openWithSnapshots(BACKENDS[0]!, API_SNAPSHOTS);
  screening = buildScreeningIndex((await loadScreeningCorpus(store, { asOf: '2025-06-01' })).targets);
  const text = (name: string) => articleText(readFileSync(new URL(name, ARTICLES), 'utf8'), 'text');
  rostec = await analyzeArticle(store, screening, { text: text('2025-06-rostec-chemezov-sanctions-lifting.txt'), date: '2025-06-01' });
  putin = await analyzeArticle(store, screening, { text: text('2018-02-putin-asked-for-help-on-sanctions.txt'), date: '2018-02-01' });
});
after(() => store.close());

test('Chemezov and every later mention of him link to ofac-16685, listed on the article date', () => {
  const chemezov = rostec.mentions.filter((m) => m.name === 'Sergey Chemezov');
  assert.equal(chemezov.length, 11);
  for (const m of chemezov) assert.equal(m.entity_id, 'ofac-16685');
  assert.deepEqual(
    { caption: chemezov[0]!.caption, status: chemezov[0]!.status, programs: chemezov[0]!.programs, score: chemezov[0]!.score },
    { caption: 'CHEMEZOV, Sergei', status: 'listed', programs: ['UKRAINE-EO13661'], score: 1 },
  );
});

test('the lifting of sanctions on Chemezov is an event naming ofac-16685', () => {
  const lifted = rostec.events.filter((e) => e.kind === 'lifted' && e.entity_id === 'ofac-16685');
  assert.ok(lifted.some((e) => e.sentence.startsWith("According to the message from the Russian State Corporation Rostec, a document possibly related to Washington's plans to lift sanctions against its head")));
});

test('a person never listed has no entity and status "never listed"', () => {
  const shatov = rostec.mentions.find((m) => m.name === 'Igor Shatov')!;
  assert.deepEqual([shatov.entity_id, shatov.status, shatov.score], [null, 'never listed', null]);
});

test('in February 2018 Torshin is linked but not yet listed; Kislyak and the State Department link to nobody', () => {
  const linked = [...new Set(putin.mentions.filter((m) => m.entity_id !== null).map((m) => `${m.name} ${m.entity_id} ${m.status}`))];
  assert.deepEqual(linked, ['Alexander Torshin ofac-24103 not yet listed']);
});

test('on the three labelled articles, each labelled mention links to the listed party its label names, and events to their target\'s party', async () => {
  for (const name of LABELLED_ARTICLES) {
    const { labels, text } = labelledArticle(name);
    const { mentions, events } = await analyzeArticle(store, screening, { text, date: `${name.slice(0, 7)}-01` });
    for (const label of labels.mentions) {
      const found = mentions.filter((m) => labelledSpans(text, label).some((span) => overlaps(span, m)));
      assert.deepEqual([...new Set(found.map((m) => m.entity_id))], found.length === 0 ? [] : [label.entity_id ?? null], `${name}: ${label.text}`);
      if (label.entity_id !== undefined) assert.ok(found.length > 0, `${name}: ${label.text} is found`);
    }
    const partyOf = new Map(mentions.map((m) => [m.name, m.entity_id]));
    for (const label of labels.events.filter((e) => e.target !== null)) {
      const at = labelledSentenceStart(text, label);
      const event = events.find((e) => e.kind === label.kind && e.target === label.target && text.indexOf(e.sentence) <= at && at < text.indexOf(e.sentence) + e.sentence.length);
      if (event !== undefined) assert.equal(event.entity_id, partyOf.get(label.target!), `${name}: ${label.sentence}`);
    }
  }
});
