import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordPresence, type Span } from './spans.js';

const open = (firstSeen: string): Span => ({ firstSeen, lastSeen: null });
const closed = (firstSeen: string, lastSeen: string): Span => ({ firstSeen, lastSeen });

describe('recordPresence', () => {
  it('opens a span for a value first seen in the latest snapshot', () => {
    assert.deepEqual(recordPresence([], { date: '2021-01-01', previous: '2020-01-01' }, true), [open('2021-01-01')]);
  });

  it('leaves an open span untouched when the value is still present (no write needed)', () => {
    const spans = [open('2019-01-01')];
    assert.deepEqual(recordPresence(spans, { date: '2021-01-01', previous: '2020-01-01' }, true), spans);
  });

  it('closes an open span at the previous snapshot when the value disappears', () => {
    assert.deepEqual(recordPresence([open('2019-01-01')], { date: '2021-01-01', previous: '2020-01-01' }, false), [
      closed('2019-01-01', '2020-01-01'),
    ]);
  });

  it('starts a second span when a value comes back, keeping the gap', () => {
    const spans = [closed('2019-01-01', '2019-06-01')];
    assert.deepEqual(recordPresence(spans, { date: '2021-01-01', previous: '2020-01-01' }, true), [
      closed('2019-01-01', '2019-06-01'),
      open('2021-01-01'),
    ]);
  });

  it('splits a span when an older snapshot loaded later lacks the value', () => {
    const spans = [open('2019-01-01')];
    assert.deepEqual(recordPresence(spans, { date: '2020-01-01', previous: '2019-01-01', next: '2021-01-01' }, false), [
      closed('2019-01-01', '2019-01-01'),
      open('2021-01-01'),
    ]);
  });

  it('bridges two spans when an older snapshot loaded later fills the gap', () => {
    const spans = [closed('2019-01-01', '2019-01-01'), open('2021-01-01')];
    assert.deepEqual(recordPresence(spans, { date: '2020-01-01', previous: '2019-01-01', next: '2021-01-01' }, true), [
      open('2019-01-01'),
    ]);
  });

  it('pulls a span back when a snapshot before the first one has the value', () => {
    assert.deepEqual(recordPresence([open('2021-01-01')], { date: '2020-01-01', next: '2021-01-01' }, true), [open('2020-01-01')]);
  });

  it('gives a closed one-snapshot span to a value seen only in a snapshot inserted between others', () => {
    assert.deepEqual(recordPresence([], { date: '2020-01-01', previous: '2019-01-01', next: '2021-01-01' }, true), [
      closed('2020-01-01', '2020-01-01'),
    ]);
  });

  it('extends a span that ended at the previous snapshot into an inserted one', () => {
    const spans = [closed('2018-01-01', '2019-01-01')];
    assert.deepEqual(recordPresence(spans, { date: '2020-01-01', previous: '2019-01-01', next: '2021-01-01' }, true), [
      closed('2018-01-01', '2020-01-01'),
    ]);
  });

  it('ignores spans that do not touch the new snapshot', () => {
    const spans = [closed('2015-01-01', '2016-01-01')];
    assert.deepEqual(recordPresence(spans, { date: '2020-01-01', previous: '2019-01-01', next: '2021-01-01' }, false), spans);
  });
});
