/**
 * Everything a store holds, in a canonical order, read through the Store interface: used to
 * prove that a refused or failed load changed nothing. Each dataset's statements are read once
 * with all their spans (what each snapshot saw follows from them), not once per snapshot.
 */
import type { Store } from '../../src/store/store.js';
import { statementKey } from '../../src/model/statement.js';

export async function dumpStore(store: Store): Promise<unknown> {
  const datasets = await store.listDatasets();
  const statements: Record<string, string[][]> = {};
  for (const dataset of datasets) {
    const rows = await store.statementsOfDataset(dataset.name);
    statements[dataset.name] = rows.map((s) => [statementKey(s), JSON.stringify(s.spans)]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  }
  return { datasets, events: await store.listEvents({}), statements };
}
