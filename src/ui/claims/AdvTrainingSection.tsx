import type { DimpleSummary } from '../../core/experiments/dimpleComparison';
import type { AdvTrainingOutcome } from '../../engine/claimsTypes';
import { ClaimsCanvas } from './ClaimsCanvas';
import { ClaimsNumber, ClaimsSelect } from './ClaimsNumber';
import { DimpleCompare } from './DimpleCompare';
import { ExportButtons } from './ExportButtons';
import { RunBar } from './RunBar';
import { advDimplesTable, advSummaryCsv, toCsv, toJson } from './claimsExport';
import { setClaimsParams, useClaims } from '../../store/claimsStore';
import { ADV_TEXT } from './claimsText';

/** (a) Standard vs adversarial training on the current toy: boundaries, D_i and C side by side. */
export function AdvTrainingSection() {
  const st = useClaims((s) => s.advtrain);
  const p = st.params;
  const set = (patch: Partial<typeof p>) => setClaimsParams('advtrain', patch);
  const off = st.running;
  const r = st.result;
  return (
    <section className="claims-card" data-testid="claims-advtrain">
      <h2>Adversarial training: do the dimples deepen while the boundary keeps clinging?</h2>
      <p>{ADV_TEXT.predicts}</p>
      <div className="claims-controls">
        <ClaimsNumber
          label="ε"
          help="Attack budget in the chosen norm: how far PGD may move each training point (view-box units)"
          value={p.eps}
          min={0.001}
          max={1}
          step={0.01}
          onChange={(eps) => set({ eps })}
          testId="advtrain-eps"
          disabled={off}
        />
        <ClaimsSelect
          label="norm"
          help="PGD-L2 (a ball of radius ε) or PGD-L∞ (a cube of half-side ε)"
          value={p.norm}
          options={[
            { value: 'L2', label: 'L2' },
            { value: 'Linf', label: 'L∞' },
          ]}
          onChange={(norm) => set({ norm })}
          testId="advtrain-norm"
          disabled={off}
        />
        <ClaimsNumber
          label="PGD steps"
          help="PGD iterations per adversarial example (step size 2.5 ε / steps, random start)"
          value={p.steps}
          min={1}
          max={100}
          step={1}
          onChange={(steps) => set({ steps })}
          testId="advtrain-steps"
          disabled={off}
        />
        <ClaimsNumber
          label="mix"
          help="Share of every batch replaced by adversarial examples of the current network (0 = standard training, 1 = only adversarial)"
          value={p.mix}
          min={0}
          max={1}
          step={0.1}
          onChange={(mix) => set({ mix })}
          testId="advtrain-mix"
          disabled={off}
        />
        <ClaimsNumber
          label="epochs"
          help="Epochs for each of the two networks (same init, data and batches)"
          value={p.epochs}
          min={1}
          max={5000}
          step={50}
          onChange={(epochs) => set({ epochs })}
          testId="advtrain-epochs"
          disabled={off}
        />
      </div>
      <RunBar
        run="advtrain"
        label="Train both"
        help="Train a standard and an adversarially trained network from the same init on the current toy data (the network and optimiser of the Toys view)"
      />
      {r && st.dataset && (
        <>
          <div className="claims-pair">
            <Arm title="Standard training" s={r.standard} r={r} testId="standard" />
            <Arm
              title={`Adversarial training (${r.request.norm === 'L2' ? 'L2' : 'L∞'}, ε = ${r.request.eps})`}
              s={r.adversarial}
              r={r}
              testId="adversarial"
            />
          </div>
          {st.dataset.n <= 3 && (
            <div className="claims-pair claims-thumbs">
              <ClaimsCanvas
                dataset={st.dataset}
                boundary={r.standard.boundary.boundary}
                title="The boundary of the standard network"
                testId="advtrain-thumb-standard"
              />
              <ClaimsCanvas
                dataset={st.dataset}
                boundary={r.adversarial.boundary.boundary}
                title="The boundary of the adversarially trained network"
                testId="advtrain-thumb-adversarial"
              />
            </div>
          )}
          <DimpleCompare standard={r.standard.dimples} adversarial={r.adversarial.dimples} eps={r.request.eps} />
          <p className="claims-verdict" data-testid="advtrain-verdict">
            {verdict(r)}
          </p>
          <ExportButtons
            testId="advtrain-export"
            files={[
              {
                label: 'CSV summary',
                name: 'adversarial-training-summary.csv',
                type: 'text/csv',
                text: () => advSummaryCsv(r),
                help: 'C, median |D_i|, share |D_i| ≥ ε and accuracy at init and after each arm',
              },
              {
                label: 'CSV D_i',
                name: 'adversarial-training-dimples.csv',
                type: 'text/csv',
                text: () => toCsv(advDimplesTable(r, st.dataset!.points, st.dataset!.labels)),
                help: 'D_i per training point at init, after standard and after adversarial training',
              },
              {
                label: 'JSON',
                name: 'adversarial-training.json',
                type: 'application/json',
                text: () => toJson(r),
                help: 'Everything: request, summaries, per-epoch history, boundaries',
              },
            ]}
          />
        </>
      )}
      <p className="muted">{ADV_TEXT.measured}</p>
      <p className="muted">{ADV_TEXT.critique}</p>
    </section>
  );
}

function Arm({ title, s, r, testId }: { title: string; s: DimpleSummary; r: AdvTrainingOutcome; testId: string }) {
  return (
    <div className="claims-arm" data-testid={`advtrain-arm-${testId}`}>
      <b>{title}</b>
      <span title="Clinging C: mean normal distance from the manifold to the boundary (docs/science.md §6); at init it was the first value">
        C = <b data-testid={`advtrain-c-${testId}`}>{s.clinging.toFixed(3)}</b>{' '}
        <span className="muted">(init {r.before.clinging.toFixed(3)})</span>
      </span>
      <span title="Median |D_i| over the training points, and the share of points whose dimple is at least ε deep">
        median |D_i| = <b data-testid={`advtrain-d-${testId}`}>{s.medianAbsD.toFixed(3)}</b> · |D_i| ≥ ε:{' '}
        {(s.fracAtLeastEps * 100).toFixed(0)} %
      </span>
      <span className="muted">train accuracy {(s.accuracy * 100).toFixed(0)} %</span>
    </div>
  );
}

function verdict(r: AdvTrainingOutcome): string {
  const { standard: s, adversarial: a, request } = r;
  const deeper = a.medianAbsD > s.medianAbsD;
  const cRatio = a.clinging / Math.max(1e-9, s.clinging);
  return `Measured: median |D_i| ${deeper ? 'rose' : 'did not rise'} from ${s.medianAbsD.toFixed(3)} to ${a.medianAbsD.toFixed(3)} (ε = ${request.eps}); C went from ${s.clinging.toFixed(3)} to ${a.clinging.toFixed(3)} (×${cRatio.toFixed(1)}). ${
    cRatio > 1.5
      ? 'C grew clearly: here the boundary moved away from the manifold as a whole, not only around the points, which the DMM does not predict.'
      : 'C stayed about the same: the boundary still clings, as the DMM predicts.'
  }`;
}
