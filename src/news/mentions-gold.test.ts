/** Mention and event precision and recall against the hand-labelled articles (test/fixtures/articles). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELLED_ARTICLES, labelledArticle, labelledSentenceStart, labelledSpans, overlaps } from '../../test/support/article-labels.js';
import { analyzeText } from './analyze-text.js';

interface Tally {
  found: number;
  correct: number;
  labelled: number;
  recalled: number;
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole).toFixed(2);
const report = (what: string, t: Tally) => `${what}: ${t.found} found, ${t.labelled} labelled; precision ${ratio(t.correct, t.found)}, recall ${ratio(t.recalled, t.labelled)}`;

function scores(name: string): { mentions: Tally; events: Tally; misses: string[] } {
  const { labels, text } = labelledArticle(name);
  const { mentions, events } = analyzeText(text);
  const expected = labels.mentions.flatMap((m) => labelledSpans(text, m).map((span) => ({ ...span, kind: m.kind, text: m.text })));
  const sameMention = (a: { start: number; end: number; kind: string }, b: { start: number; end: number; kind: string }) => a.kind === b.kind && overlaps(a, b);
  const wrongMentions = mentions.filter((m) => !expected.some((g) => sameMention(m, g)));
  const missedMentions = expected.filter((g) => !mentions.some((m) => sameMention(m, g)));
  const expectedEvents = labels.events.map((e) => ({ ...e, at: labelledSentenceStart(text, e) }));
  const sameEvent = (e: (typeof events)[number], g: (typeof expectedEvents)[number]) => e.kind === g.kind && (e.target?.name ?? null) === g.target && e.sentence.start <= g.at && g.at < e.sentence.end;
  const wrongEvents = events.filter((e) => !expectedEvents.some((g) => sameEvent(e, g)));
  const missedEvents = expectedEvents.filter((g) => !events.some((e) => sameEvent(e, g)));
  return {
    mentions: { found: mentions.length, correct: mentions.length - wrongMentions.length, labelled: expected.length, recalled: expected.length - missedMentions.length },
    events: { found: events.length, correct: events.length - wrongEvents.length, labelled: expectedEvents.length, recalled: expectedEvents.length - missedEvents.length },
    misses: [
      ...wrongMentions.map((m) => `extra ${m.kind} "${m.text}" at ${m.start}`),
      ...missedMentions.map((g) => `missed ${g.kind} "${g.text}" at ${g.start}`),
      ...wrongEvents.map((e) => `extra ${e.kind} (${e.target?.name ?? 'no target'}): ${e.sentence.text.slice(0, 60)}`),
      ...missedEvents.map((g) => `missed ${g.kind} (${g.target ?? 'no target'}): ${g.sentence}`),
    ],
  };
}

/** What the analysis scores on each article: a change that finds less (or more wrongly) fails here. */
const EXPECTED: Record<(typeof LABELLED_ARTICLES)[number], { mentions: Tally; events: Tally }> = {
  '2017-08-delay-in-imposing-sanctions': { mentions: { found: 31, correct: 31, labelled: 32, recalled: 31 }, events: { found: 4, correct: 4, labelled: 4, recalled: 4 } },
  '2018-02-putin-asked-for-help-on-sanctions': { mentions: { found: 104, correct: 101, labelled: 111, recalled: 101 }, events: { found: 14, correct: 14, labelled: 14, recalled: 14 } },
  '2025-06-rostec-chemezov-sanctions-lifting': { mentions: { found: 34, correct: 32, labelled: 35, recalled: 32 }, events: { found: 15, correct: 14, labelled: 15, recalled: 14 } },
};

for (const name of LABELLED_ARTICLES) {
  test(`${name}: mention and event precision and recall against the labels`, () => {
    const { mentions, events, misses } = scores(name);
    console.log(`${name}\n  ${report('mentions', mentions)}\n  ${report('events', events)}\n  ${misses.join('\n  ')}`);
    assert.deepEqual({ mentions, events }, EXPECTED[name]);
  });
}
