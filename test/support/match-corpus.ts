/**
 * Match indexes over real list files, parsed straight from ../shared/data (no store), for the
 * matcher's tests and benchmarks. Parsed once per process per file set.
 */
import { matchableEntity } from '../../src/match/matchable.js';
import { MatchIndex } from '../../src/match/index/match-index.js';
import type { MatchableEntity } from '../../src/match/types.js';
import { findSource } from '../../src/sources/registry.js';
import { sharedData } from './paths.js';

export interface ListFile {
  readonly format: string;
  readonly path: string;
  readonly dataset: string;
}

export const OFAC_SDN_2019: ListFile = { format: 'ofac-csv', path: sharedData('ofac/2019-01-04'), dataset: 'us_ofac_sdn' };
export const OFAC_SDN_2024: ListFile = { format: 'ofac-csv', path: sharedData('ofac/2024-07-02'), dataset: 'us_ofac_sdn' };
export const UN_SC_2026: ListFile = { format: 'un-xml', path: sharedData('un/2026-02-27/consolidated.xml'), dataset: 'un_sc_sanctions' };
export const UK_HMT_2020: ListFile = { format: 'uk-csv', path: sharedData('uk/2020-04-27/ConList.csv'), dataset: 'gb_hmt_sanctions' };

/** The matchable targets of one list file. */
export async function matchableEntitiesOf(file: ListFile): Promise<MatchableEntity[]> {
  const entities: MatchableEntity[] = [];
  for await (const item of findSource(file.format).parse(file.path)) {
    if (item.kind === 'delete') continue;
    const matchable = matchableEntity(item.entity, [file.dataset]);
    if (matchable !== null) entities.push(matchable);
  }
  return entities;
}

const indexes = new Map<string, Promise<MatchIndex>>();

export function indexOf(files: readonly ListFile[]): Promise<MatchIndex> {
  const key = files.map((f) => f.path).join('|');
  let index = indexes.get(key);
  if (index === undefined) {
    index = Promise.all(files.map(matchableEntitiesOf)).then((lists) => MatchIndex.build(lists.flat()));
    indexes.set(key, index);
  }
  return index;
}
