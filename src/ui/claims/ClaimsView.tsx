import { useApp } from '../../store/appStore';
import { presetById } from '../../store/presets';
import type { ComponentType } from 'react';
import type { ClaimsRun } from '../../engine/claimsTypes';
import { AdvTrainingImages } from './AdvTrainingImages';
import { AdvTrainingToy } from './AdvTrainingToy';
import { AlignmentImages } from './AlignmentImages';
import { AlignmentToy } from './AlignmentToy';
import { ClaimSection } from './ClaimSection';
import { ParadoxImages } from './ParadoxImages';
import { ParadoxToy } from './ParadoxToy';

/** The claims in the order the page shows them, each with its toy and its image experiment. */
const CLAIMS: [ClaimsRun, ComponentType, ComponentType][] = [
  ['advtrain', AdvTrainingToy, AdvTrainingImages],
  ['paradox', ParadoxToy, ParadoxImages],
  ['align', AlignmentToy, AlignmentImages],
];

/**
 * The remaining claims of the DMM put to the test: adversarial training, the
 * mislabelled-data paradox and gradient alignment. Each runs on a toy ((a) and (b) the toy
 * scene of the Toys view with its network, (c) its own plane-in-R^n toy) or, by its data
 * choice, on a shipped image set with the Image lab's models.
 */
export default function ClaimsView() {
  const dataset = useApp((s) => s.dataset);
  const preset = useApp((s) => s.settings.preset);
  return (
    <main className="claims-view" data-testid="claims-view">
      <p className="claims-intro">
        Each experiment has a data choice. On the toy, (a) and (b) run on the current toy scene of the Toys view
        {dataset ? ` (${presetById(preset)?.label ?? 'a custom scene'}, ${dataset.count} points)` : ''} with its network and optimiser
        (change the scene there) and (c) on its own plane-in-Rⁿ toy. On MNIST 14×14, MNIST 28×28 or Fashion-MNIST 14×14 they use the Image
        lab&apos;s shipped images, classifier and autoencoders, with a time estimate before each run. All train their own networks in the
        engine and leave the Toys run untouched.
      </p>
      {CLAIMS.map(([run, Toy, Images]) => (
        <ClaimSection key={run} run={run} toy={<Toy />} images={<Images />} />
      ))}
    </main>
  );
}
