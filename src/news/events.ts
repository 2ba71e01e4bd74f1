/**
 * Sanction events an article reports, found by patterns over its sentences: sanctions
 * `imposed`, `lifted`, `delayed`, and `lobbying` for relief (a lobbyist, counsel or registered
 * agent acting for a party, a request to lift sanctions, a push against them). The target is
 * the party the sentence says the sanctions are on ("sanctions on/against X", "X's
 * sanctions") or the lobbying is for ("services for X"); failing that, for lobbying, the first
 * party the sentence names (who asks); otherwise none: "Obama imposed sanctions on Russian
 * nationals" names who imposed them, not whom they are on.
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
  [
    'delayed',
    /\b(?:delay(?:s|ed|ing)?|hold(?:s|ing)? off|postpon\w*|dragg\w* (?:his|her|its|their) feet)\b.{0,60}\bsanction|\brefus\w* to (?:impose|implement|enforce|sanction)|(?:n['’]t|\bnot) (?:need to be )?(?:sanction\w*|impos(?:e|ed|ing))\b/iu,
  ],
  ['lobbying', /\b(?:lobby\w*|consulting services|registered (?:as an? )?(?:foreign )?agent|ask\w*\b.{0,60}\b(?:lift|weaken|ease|help)\b.{0,40}\bsanction|(?:push\w*|campaign\w*|inveigh\w*|argu\w*) against sanction)/iu],
  ['lifted', /\b(?:lift\w*|eas(?:e|es|ed|ing)|remov\w*|delist\w*|weaken\w*)\b.{0,40}\bsanctions?\b|\bsanctions?\b.{0,30}\b(?:are|were|be|been) (?:lifted|removed|eased)/iu],
  ['imposed', /\b(?:impos\w*|slapp\w*|levied)\b.{0,40}\bsanction|\bsanctions?\b.{0,40}\b(?:imposed|levied)\b|\bpass\w* (?:new )?sanctions\b|\badded to the \p{Lu}\w* list\b/iu],
];

/** Every pattern needs one of these words: most sentences are passed over without trying the patterns. */
const EVENT_WORDS = /anction|lobb|consulting|agent|impos|list\b/iu;

/** What precedes the party the sanctions are on or the lobbying is for. */
const TARGETED = /(?:\bsanctions?\b.{0,30}?\b(?:on|against)\s+(?:its (?:head|leader),?\s*)?|\b(?:services|lobbying|acting) (?:for|on behalf of)\s+)$/iu;
/** What follows a party whose sanctions the sentence speaks of (Chemezov's sanctions). */
const POSSESSING = /^['’]s?\s+(?:personal\s+)?sanctions\b/iu;

export function findEvents(sentences: readonly Sentence[], mentions: readonly Mention[]): ArticleEvent[] {
  const events: ArticleEvent[] = [];
  let first = 0;
  for (const sentence of sentences) {
    if (!EVENT_WORDS.test(sentence.text)) continue;
    const kind = PATTERNS.find(([, pattern]) => pattern.test(sentence.text))?.[0];
    if (kind === undefined) continue;
    while (first < mentions.length && mentions[first]!.start < sentence.start) first++;
    const inside: Mention[] = [];
    for (let i = first; i < mentions.length && mentions[i]!.end <= sentence.end; i++) inside.push(mentions[i]!);
    events.push({ kind, target: targetOf(kind, sentence, inside), sentence });
  }
  return events;
}

function targetOf(kind: EventKind, sentence: Sentence, inside: readonly Mention[]): Mention | null {
  const named = inside.find((m) => TARGETED.test(sentence.text.slice(0, m.start - sentence.start)) || POSSESSING.test(sentence.text.slice(m.end - sentence.start)));
  return named ?? (kind === 'lobbying' ? (inside[0] ?? null) : null);
}
