/**
 * The screening index a long-running process keeps: built from the latest snapshot of every
 * loaded dataset, and rebuilt when the store records a new snapshot (another process may have
 * loaded it; the store is how processes learn of it). A rebuild happens beside the index in
 * use and replaces it in one assignment, so a request that took the old one finishes on it and
 * no request ever sees a half-built index.
 */
import { NotFoundError, UnavailableError } from '../model/errors.js';
import type { Store } from '../store/store.js';
import { EntityViewCache } from './entity-view-cache.js';
import { buildScreeningIndex, type ScreeningIndex } from './match.js';
import { loadScreeningCorpus } from './screening-corpus.js';

export interface IndexGeneration extends ScreeningIndex {
  /** The snapshot read per dataset. */
  readonly snapshots: readonly { dataset: string; asOf: string }[];
  /** Identifies the set of snapshots the index was built from (changes when one is recorded). */
  readonly signature: string;
  readonly builtAt: string;
  /** The full entity of a result, read once per generation (see entity-view-cache.ts). */
  readonly entityViews: EntityViewCache;
}

/** Every recorded snapshot, as one string: equal strings mean nothing was loaded in between. */
export async function snapshotSignature(store: Store): Promise<string> {
  const datasets = await store.listDatasets();
  return datasets.map((d) => `${d.name}:${d.snapshots.map((s) => `${s.asOf}/${s.checksum}`).join(',')}`).join(';');
}

export class LiveScreeningIndex {
  private generation: IndexGeneration | undefined;
  private refreshing: Promise<boolean> | undefined;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Whether an index has been built (the process is ready to match). */
  get isReady(): boolean {
    return this.generation !== undefined;
  }

  /** The index in use; a request keeps the one it got for its whole life. */
  current(): IndexGeneration {
    if (this.generation === undefined) throw new UnavailableError('the screening index is still being built; try again shortly');
    return this.generation;
  }

  /**
   * Rebuilds when the store's snapshots differ from those of the index in use; true when it
   * swapped. Concurrent calls share one rebuild. With nothing loaded there is nothing to build.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.rebuildIfChanged().finally(() => {
      this.refreshing = undefined;
    });
    return this.refreshing;
  }

  private async rebuildIfChanged(): Promise<boolean> {
    const signature = await snapshotSignature(this.store);
    if (signature === this.generation?.signature) return false;
    try {
      const corpus = await loadScreeningCorpus(this.store);
      this.generation = {
        ...buildScreeningIndex(corpus.targets),
        snapshots: corpus.snapshots,
        signature,
        builtAt: this.now().toISOString(),
        entityViews: new EntityViewCache(this.store),
      };
      return true;
    } catch (error) {
      if (error instanceof NotFoundError && signature === '') return false;
      throw error;
    }
  }
}
