import type { AlignmentOutcome } from '../../engine/claimsTypes';
import { AlignmentChart } from './AlignmentChart';
import { ClaimsNumber } from './ClaimsNumber';
import { ExportButtons } from './ExportButtons';
import { RunBar } from './RunBar';
import { alignCsv, toJson } from './claimsExport';
import { setClaimsParams, useClaims } from '../../store/claimsStore';
import { ALIGN_TEXT } from './claimsText';

/** (c) Gradient alignment rho_g(t) over training on the plane-in-R^n toy, with its null band. */
export function AlignmentSection() {
  const st = useClaims((s) => s.align);
  const p = st.params;
  const set = (patch: Partial<typeof p>) => setClaimsParams('align', patch);
  const off = st.running;
  const r = st.result;
  return (
    <section className="claims-card" data-testid="claims-align">
      <h2>Gradient alignment over training: does ρ_g fall below the k/n null?</h2>
      <p>{ALIGN_TEXT}</p>
      <div className="claims-controls">
        <ClaimsNumber
          label="n"
          help="Input dimension of the plane-in-Rⁿ toy (3 to 784); large n costs more per epoch"
          value={p.n}
          min={3}
          max={784}
          step={1}
          onChange={(n) => set({ n, k: Math.min(p.k, n - 1) })}
          testId="align-n"
          disabled={off}
        />
        <ClaimsNumber
          label="k"
          help="Dimension of the data plane (the tangent space is exact)"
          value={p.k}
          min={1}
          max={p.n - 1}
          step={1}
          onChange={(k) => set({ k })}
          testId="align-k"
          disabled={off}
        />
        <ClaimsNumber
          label="epochs"
          help="Training epochs"
          value={p.epochs}
          min={1}
          max={5000}
          step={50}
          onChange={(epochs) => set({ epochs })}
          testId="align-epochs"
          disabled={off}
        />
        <ClaimsNumber
          label="every"
          help="Measure ρ_g every this many epochs (and at init)"
          value={p.every}
          min={1}
          max={1000}
          step={5}
          onChange={(every) => set({ every })}
          testId="align-every"
          disabled={off}
        />
      </div>
      <p className="muted">
        The toy: 60 random points on a k-plane padded to Rⁿ, two label stripes, 60 held-out points; network n-64-1 ReLU, Adam lr 3·10⁻⁴ (at
        lr 0.01 the units die once n ≳ 200).
      </p>
      <RunBar
        run="align"
        label="Train and measure"
        help="Train a fresh network on the plane-in-Rⁿ toy and record ρ_g at training and held-out points"
      />
      {r && (
        <>
          <AlignmentChart series={r} />
          <p className="claims-verdict" data-testid="align-verdict">
            {verdict(r)}
          </p>
          <ExportButtons
            testId="align-export"
            files={[
              {
                label: 'CSV',
                name: `gradient-alignment-n${r.n}-k${r.k}.csv`,
                type: 'text/csv',
                text: () => alignCsv(r),
                help: 'ρ_g (mean and median, train and test) and accuracies per recorded epoch, with the null',
              },
              {
                label: 'JSON',
                name: `gradient-alignment-n${r.n}-k${r.k}.json`,
                type: 'application/json',
                text: () => toJson(r),
                help: 'The whole series with the request',
              },
            ]}
          />
        </>
      )}
    </section>
  );
}

function verdict(r: AlignmentOutcome): string {
  const last = r.points[r.points.length - 1];
  const v = last.train.mean;
  if (!Number.isFinite(v)) return 'The gradient vanished at every point (dead ReLUs): no ρ_g to report.';
  const where =
    v < r.nullLo
      ? 'below the null band, as the DMM predicts'
      : v > r.nullHi
        ? 'above the null band: the gradients lean toward the manifold, against the DMM prediction'
        : 'inside the null band: indistinguishable from a random direction';
  return `At epoch ${last.epoch} (train accuracy ${(last.trainAccuracy * 100).toFixed(0)} %, test ${(last.testAccuracy * 100).toFixed(0)} %) the mean ρ_g at training points is ${v.toFixed(3)}, ${where} [${r.nullLo.toFixed(4)}, ${r.nullHi.toFixed(4)}].`;
}
