/**
 * The source statements behind an entity: each value of each property as a list published
 * it, with the first and last snapshot in which it was seen (from /entities/{id}/history).
 */
import type { ValueHistory } from '../api.js';
import { propLabel } from './entity-facts.js';
import { TableHead } from './table-head.js';

export function RawRecords(props: { values: readonly ValueHistory[] }) {
  const rows = [...props.values].sort((a, b) => a.dataset.localeCompare(b.dataset) || a.prop.localeCompare(b.prop) || a.first_seen.localeCompare(b.first_seen));
  return (
    <section aria-labelledby="raw-title">
      <h2 id="raw-title">Source records</h2>
      <p class="muted">{rows.length} values as published, with the snapshots in which each was seen.</p>
      <div class="scroll">
        <table class="data raw">
          <TableHead columns={['List', 'Property', 'Value', 'First seen', 'Last seen']} />
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <td>{row.dataset}</td>
                <td>{propLabel(row.prop)}</td>
                <td class="value">{row.value}</td>
                <td>{row.first_seen}</td>
                <td>{row.last_seen}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
