import type { ImageParadoxOutcome, ImageParadoxRequest } from '../../engine/claimsImageTypes';
import type { SelectFieldSpec } from './ClaimFields';
import { ClaimPanel } from './ClaimPanel';
import { ExportButtons } from './ExportButtons';
import { ResultTable } from './ResultTable';
import { imageFields, normField } from './claimFieldSpecs';
import { toCsv, toJson } from './claimsExport';
import { PARADOX_IMAGES_TEXT } from './claimsText';
import { ClaimVerdict } from './ClaimVerdict';

const TARGETS: SelectFieldSpec<ImageParadoxRequest> = {
  id: 'targets',
  label: 'targets',
  help: 'The wrong class each image is pushed toward: a random other class, y+1 mod 10 (Ilyas et al.), or both (one N2 each)',
  options: [
    { value: 'random,next', label: 'random and y+1' },
    { value: 'random', label: 'random other' },
    { value: 'next', label: 'y+1 mod 10' },
  ],
  get: (p) => p.targets.join(','),
  put: (v) => ({ targets: v.split(',') as ImageParadoxRequest['targets'] }),
};

const FIELDS = imageFields<ImageParadoxRequest>('paradoxImages', [normField('PGD-L2 or PGD-L∞'), TARGETS]);

/** (b) on images: N1 = the shipped MLP, targeted PGD toward wrong classes, a fresh N2 on the moved images. */
export function ParadoxImages() {
  return (
    <ClaimPanel
      run="paradoxImages"
      fields={FIELDS}
      prefix="paradox-images"
      label="Run the paradox on images"
      help="Attack every training image toward a wrong class on the shipped classifier, train a fresh N2 only on those, and test N2 on clean test images"
      result={(r) => <ParadoxImagesResult r={r} />}
      note={<p className="muted">{PARADOX_IMAGES_TEXT}</p>}
    />
  );
}

const pct = (v: number) => `${(v * 100).toFixed(1)} %`;

function ParadoxImagesResult({ r }: { r: ImageParadoxOutcome }) {
  const { dataset } = r.request;
  return (
    <>
      <ResultTable
        table={r.table}
        testId="paradox-images-table"
        help="Per target rule: N1's test accuracy, the attack's success and mean perturbation, N2 on clean test images (the paradox), on its own mislabelled set and on the clean training images, chance and majority"
      />
      <ClaimVerdict testId="paradox-images-verdict">
        {r.runs
          .map(({ target, numbers: n }) => {
            const above = n.n2TestAccuracy - Math.max(n.chance, n.majority);
            return `Target ${target === 'next' ? 'y+1' : 'random'}: N2 is ${pct(n.n2TestAccuracy)} correct on ${r.request.testCount} clean test images (chance ${pct(n.chance)}), ${
              above > 0.1
                ? 'well above chance although it never saw a correct label: the paradox reproduces.'
                : 'near chance: here the paradox does not reproduce.'
            }`;
          })
          .join(' ')}
      </ClaimVerdict>
      <ExportButtons
        testId="paradox-images-export"
        files={[
          {
            label: 'CSV',
            name: `paradox-${dataset}.csv`,
            type: 'text/csv',
            text: () => toCsv(r.table),
            help: 'The table above, full precision',
          },
          {
            label: 'JSON',
            name: `paradox-${dataset}.json`,
            type: 'application/json',
            text: () => toJson(r),
            help: 'Request and numbers of every target rule',
          },
        ]}
      />
    </>
  );
}
