/** Mention precision and recall against a hand-labelled article (test/fixtures/articles). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { findMentions } from './mentions.js';

interface Gold {
  readonly article: string;
  readonly mentions: readonly { text: string; kind: string; count: number }[];
}

const FIXTURES = new URL('../../../test/fixtures/articles/', import.meta.url);
const ARTICLES = new URL('../../../../shared/data/articles/', import.meta.url);

function goldSpans(text: string, gold: Gold): { start: number; end: number; kind: string }[] {
  return gold.mentions.flatMap((m) => {
    const spans = [...text.matchAll(new RegExp(m.text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'), 'gu'))].map((x) => ({ start: x.index, end: x.index + m.text.length, kind: m.kind }));
    assert.equal(spans.length, m.count, `${m.text}: labelled ${m.count} times`);
    return spans;
  });
}

test('Rostec article: mention precision and recall against the labels', () => {
  const gold = JSON.parse(readFileSync(new URL('2025-06-rostec-chemezov-sanctions-lifting.json', FIXTURES), 'utf8')) as Gold;
  const text = readFileSync(new URL(gold.article, ARTICLES), 'utf8');
  const expected = goldSpans(text, gold);
  const found = findMentions(text);
  const overlaps = (a: { start: number; end: number; kind: string }, b: { start: number; end: number; kind: string }) => a.kind === b.kind && a.start < b.end && b.start < a.end;
  const correct = found.filter((m) => expected.some((g) => overlaps(m, g))).length;
  const recalled = expected.filter((g) => found.some((m) => overlaps(m, g))).length;
  const precision = correct / found.length;
  const recall = recalled / expected.length;
  console.log(`mentions: ${found.length} found, ${expected.length} labelled; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
  assert.deepEqual({ found: found.length, correct, labelled: expected.length, recalled }, { found: 34, correct: 32, labelled: 35, recalled: 32 });
});
