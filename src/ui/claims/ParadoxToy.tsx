import type { TargetRule } from '../../core/experiments/paradox';
import type { ParadoxOutcome, ParadoxRequest } from '../../engine/claimsTypes';
import type { Dataset } from '../../core/datasets/types';
import type { FieldSpec, SelectFieldSpec } from './ClaimFields';
import { ClaimPanel } from './ClaimPanel';
import { normField, numberFields } from './claimFieldSpecs';
import { ExportButtons } from './ExportButtons';
import { N2_COLOR, ParadoxCanvas } from './ParadoxCanvas';
import { paradoxCsv, paradoxPointsTable, toCsv } from './claimsExport';
import { ClaimVerdict } from './ClaimVerdict';

const STEPS = [
  { stage: 'training N1', text: 'Train N1 on the toy data (stop rule of docs/science.md §2 or the epoch cap)' },
  { stage: 'targeted PGD toward the wrong class', text: 'Move every training point by targeted PGD on N1 toward the wrong class' },
  { stage: 'training N2 on the mislabelled points', text: 'Train a fresh N2 only on those points, labelled with the wrong class' },
  { stage: 'test', text: 'Test N2 on clean held-out points with their true labels' },
];

const TARGETS_BINARY = [
  { value: 'other', label: 'the other class' },
  { value: 'random', label: 'random other (≥3 classes)' },
  { value: 'next', label: 'y+1 mod K (≥3 classes)' },
];

const targetField = (multiclass: boolean): SelectFieldSpec<ParadoxRequest> => ({
  id: 'target',
  label: 'target',
  help: 'Which wrong class: binary data always take the other class; with more classes a random other class, or y+1 mod K as in Ilyas et al.',
  options: multiclass ? TARGETS_BINARY.slice(1).map((o) => ({ ...o, label: o.label.replace(' (≥3 classes)', '') })) : TARGETS_BINARY,
  get: (p) => p.target,
  put: (v) => ({ target: v as TargetRule }),
});

const NUMBERS = numberFields<ParadoxRequest>('paradox');

const fieldsOf = (multiclass: boolean): FieldSpec<ParadoxRequest>[] => [
  NUMBERS[0],
  normField('PGD-L2 or PGD-L∞'),
  NUMBERS[1],
  targetField(multiclass),
  ...NUMBERS.slice(2),
];

/** (b) The mislabelled-data paradox as a guided experiment on the current toy, its steps listed as they run. */
export function ParadoxToy() {
  return (
    <ClaimPanel
      run="paradox"
      fields={(st) => fieldsOf((st.dataset?.numClasses ?? 2) > 2)}
      beforeRun={(st) => <StepsList running={st.running} stage={st.stage} finished={st.result !== null} />}
      result={(r, st) => st.dataset && <ParadoxToyResult r={r} dataset={st.dataset} />}
    />
  );
}

/** The four steps of the paradox, the current one highlighted while it runs. */
function StepsList({ running, stage, finished }: { running: boolean; stage: string; finished: boolean }) {
  const current = STEPS.findIndex((s) => s.stage === stage);
  return (
    <ol className="claims-steps" data-testid="paradox-steps-list">
      {STEPS.map((s, i) => (
        <li
          key={s.stage}
          className={running && i === current ? 'active' : (running && i < current) || (!running && finished) ? 'done' : ''}
        >
          {s.text}
        </li>
      ))}
    </ol>
  );
}

function ParadoxToyResult({ r, dataset }: { r: ParadoxOutcome; dataset: Dataset }) {
  return (
    <>
      <ParadoxResult r={r} />
      {dataset.n <= 3 && (
        <div className="claims-paradox-view">
          <ParadoxCanvas dataset={dataset} result={r} />
          <p className="muted">
            Large points: the clean training data; small points: N2&apos;s training set (moved by PGD, coloured by the wrong label it was
            given). {dataset.n === 3 ? 'Height-coloured surface: N1’s boundary' : 'Heat map and black curve: N1’s p(class 1) and boundary'};{' '}
            <span style={{ color: N2_COLOR }}>purple: N2&apos;s boundary</span>.
          </p>
        </div>
      )}
    </>
  );
}

function ParadoxResult({ r }: { r: ParadoxOutcome }) {
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
  /** A difference of two accuracies, in percentage points (not a relative %). */
  const pp = (v: number) => `${(v * 100).toFixed(1)} percentage points`;
  const above = r.n2TestAccuracy - Math.max(r.chance, r.majority);
  return (
    <>
      <table className="claims-table" data-testid="paradox-table">
        <tbody>
          <tr title="N2 on clean held-out points with their true labels: the paradox">
            <th>N2 clean test accuracy</th>
            <td data-testid="paradox-n2-clean">
              <b>{pct(r.n2TestAccuracy)}</b> on {r.testCount} points
            </td>
          </tr>
          <tr title="1/K, and the share of the most frequent test label">
            <th>chance · majority</th>
            <td>
              {pct(r.chance)} · {pct(r.majority)}
            </td>
          </tr>
          <tr title="N2 on its own training set (adversarial points, wrong labels)">
            <th>N2 on its mislabelled set</th>
            <td data-testid="paradox-n2-own">{pct(r.n2MislabelledAccuracy)}</td>
          </tr>
          <tr title="N2 on the clean training points with their true labels">
            <th>N2 on the clean training points</th>
            <td>{pct(r.n2CleanTrainAccuracy)}</td>
          </tr>
          <tr title="N1's accuracy on the training points and on the held-out points">
            <th>N1 train · test</th>
            <td>
              {pct(r.n1TrainAccuracy)} · {pct(r.n1TestAccuracy)}
            </td>
          </tr>
          <tr title="Share of moved points N1 gives their target class, and their mean perturbation norm">
            <th>attack success · mean |δ|</th>
            <td>
              {pct(r.attackSuccess)} · {r.meanPerturbation.toFixed(3)}
            </td>
          </tr>
          <tr title="Epochs N2 trained (stop rule or cap)">
            <th>N2 epochs</th>
            <td>{r.n2Epochs}</td>
          </tr>
        </tbody>
      </table>
      <ClaimVerdict testId="paradox-verdict">
        {above > 0.1
          ? `N2 classifies clean points ${pp(above)} above the better of chance and majority, although it never saw a correctly labelled point: the paradox reproduces here.`
          : `N2 is within ${pp(Math.abs(above))} of chance/majority on clean points: on this toy and setting the paradox does not reproduce (N2 learned the mislabelled points, not the clean structure).`}
      </ClaimVerdict>
      <ExportButtons
        run="paradox"
        stem="paradox"
        csv={{ summary: () => paradoxCsv(r), points: () => toCsv(paradoxPointsTable(r)) }}
        json={r}
      />
    </>
  );
}
