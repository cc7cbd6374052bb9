import type { ReactNode } from 'react';
import { IMAGE_DATASET_IDS, IMAGE_DATASET_LABELS, type ImageDatasetId } from '../../core/datasets/mnist14';
import type { ClaimsRun } from '../../engine/claimsTypes';
import { IMAGE_SLOT, setClaimsParams, setClaimsSource, useClaims } from '../../store/claimsStore';
import { ClaimsSelect } from './ClaimsNumber';
import TEXT from './claimsText.json';

/** A claim's title, what it tests (docs/science.md §1, §4–§6), and what "the toy" is for it (default: the Toys view's scene). */
interface SectionText {
  title: string;
  intro: string;
  toyHelp?: string;
  /** What T is for each data source; replaces {tangent} in the intro (the words must fit the data chosen). */
  tangent?: Record<'toy' | 'images', string>;
}
const SECTIONS: Record<ClaimsRun, SectionText> = TEXT.sections;

type DataChoice = 'toy' | ImageDatasetId;

const OPTIONS: { value: DataChoice; label: string }[] = [
  { value: 'toy', label: 'the toy scene' },
  ...IMAGE_DATASET_IDS.map((id) => ({ value: id, label: `${IMAGE_DATASET_LABELS[id]} (shipped data and models)` })),
];

/**
 * The card of one claim: its title and explanation (claimsText.json), the data it runs on (the
 * toy as the Toys view has it, or a shipped image set), then the toy or the image version of
 * the experiment.
 */
export function ClaimSection({ run, toy, images }: { run: ClaimsRun; toy: ReactNode; images: ReactNode }) {
  const { title, intro: introText, toyHelp = TEXT.toysViewScene, tangent } = SECTIONS[run];
  const source = useClaims((s) => s.source[run]);
  const imageSlot = useClaims((s) => s[IMAGE_SLOT[run]]);
  const busy = useClaims((s) => s[run].running) || imageSlot.running;
  const intro = introText.replace('{tangent}', tangent?.[source] ?? '');
  const value: DataChoice = source === 'toy' ? 'toy' : imageSlot.params.dataset;
  const choose = (v: DataChoice) => {
    if (v === 'toy') return setClaimsSource(run, 'toy');
    setClaimsParams(IMAGE_SLOT[run], { dataset: v });
    setClaimsSource(run, 'images');
  };
  return (
    <section className="claims-card" data-testid={`claims-${run}`}>
      <h2>{title}</h2>
      <p>{intro}</p>
      <div className="claims-controls">
        <ClaimsSelect
          label="data"
          help={`What to run on: ${toyHelp}; or a shipped image set (its images in [0, 1], the Image lab's classifier and autoencoders; fresh networks are trained in the engine)`}
          value={value}
          options={OPTIONS}
          onChange={choose}
          testId={`${run}-data`}
          disabled={busy}
        />
      </div>
      {source === 'toy' ? toy : images}
    </section>
  );
}
