/** The builder's summary: pairs per label, schema, script and kind, cross-list links, what moved to other kinds and what was left out. */
import type { CrossListLink } from './cross-list.js';
import type { LabelledPair } from './labelled-pair.js';
import type { PositiveDropCounts } from './positive-pairs.js';

function countBy<T>(items: readonly T[], key: (item: T) => string): string {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
}

const label = (p: LabelledPair): string => (p.match ? 'match' : 'non-match');

export function printCounts(summary: { pairs: readonly LabelledPair[]; links: readonly CrossListLink[]; dropped: PositiveDropCounts }): void {
  const { pairs, links, dropped } = summary;
  console.log(`${pairs.length} pairs: ${countBy(pairs, label)}`);
  for (const [title, key] of [['schema', (p: LabelledPair) => p.schema], ['script', (p: LabelledPair) => p.script], ['kind', (p: LabelledPair) => p.kind]] as const) {
    console.log(`by ${title} and label: ${countBy(pairs, (p) => `${key(p)}/${label(p)}`)}`);
  }
  console.log(`cross-list links: ${links.length} (${countBy(links, (l) => `${l.a.list}-${l.b.list} ${l.evidence}`)})`);
  const moved = [...dropped.moved].sort(([a], [b]) => (a < b ? -1 : 1)).map(([key, n]) => `${key} ${n}`).join(', ');
  console.log(`candidates that are not variants of one name: ${[...dropped.moved.values()].reduce((sum, n) => sum + n, 0)} (${moved})`);
  console.log(`left out: ${dropped.differentName} Latin names that are not a spelling of the main name, ${dropped.translation} non-Latin names unlike every Latin name, ${dropped.unlikeLink} cross-list links without alike Latin names`);
}
