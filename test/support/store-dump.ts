/**
 * Everything a store holds, in a canonical order, read through the Store interface: used to
 * prove that a refused or failed load changed nothing.
 */
import type { Store } from '../../src/store/store.js';
import { statementKey } from '../../src/model/statement.js';

export async function dumpStore(store: Store): Promise<unknown> {
  const datasets = await store.listDatasets();
  const statements: Record<string, unknown[]> = {};
  for (const dataset of datasets) {
    for (const snapshot of dataset.snapshots) {
      const rows = await store.statementsAt(dataset.name, snapshot.asOf);
      statements[`${dataset.name}@${snapshot.asOf}`] = rows
        .map((s) => [statementKey(s), JSON.stringify(s.spans)])
        .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
    }
  }
  return { datasets, events: await store.listEvents({}), statements };
}
