/**
 * Seen-spans of one statement: the runs of consecutive snapshots (ordered by as-of date, not
 * load order) in which the value was present. A span with `lastSeen: null` is still open:
 * the value is present in the dataset's latest snapshot. Keeping open spans open means a new
 * snapshot costs writes only for what changed, not for every unchanged value.
 */
export interface Span {
  readonly firstSeen: string;
  readonly lastSeen: string | null;
}

/** The snapshot being recorded and its neighbours in date order. */
export interface SnapshotPlacement {
  readonly date: string;
  /** The latest earlier snapshot of the dataset, if any. */
  readonly previous?: string;
  /** The earliest later snapshot of the dataset, if any. */
  readonly next?: string;
}

export function spanCovers(span: Span, date: string): boolean {
  return span.firstSeen <= date && (span.lastSeen === null || span.lastSeen >= date);
}

/**
 * The spans after recording a snapshot in which the statement is `present` or not. Spans
 * only ever touch snapshot dates, so a span ending at `previous` is extended, one starting at
 * `next` is pulled back, and an absent value splits a span that ran through the new date.
 */
export function recordPresence(spans: readonly Span[], at: SnapshotPlacement, present: boolean): Span[] {
  const { date, previous, next } = at;
  const result: Span[] = [];
  let pending = present ? ({ firstSeen: date, lastSeen: next === undefined ? null : date } as Span) : undefined;
  for (const span of spans) {
    const coversPrevious = previous !== undefined && spanCovers(span, previous);
    const coversNext = next === undefined ? span.lastSeen === null : spanCovers(span, next);
    if (coversPrevious && coversNext) {
      if (present) {
        result.push(span);
        pending = undefined;
      } else if (next === undefined) {
        result.push({ firstSeen: span.firstSeen, lastSeen: previous! });
      } else {
        result.push({ firstSeen: span.firstSeen, lastSeen: previous! }, { firstSeen: next, lastSeen: span.lastSeen });
      }
    } else if (present && coversPrevious) {
      pending = { firstSeen: span.firstSeen, lastSeen: pending!.lastSeen };
    } else if (present && coversNext && span.firstSeen === next) {
      pending = { firstSeen: pending!.firstSeen, lastSeen: span.lastSeen };
    } else {
      result.push(span);
    }
  }
  if (pending !== undefined) result.push(pending);
  return result.sort((a, b) => (a.firstSeen < b.firstSeen ? -1 : a.firstSeen > b.firstSeen ? 1 : 0));
}

export function sameSpans(a: readonly Span[], b: readonly Span[]): boolean {
  return a.length === b.length && a.every((span, i) => span.firstSeen === b[i]!.firstSeen && span.lastSeen === b[i]!.lastSeen);
}
