/** The pure part of article analysis: sentences, mentions of people and organisations, and the sanction events reported. */
import { findEvents, type ArticleEvent } from './events.js';
import { findMentions, type Mention } from './mentions.js';
import { splitSentences, type Sentence } from './sentences.js';

export interface TextAnalysis {
  readonly sentences: readonly Sentence[];
  readonly mentions: readonly Mention[];
  readonly events: readonly ArticleEvent[];
}

export function analyzeText(text: string): TextAnalysis {
  const sentences = splitSentences(text);
  const mentions = findMentions(text);
  return { sentences, mentions, events: findEvents(sentences, mentions) };
}
