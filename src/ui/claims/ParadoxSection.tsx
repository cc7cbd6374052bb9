import type { ParadoxOutcome } from '../../engine/claimsTypes';
import { ClaimsNumber, ClaimsSelect } from './ClaimsNumber';
import { ExportButtons } from './ExportButtons';
import { N2_COLOR, ParadoxCanvas } from './ParadoxCanvas';
import { RunBar } from './RunBar';
import { paradoxCsv, paradoxPointsTable, toCsv, toJson } from './claimsExport';
import { setClaimsParams, useClaims } from '../../store/claimsStore';
import { PARADOX_TEXT } from './claimsText';

const STEPS = [
  { stage: 'training N1', text: 'Train N1 on the toy data (stop rule of docs/science.md §2 or the epoch cap)' },
  { stage: 'targeted PGD toward the wrong class', text: 'Move every training point by targeted PGD on N1 toward the wrong class' },
  { stage: 'training N2 on the mislabelled points', text: 'Train a fresh N2 only on those points, labelled with the wrong class' },
  { stage: 'test', text: 'Test N2 on clean held-out points with their true labels' },
];

/** (b) The mislabelled-data paradox as a guided experiment. */
export function ParadoxSection() {
  const st = useClaims((s) => s.paradox);
  const p = st.params;
  const set = (patch: Partial<typeof p>) => setClaimsParams('paradox', patch);
  const off = st.running;
  const r = st.result;
  const current = STEPS.findIndex((s) => s.stage === st.stage);
  const multiclass = (st.dataset?.numClasses ?? 2) > 2;
  return (
    <section className="claims-card" data-testid="claims-paradox">
      <h2>The mislabelled-data paradox (Ilyas et al. 2019)</h2>
      <p>{PARADOX_TEXT}</p>
      <div className="claims-controls">
        <ClaimsNumber
          label="ε"
          help="Budget of the targeted PGD attack that moves each training point toward the wrong class"
          value={p.eps}
          min={0.001}
          max={1}
          step={0.01}
          onChange={(eps) => set({ eps })}
          testId="paradox-eps"
          disabled={off}
        />
        <ClaimsSelect
          label="norm"
          help="PGD-L2 or PGD-L∞"
          value={p.norm ?? 'L2'}
          options={[
            { value: 'L2', label: 'L2' },
            { value: 'Linf', label: 'L∞' },
          ]}
          onChange={(norm) => set({ norm })}
          testId="paradox-norm"
          disabled={off}
        />
        <ClaimsNumber
          label="PGD steps"
          help="PGD iterations per point (step 2.5 ε / steps, random start, no early stop)"
          value={p.steps ?? 20}
          min={1}
          max={100}
          step={1}
          onChange={(steps) => set({ steps })}
          testId="paradox-steps"
          disabled={off}
        />
        <ClaimsSelect
          label="target"
          help="Which wrong class: binary data always take the other class; with more classes a random other class, or y+1 mod K as in Ilyas et al."
          value={p.target}
          options={
            multiclass
              ? [
                  { value: 'random', label: 'random other' },
                  { value: 'next', label: 'y+1 mod K' },
                ]
              : [
                  { value: 'other', label: 'the other class' },
                  { value: 'random', label: 'random other (≥3 classes)' },
                  { value: 'next', label: 'y+1 mod K (≥3 classes)' },
                ]
          }
          onChange={(target) => set({ target })}
          testId="paradox-target"
          disabled={off}
        />
        <ClaimsNumber
          label="epoch cap"
          help="Most epochs for N1 and for N2; each stops earlier once every point is on its side with margin > the target (docs/science.md §2)"
          value={p.epochs}
          min={1}
          max={5000}
          step={100}
          onChange={(epochs) => set({ epochs })}
          testId="paradox-epochs"
          disabled={off}
        />
        <ClaimsNumber
          label="test points"
          help="Clean held-out points (same manifold and label pattern, random layout, another seed) to test N2 on"
          value={p.testCount ?? 500}
          min={10}
          max={5000}
          step={100}
          onChange={(testCount) => set({ testCount })}
          testId="paradox-test-count"
          disabled={off}
        />
      </div>
      <ol className="claims-steps" data-testid="paradox-steps-list">
        {STEPS.map((s, i) => (
          <li
            key={s.stage}
            className={st.running && i === current ? 'active' : (st.running && i < current) || (!st.running && r) ? 'done' : ''}
          >
            {s.text}
          </li>
        ))}
      </ol>
      <RunBar
        run="paradox"
        label="Run the paradox"
        help="Train N1, attack every training point toward the wrong class, train N2 only on those, and test N2 on clean points (current toy data and network)"
      />
      {r && st.dataset && <ParadoxResult r={r} />}
      {r && st.dataset && st.dataset.n <= 3 && (
        <div className="claims-paradox-view">
          <ParadoxCanvas dataset={st.dataset} result={r} />
          <p className="muted">
            Large points: the clean training data; small points: N2&apos;s training set (moved by PGD, coloured by the wrong label it was
            given).{' '}
            {st.dataset.n === 3 ? 'Height-coloured surface: N1’s boundary' : 'Heat map and black curve: N1’s p(class 1) and boundary'};{' '}
            <span style={{ color: N2_COLOR }}>purple: N2&apos;s boundary</span>.
          </p>
        </div>
      )}
    </section>
  );
}

function ParadoxResult({ r }: { r: ParadoxOutcome }) {
  const pct = (v: number) => `${(v * 100).toFixed(1)} %`;
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
      <p className="claims-verdict" data-testid="paradox-verdict">
        {above > 0.1
          ? `N2 classifies clean points ${pct(above)} above the better of chance and majority, although it never saw a correctly labelled point: the paradox reproduces here.`
          : `N2 is within ${pct(Math.abs(above))} of chance/majority on clean points: on this toy and setting the paradox does not reproduce (N2 learned the mislabelled points, not the clean structure).`}
      </p>
      <ExportButtons
        testId="paradox-export"
        files={[
          {
            label: 'CSV summary',
            name: 'paradox-summary.csv',
            type: 'text/csv',
            text: () => paradoxCsv(r),
            help: 'The accuracies, attack success and chance',
          },
          {
            label: 'CSV points',
            name: 'paradox-points.csv',
            type: 'text/csv',
            text: () => toCsv(paradoxPointsTable(r)),
            help: "N2's training set: each adversarial point with its true and its wrong label",
          },
          {
            label: 'JSON',
            name: 'paradox.json',
            type: 'application/json',
            text: () => toJson(r),
            help: 'Everything: request, numbers, adversarial points, boundaries',
          },
        ]}
      />
    </>
  );
}
