/**
 * The real lists the match benchmark loads, as a screening deployment would hold them: the
 * latest OFAC SDN folder with aliases (alt.csv; 2024-07-02 has sdn.csv only), the OFAC
 * consolidated non-SDN list, the UN Security Council list and the UK HMT list.
 */
import { mergeMatchable } from '../src/match/matchable.js';
import type { MatchableEntity } from '../src/match/types.js';
import { sharedData } from '../test/support/paths.js';
import { matchableEntitiesOf, UK_HMT_2020, UN_SC_2026, type ListFile } from '../test/support/match-corpus.js';

export const BENCH_LISTS: readonly ListFile[] = [
  { format: 'ofac-csv', path: sharedData('ofac/2023-12-28'), dataset: 'us_ofac_sdn' },
  { format: 'ofac-csv', path: sharedData('ofac-cons/2025-12-19'), dataset: 'us_ofac_cons' },
  UN_SC_2026,
  UK_HMT_2020,
];

/** Every matchable listed entity of BENCH_LISTS, in list order, one per id. */
export async function listedEntities(): Promise<MatchableEntity[]> {
  const byId = new Map<string, MatchableEntity>();
  for (const entity of (await Promise.all(BENCH_LISTS.map(matchableEntitiesOf))).flat()) {
    const seen = byId.get(entity.id);
    byId.set(entity.id, seen === undefined ? entity : mergeMatchable(seen, entity));
  }
  return [...byId.values()];
}
