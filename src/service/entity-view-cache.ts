/**
 * Entity views of the latest snapshots, kept for the life of one screening index generation.
 * /match and /search show the full entity of every result; reading it back from the store is
 * as costly as the matching itself (~0.3 ms per entity on SQLite), and the same listed parties
 * come up again and again. A view of the latest snapshots can only change when a snapshot is
 * recorded, which is exactly when the generation (and this cache with it) is replaced.
 */
import type { Store } from '../store/store.js';
import { entityAsOf, type EntityView } from './entities.js';

/** Enough for every listed party of the loaded lists several times over; ~2 kB a view. */
export const DEFAULT_CACHED_VIEWS = 20_000;

export class EntityViewCache {
  private readonly views = new Map<string, Promise<EntityView>>();

  constructor(
    private readonly store: Store,
    private readonly maxEntries = DEFAULT_CACHED_VIEWS,
  ) {}

  /** The entity as it stands in the latest snapshots; a failed read is not kept. */
  get(entityId: string): Promise<EntityView> {
    const cached = this.views.get(entityId);
    if (cached !== undefined) {
      // Re-inserted, so the Map's insertion order is least-recently-used first.
      this.views.delete(entityId);
      this.views.set(entityId, cached);
      return cached;
    }
    const reading = entityAsOf(this.store, entityId);
    this.views.set(entityId, reading);
    reading.catch(() => this.views.delete(entityId));
    if (this.views.size > this.maxEntries) this.views.delete(this.views.keys().next().value!);
    return reading;
  }
}
