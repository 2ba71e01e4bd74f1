/**
 * Hand labels of the real articles (test/fixtures/articles/<article>.json): the mentions a
 * careful reader marks, each text with its kind, count, the phrases it does not count inside
 * and the listed party it names, and the sanction events by their sentence's opening words.
 * Labels are for the article's text as analysed (reader comments cut off).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleText } from '../../src/news/article-text.js';
import { FIXTURES, sharedData } from './paths.js';

export interface LabelledMention {
  readonly text: string;
  readonly kind: string;
  readonly count: number;
  readonly not_in?: readonly string[];
  readonly entity_id?: string;
}

export interface LabelledEvent {
  readonly sentence: string;
  readonly kind: string;
  readonly target: string | null;
}

export interface ArticleLabels {
  readonly article: string;
  readonly mentions: readonly LabelledMention[];
  readonly events: readonly LabelledEvent[];
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

export const LABELLED_ARTICLES = ['2017-08-delay-in-imposing-sanctions', '2018-02-putin-asked-for-help-on-sanctions', '2025-06-rostec-chemezov-sanctions-lifting'] as const;

/** The labels of an article and its text as analysed. */
export function labelledArticle(name: string): { labels: ArticleLabels; text: string } {
  const labels = JSON.parse(readFileSync(join(FIXTURES, 'articles', `${name}.json`), 'utf8')) as ArticleLabels;
  return { labels, text: articleText(readFileSync(sharedData('articles', labels.article), 'utf8'), 'text') };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const wholeWords = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escaped(text)}(?![\\p{L}\\p{N}])`, 'gu');

/** Where the labelled mention occurs (whole words, outside its `not_in` phrases); fails when the count is not the labelled one. */
export function labelledSpans(text: string, mention: LabelledMention): Span[] {
  const excluded = (mention.not_in ?? []).flatMap((phrase) => [...text.matchAll(wholeWords(phrase))].map((m) => ({ start: m.index, end: m.index + phrase.length })));
  const spans = [...text.matchAll(wholeWords(mention.text))]
    .map((m) => ({ start: m.index, end: m.index + mention.text.length }))
    .filter((span) => !excluded.some((x) => x.start <= span.start && span.end <= x.end));
  assert.equal(spans.length, mention.count, `${mention.text}: labelled ${mention.count} times`);
  return spans;
}

/** The offset of a labelled event's sentence; fails when its opening words are not in the text. */
export function labelledSentenceStart(text: string, event: LabelledEvent): number {
  const at = text.indexOf(event.sentence);
  assert.ok(at >= 0, `no sentence starting "${event.sentence}"`);
  return at;
}

export const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
