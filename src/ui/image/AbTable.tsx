import { abTableLines } from '../../core/experiments/experimentABFormat';
import type { ABSummary } from '../../core/experiments/experimentABStats';

const f = (v: number) => (Number.isFinite(v) ? v.toFixed(3) : '–');

/** The Experiments A+B summary table; the null / reference note of each line is its tooltip and second line. */
export function AbTable({ summary }: { summary: ABSummary }) {
  return (
    <table className="ab-table" data-testid="ab-table">
      <thead>
        <tr>
          <th title="Per-image measure (docs/science.md §3, §4)">quantity</th>
          <th title="Mean over the attacked digits">mean</th>
          <th title="Median over the attacked digits">median</th>
          <th title="Interquartile range (25 %–75 %)">IQR</th>
        </tr>
      </thead>
      <tbody>
        {abTableLines(summary).map((l) => (
          <tr key={l.label} title={`${l.label}: sd ${f(l.stat.sd)}, ${l.stat.count} digits. ${l.note}`}>
            <td>
              {l.label}
              {l.note && <small>{l.note}</small>}
            </td>
            <td>{f(l.stat.mean)}</td>
            <td>{f(l.stat.median)}</td>
            <td>
              {f(l.stat.q25)}–{f(l.stat.q75)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
