/**
 * The JSON shapes users and other programs read (snake_case, as the CLI contract and the
 * yente-compatible API use), built in one place so every interface prints the same thing.
 */
import type { SanctionEvent } from '../history/events.js';
import type { DatasetSummary } from '../store/store.js';

export function eventView(event: SanctionEvent) {
  return {
    date: event.date,
    type: event.type,
    entity_id: event.entityId,
    schema: event.schema,
    caption: event.caption,
    dataset: event.dataset,
    changed: event.changed,
  };
}

export function datasetView(dataset: DatasetSummary) {
  const latest = dataset.snapshots.at(-1);
  return {
    name: dataset.name,
    latest_snapshot: latest?.asOf ?? null,
    entity_count: latest?.entityCount ?? 0,
    target_count: latest?.targetCount ?? 0,
    snapshots: dataset.snapshots.map((s) => ({
      as_of: s.asOf,
      format: s.format,
      checksum: s.checksum,
      source: s.source,
      loaded_at: s.loadedAt,
      entity_count: s.entityCount,
      target_count: s.targetCount,
      statement_count: s.statementCount,
    })),
  };
}
