import type { ImageParadoxOutcome, ImageParadoxRequest } from '../../engine/claimsImageTypes';
import type { SelectFieldSpec } from './ClaimFields';
import { ClaimPanel } from './ClaimPanel';
import { ExportButtons } from './ExportButtons';
import { ResultTable } from './ResultTable';
import { imageFields, normField } from './claimFieldSpecs';
import { toCsv } from './claimsExport';
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
  return <ClaimPanel run="paradoxImages" fields={FIELDS} result={(r) => <ParadoxImagesResult r={r} />} />;
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
      <ExportButtons run="paradoxImages" stem={`paradox-${dataset}`} csv={{ table: () => toCsv(r.table) }} json={r} />
    </>
  );
}
