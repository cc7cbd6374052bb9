import type { Table } from '../../core/experiments/report';

const cell = (v: string | number) =>
  typeof v === 'string' ? v : !Number.isFinite(v) ? '—' : Number.isInteger(v) ? String(v) : v.toFixed(3);

/** A result table as the CLI prints it (core/experiments/report.ts), numbers to 3 decimals. */
export function ResultTable({ table, testId, help }: { table: Table; testId: string; help: string }) {
  return (
    <table className="claims-table claims-result-table" data-testid={testId} title={help}>
      <thead>
        <tr>
          {table.header.map((h) => (
            <th key={h}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((v, j) => (
              <td key={j}>{cell(v)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
