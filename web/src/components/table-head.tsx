/** The header row of a data table: one column header per label; `numeric` labels are right-aligned. */
export function TableHead(props: { columns: readonly string[]; numeric?: readonly string[] }) {
  return (
    <thead>
      <tr>
        {props.columns.map((column) => (
          <th scope="col" key={column} class={props.numeric?.includes(column) ? 'num' : undefined}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
