/**
 * The dataset catalogue as yente's `/catalog` gives it: one `source` entry per loaded dataset
 * and the `default` collection of all of them, each with its snapshot dates, counts of the
 * latest snapshot and last change; which datasets the screening index in use was built from
 * at their latest snapshot (`current`) and which it is behind on (`outdated`, and then
 * `index_stale`).
 */
import type { Store } from '../store/store.js';
import { DEFAULT_SCOPE } from './search-filters.js';
import { datasetView } from './views.js';

/** Titles of the datasets the source parsers write (see sources/); others are titled by name. */
const DATASET_TITLES: Readonly<Record<string, string>> = {
  us_ofac_sdn: 'US OFAC Specially Designated Nationals (SDN) List',
  us_ofac_cons: 'US OFAC Consolidated (non-SDN) Sanctions List',
  un_sc_sanctions: 'UN Security Council Consolidated Sanctions List',
  eu_fsf: 'EU Financial Sanctions Files (FSF)',
  gb_hmt_sanctions: 'UK HM Treasury (OFSI) Consolidated List of Financial Sanctions Targets',
};

export interface CatalogDataset {
  readonly name: string;
  readonly title: string;
  readonly type: 'source' | 'collection';
  /** The latest snapshot's date. */
  readonly last_change: string | null;
  /** Of the latest snapshot; for the collection, the sum over its datasets (a party on two lists counts twice). */
  readonly entity_count: number;
  readonly target_count: number;
  /** Snapshot dates, oldest first. */
  readonly snapshots: string[];
  readonly children?: string[];
}

export interface Catalog {
  readonly datasets: CatalogDataset[];
  readonly current: string[];
  readonly outdated: string[];
  readonly index_stale: boolean;
}

/** `indexed`: the snapshot per dataset of the index in use; undefined while none is built. */
export async function datasetCatalog(store: Store, indexed: readonly { dataset: string; asOf: string }[] | undefined): Promise<Catalog> {
  const sources: CatalogDataset[] = (await store.listDatasets())
    .filter((d) => d.snapshots.length > 0)
    .map(datasetView)
    .map((view) => ({
      name: view.name,
      title: DATASET_TITLES[view.name] ?? view.name,
      type: 'source' as const,
      last_change: view.latest_snapshot,
      entity_count: view.entity_count,
      target_count: view.target_count,
      snapshots: view.snapshots.map((s) => s.as_of),
    }));
  const collection: CatalogDataset = {
    name: DEFAULT_SCOPE,
    title: 'All loaded sanctions lists',
    type: 'collection',
    last_change: sources.map((s) => s.last_change ?? '').sort().at(-1) || null,
    entity_count: sources.reduce((sum, s) => sum + s.entity_count, 0),
    target_count: sources.reduce((sum, s) => sum + s.target_count, 0),
    snapshots: [...new Set(sources.flatMap((s) => s.snapshots))].sort(),
    children: sources.map((s) => s.name),
  };
  const isCurrent = (source: CatalogDataset) => indexed?.some((i) => i.dataset === source.name && i.asOf === source.last_change) ?? false;
  const outdated = sources.filter((s) => !isCurrent(s)).map((s) => s.name);
  const current = sources.filter(isCurrent).map((s) => s.name);
  const allCurrent = outdated.length === 0 && indexed !== undefined;
  return {
    datasets: [...sources, collection],
    current: allCurrent ? [...current, DEFAULT_SCOPE] : current,
    outdated: allCurrent ? outdated : [...outdated, DEFAULT_SCOPE],
    index_stale: !allCurrent,
  };
}
