import { useMemo, useState } from 'react';
import { abCsv, abMarkdown } from '../../core/experiments/experimentABFormat';
import { summarizeAB, type ABSummary } from '../../core/experiments/experimentABStats';
import { downloadText } from '../download';
import { useNumberField } from '../NumberField';
import type { NullMarker } from '../NullHistogram';
import { AbHistogram } from './AbHistogram';
import { AbTable } from './AbTable';
import { abVerdict } from './abVerdict';
import { ScienceRef } from '../help/ScienceRef';
import { cancelAB, loadLab, runAB } from '../../store/imageLabActions';
import { useImageLab } from '../../store/imageLabStore';

/** Why the verdict judges ρ_δ against the support-matched null (docs/science.md §4). */
function verdictHelp(s: ABSummary, excess: number, band: number): string {
  const pct = (v: number) => (Number.isFinite(v) ? `${(100 * v).toFixed(0)} %` : '–');
  return (
    'Judged against the support-matched null (docs/science.md §4): the pixel box holds many pixels at 0 or 1, so δ can move only the others, ' +
    "and the tangent space weighs pixels unevenly; the null keeps δ's own pixels and per-pixel magnitudes and draws random signs, so it asks " +
    "whether δ's direction, within the pixels it can move, leans towards or away from M. k/n, the share of a direction spread over all n pixels, " +
    `is the textbook baseline beside it. Mean of ρ_δ − null over digits ${excess.toFixed(3)} ± ${band.toFixed(3)} (2 standard errors); ` +
    `per digit, ρ_δ above its own null's 97.5 % quantile: ${pct(s.supportNull.deltaAbove)}, below its 2.5 %: ${pct(s.supportNull.deltaBelow)}.`
  );
}

/** The support-matched null for the histogram: mean over digits, band of the mean per-digit 95 % quantiles. */
function supportMarker(s: ABSummary): NullMarker | null {
  const { supportNullDelta: m, supportNullDeltaLo: lo, supportNullDeltaHi: hi } = s.stats;
  return m.count > 0 && Number.isFinite(m.mean) ? { x: m.mean, lo: lo.mean, hi: hi.mean } : null;
}

/** Experiments A and B over the first N test digits (docs/science.md §3), live as they finish. */
export function AbPanel() {
  const ab = useImageLab((s) => s.ab);
  const info = useImageLab((s) => s.info);
  const ready = useImageLab((s) => s.status === 'ready');
  const [count, setCount] = useState(ab.count);
  const [clip, setClip] = useState(true);
  const countField = useNumberField({
    value: count,
    rule: { label: 'N', min: 1, max: info?.testCount, integer: true },
    onCommit: setCount,
    testId: 'ab-count',
    inputMode: 'numeric',
    disabled: ab.running,
  });
  const n = info?.n ?? 196;
  const summary = useMemo(() => (ab.rows.length ? summarizeAB(ab.rows, n) : null), [ab.rows, n]);
  const verdict = useMemo(() => summary && abVerdict(summary, ab.rows), [summary, ab.rows]);
  const support = useMemo(() => summary && supportMarker(summary), [summary]);
  const name = `ab-${info?.dataset ?? 'images'}-k${info?.k ?? ''}-n${ab.rows.length}`;
  const start = () => {
    void runAB(count, clip);
  };
  return (
    <aside className="panel image-ab" data-testid="ab-panel">
      <h2 title="docs/science.md §3: A = how much of the PGD perturbation lies along the manifold; B = the L2 norm needed to flip with unconstrained, on-manifold and off-manifold PGD">
        Experiments A + B
      </h2>
      <div className="ab-controls">
        <label title="How many test digits (the first N of the test split; misclassified ones are skipped)">N {countField.input}</label>
        <label title="Latent size k of the autoencoder whose decoder Jacobian gives the tangent space (reloads that autoencoder)">
          k{' '}
          <select
            value={info?.k ?? 16}
            disabled={ab.running || !info}
            onChange={(e) => void loadLab(info?.dataset, Number(e.target.value))}
            data-testid="ab-k"
          >
            {(info?.availableK ?? [16]).map((k) => (
              <option key={k} value={k}>
                {k}
              </option>
            ))}
          </select>
        </label>
        <label title="Keep every attacked image in the pixel range [0, 1] (docs/science.md §3, §7: clip, then re-project). On-manifold PGD often gets stuck on the box faces, most of all for small k; untick to measure without the box">
          <input type="checkbox" checked={clip} onChange={(e) => setClip(e.target.checked)} data-testid="ab-clip" /> clip [0, 1]
        </label>
        {ab.running ? (
          <button onClick={cancelAB} title="Stop after the current digit; the table keeps the finished ones" data-testid="ab-cancel">
            Cancel
          </button>
        ) : (
          <button
            className="primary"
            onClick={start}
            disabled={!ready}
            title="Run Experiments A and B in the engine worker"
            data-testid="ab-run"
          >
            Run
          </button>
        )}
      </div>
      {countField.note}
      {!summary && !ab.running && (
        <p className="muted ab-intro">
          For each of the first N test digits: <b>A</b> splits the early-stop PGD-L2 perturbation δ with the autoencoder’s tangent space at
          the digit and reports ρ_δ = |P_T δ|²/|δ|², next to its support-matched null (random perturbations on δ&rsquo;s own pixels, the
          yardstick to judge it by on images), the null k/n of a random direction and a random k-subspace; <b>B</b> measures the L2 norm
          needed to flip the label unconstrained, on-manifold and off-manifold, and the ratios r_on, r_off (
          <ScienceRef section={3} />, <ScienceRef section={4}>§4</ScienceRef>). About 0.5 s per digit.
        </p>
      )}
      {(ab.running || ab.total > 0) && (
        <div className="ab-progress" title="Digits finished">
          <progress max={ab.total || 1} value={ab.done} data-testid="ab-progress" />
          <span>
            {ab.done} / {ab.total}
            {ab.result && ` · ${ab.result.seconds.toFixed(1)} s`}
          </span>
        </div>
      )}
      {summary && verdict && (
        <>
          <p className="ab-verdict" data-testid="ab-verdict" title={verdictHelp(summary, verdict.excess, verdict.band)}>
            {verdict.text}
          </p>
          <AbHistogram rows={ab.rows} k={summary.k} n={summary.n} support={support} />
          <AbTable summary={summary} />
          <div className="ab-export">
            <button
              onClick={() => downloadText(abCsv(ab.rows), `${name}.csv`, 'text/csv')}
              title="One row per digit: ρ_δ with its support-matched null (supportNullDelta, 95 % Lo–Hi) and ρ_g with its own (supportNullGrad), norms, flip norms, ratios"
              data-testid="ab-csv"
            >
              CSV
            </button>
            <button
              onClick={() =>
                downloadText(
                  JSON.stringify({ info, summary, rows: ab.rows, options: ab.result?.options }, null, 1),
                  `${name}.json`,
                  'application/json',
                )
              }
              title="Summary, options and per-digit rows as JSON"
              data-testid="ab-json"
            >
              JSON
            </button>
            <button
              onClick={() => downloadText(abMarkdown(summary, name), `${name}.md`, 'text/markdown')}
              title="The summary table as markdown (as the command line prints it)"
            >
              Markdown
            </button>
          </div>
        </>
      )}
    </aside>
  );
}
