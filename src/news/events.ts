/**
 * Sanction events an article reports, found by patterns over its sentences: sanctions
 * `imposed`, `lifted`, `delayed`, and `lobbying` for relief (a lobbyist, counsel or registered
 * agent acting for a party, or a request to lift sanctions). The target is the person or
 * organisation the sanctions are on ("sanctions on/against X"), else the first person
 * mentioned in the sentence, else the first organisation.
 */
import type { Mention } from './mentions.js';
import type { Sentence } from './sentences.js';

export type EventKind = 'imposed' | 'lifted' | 'delayed' | 'lobbying';

export interface ArticleEvent {
  readonly kind: EventKind;
  /** The target mention (its full name in `target`), when the sentence names one. */
  readonly target: Mention | null;
  readonly sentence: Sentence;
}

/** In precedence order: a delay to impose is a delay, not an imposition. */
const PATTERNS: readonly (readonly [EventKind, RegExp])[] = [
  ['delayed', /\b(?:delay(?:s|ed|ing)?|refus(?:e|es|ed|al|ing)|hold(?:s|ing)? off|postpon\w*)\b[^.]{0,60}\bsanction/iu],
  ['lobbying', /\b(?:lobby\w*|consulting services|registered (?:as an? )?(?:foreign )?agent|asked\b[^.]{0,60}\b(?:lift|weaken|ease)\b[^.]{0,40}\bsanction)/iu],
  ['lifted', /\b(?:lift\w*|eas(?:e|es|ed|ing)|remov\w*|delist\w*|weaken\w*)\b[^.]{0,40}\bsanctions?\b|\bsanctions?\b[^.]{0,30}\b(?:are|were|be|been) (?:lifted|removed|eased)/iu],
  ['imposed', /\b(?:impos\w*|slapp\w*|levied)\b[^.]{0,40}\bsanction|\bsanctions?\b[^.]{0,20}\b(?:imposed|levied)\b/iu],
];

const TARGETED = /\bsanctions?\b[^.]{0,30}?\b(?:on|against)\s+(?:its (?:head|leader),?\s*)?$/iu;

export function findEvents(sentences: readonly Sentence[], mentions: readonly Mention[]): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  for (const sentence of sentences) {
    const kind = PATTERNS.find(([, pattern]) => pattern.test(sentence.text))?.[0];
    if (kind === undefined) continue;
    const inside = mentions.filter((m) => m.start >= sentence.start && m.end <= sentence.end);
    events.push({ kind, target: targetOf(sentence, inside), sentence });
  }
  return events;
}

function targetOf(sentence: Sentence, inside: readonly Mention[]): Mention | null {
  const named = inside.find((m) => TARGETED.test(sentence.text.slice(0, m.start - sentence.start)));
  return named ?? inside.find((m) => m.kind === 'Person') ?? inside[0] ?? null;
}
