// A table to read: a real table (caption, column headers), so a screen reader reads it as one.
import type { Picture } from './picture-answer';

type Table = Extract<Picture, { kind: 'table' }>;

export function DataTableView(props: { table: Table }) {
  const { table } = props;
  return (
    <div class="picture scroll">
      <table class="data-table">
        <caption>{table.caption}</caption>
        <thead>
          <tr>
            {table.header.map((cell, i) => (
              <th key={i} scope="col">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, c) => (
                <td key={c}>{cell}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
