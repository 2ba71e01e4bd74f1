import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyzeText } from './analyze-text.js';
import { articleText } from './article-text.js';
import { splitSentences } from './sentences.js';

const ARTICLES = new URL('../../../../shared/data/articles/', import.meta.url);
const article = (name: string) => articleText(readFileSync(new URL(name, ARTICLES), 'utf8'), 'text');
const ROSTEC = article('2025-06-rostec-chemezov-sanctions-lifting.txt');
const PUTIN = article('2018-02-putin-asked-for-help-on-sanctions.txt');
const DELAY = article('2017-08-delay-in-imposing-sanctions.txt');

const names = (text: string, kind: string) => [...new Set(analyzeText(text).mentions.filter((m) => m.kind === kind).map((m) => m.name))];

test('Rostec: people and organisations by full name, surname and possessive, each with its offsets', () => {
  const { mentions } = analyzeText(ROSTEC);
  assert.deepEqual(names(ROSTEC, 'Person'), ['Sergey Chemezov', 'Dmitry Rodionov', 'Vladimir Putin', 'Alexander Averin', 'Igor Shatov']);
  for (const org of ['State Corporation Rostec', 'Rathmell Short LLP', 'Foundation for Strategic Development', 'World Trade Organization']) {
    assert.ok(names(ROSTEC, 'Organization').includes(org), org);
  }
  const chemezov = mentions.filter((m) => m.name === 'Sergey Chemezov');
  assert.equal(chemezov.length, 11);
  assert.deepEqual(chemezov.filter((m) => m.text !== 'Chemezov').map((m) => m.text), ['Sergey Chemezov', 'Sergey Chemezov']);
  for (const m of mentions) assert.equal(ROSTEC.slice(m.start, m.end), m.text);
  const possessive = mentions.find((m) => ROSTEC.slice(m.start, m.end + 2) === 'Chemezov\'s');
  assert.equal(possessive?.name, 'Sergey Chemezov');
  assert.equal(mentions.find((m) => m.text === 'Shatov')?.name, 'Igor Shatov');
});

test('Rostec: the lifting of sanctions on Chemezov and the counsel consulting for him are events with their sentences', () => {
  const { events } = analyzeText(ROSTEC);
  const onChemezov = events.filter((e) => e.target?.name === 'Sergey Chemezov');
  assert.deepEqual(onChemezov.map((e) => e.kind), ['lifted', 'lobbying', 'lifted', 'lifted']);
  assert.equal(
    onChemezov[0]!.sentence.text,
    "According to the message from the Russian State Corporation Rostec, a document possibly related to Washington's plans to lift sanctions against its head, Sergey Chemezov, appeared on the US Department of Justice website.",
  );
  assert.equal(onChemezov[1]!.sentence.text, 'In particular, the document shows that the US company Rathmell Short LLP is providing administrative and legal consulting services for Chemezov.');
  assert.ok(onChemezov[3]!.sentence.text.startsWith("\"If Chemezov's sanctions are lifted"), 'a possessive names whose sanctions they are');
  const headline = events[0]!;
  assert.deepEqual([headline.kind, headline.target], ['lifted', null], 'sanctions "on high-ranking officials" name no one');
});

test('Kislyak spelled Kisylak later is the same person; Butina, Flynn and Magnitsky by surname', () => {
  const { mentions } = analyzeText(PUTIN);
  assert.equal(mentions.find((m) => m.text === 'Kisylak')?.name, 'Sergey Kislyak');
  for (const [surname, full] of [['Butina', 'Maria Butina'], ['Flynn', 'Michael Flynn'], ['Magnitsky', 'Sergei Magnitsky']] as const) {
    assert.equal(mentions.find((m) => m.text === surname)?.name, full, surname);
  }
  assert.deepEqual(names(PUTIN, 'Organization').filter((n) => ['FBI', 'CIA', 'NSA'].includes(n)), ['FBI', 'CIA'], 'the NSA is named in the reader comments only');
});

test('who imposes or delays sanctions is no target; who lobbies against them is', () => {
  const imposed = analyzeText(PUTIN).events.filter((e) => e.kind === 'imposed');
  const byObama = imposed.find((e) => e.sentence.text.startsWith('And in December 2016, Obama imposed additional sanctions'));
  assert.equal(byObama?.target, null);
  const lobbying = analyzeText(PUTIN).events.filter((e) => e.kind === 'lobbying');
  assert.ok(lobbying.some((e) => e.target?.name === 'George Papadopoulos' && e.sentence.text.includes('inveighing against sanctions')));
  const delayed = analyzeText(DELAY).events.filter((e) => e.kind === 'delayed');
  assert.equal(delayed[0]!.sentence.text, 'Is Trump’s delay in imposing new sanctions playing into a larger Moscow game to lift them?');
  assert.equal(delayed[0]!.target, null);
  assert.equal(analyzeText(DELAY).mentions.find((m) => m.text === 'Yury Gromyko')?.kind, 'Person');
});

test('a headline in title case: the name ends at the verb (When Putin Asked For Help On Sanctions, Trump Listened)', () => {
  const headline = analyzeText(PUTIN).mentions.filter((m) => m.end < PUTIN.indexOf('\n'));
  assert.deepEqual(headline.map((m) => [m.text, m.name]), [['Putin', 'Vladimir Putin'], ['Trump', 'Donald Trump']]);
});

test('sentences do not end at U.S. or an initial', () => {
  const text = 'Flynn met the U.S. envoy. He said A. N. Other agreed! Then he left';
  assert.deepEqual(splitSentences(text).map((s) => s.text), ['Flynn met the U.S. envoy.', 'He said A. N. Other agreed!', 'Then he left']);
});
