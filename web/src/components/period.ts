/** A date period as the tables show it: `from – to`, `open` for a missing end, `—` when neither date is known. */
export function period(from: string | null, to: string | null, open: string): string {
  return from === null && to === null ? '—' : `${from ?? '?'} – ${to ?? open}`;
}
