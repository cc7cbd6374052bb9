import type { DimpleSummary } from '../../core/experiments/dimpleComparison';
import type { AdvTrainingOutcome, AdvTrainingRequest } from '../../engine/claimsTypes';
import type { Dataset } from '../../core/datasets/types';
import type { FieldSpec } from './ClaimFields';
import { ClaimPanel } from './ClaimPanel';
import { ClaimsCanvas } from './ClaimsCanvas';
import { normField, numberFields } from './claimFieldSpecs';
import { DimpleCompare } from './DimpleCompare';
import { ExportButtons } from './ExportButtons';
import { advDimplesTable, advSummaryCsv, toCsv } from './claimsExport';
import { ClaimVerdict } from './ClaimVerdict';
import { verdict } from './advTrainingVerdict';

const FIELDS: FieldSpec<AdvTrainingRequest>[] = [
  ...numberFields<AdvTrainingRequest>('advtrain').slice(0, 1),
  normField('PGD-L2 (a ball of radius ε) or PGD-L∞ (a cube of half-side ε)'),
  ...numberFields<AdvTrainingRequest>('advtrain').slice(1),
];

/** (a) Standard vs adversarial training from the same init on the current toy: C, D_i, both boundaries. */
export function AdvTrainingToy() {
  return <ClaimPanel run="advtrain" fields={FIELDS} result={(r, st) => st.dataset && <AdvToyResult r={r} dataset={st.dataset} />} />;
}

function AdvToyResult({ r, dataset }: { r: AdvTrainingOutcome; dataset: Dataset }) {
  return (
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
      {dataset.n <= 3 && (
        <div className="claims-pair claims-thumbs">
          <ClaimsCanvas
            dataset={dataset}
            boundary={r.standard.boundary.boundary}
            title="The boundary of the standard network"
            testId="advtrain-thumb-standard"
          />
          <ClaimsCanvas
            dataset={dataset}
            boundary={r.adversarial.boundary.boundary}
            title="The boundary of the adversarially trained network"
            testId="advtrain-thumb-adversarial"
          />
        </div>
      )}
      <DimpleCompare standard={r.standard.dimples} adversarial={r.adversarial.dimples} eps={r.request.eps} />
      <ClaimVerdict testId="advtrain-verdict">{verdict(r)}</ClaimVerdict>
      <ExportButtons
        run="advtrain"
        stem="adversarial-training"
        csv={{ summary: () => advSummaryCsv(r), dimples: () => toCsv(advDimplesTable(r, dataset.points, dataset.labels)) }}
        json={r}
      />
    </>
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
