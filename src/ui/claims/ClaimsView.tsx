import { useApp } from '../../store/appStore';
import { AdvTrainingSection } from './AdvTrainingSection';
import { AlignmentSection } from './AlignmentSection';
import { ParadoxSection } from './ParadoxSection';

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
        {dataset ? ` (${dataset.manifold.kind}, ${dataset.count} points, preset "${preset}")` : ''} with its network and optimiser (change
        the scene there) and (c) on its own plane-in-Rⁿ toy. On MNIST 14×14, MNIST 28×28 or Fashion-MNIST 14×14 they use the Image
        lab&apos;s shipped images, classifier and autoencoders, with a time estimate before each run. All train their own networks in the
        engine and leave the Toys run untouched.
      </p>
      <AdvTrainingSection />
      <ParadoxSection />
      <AlignmentSection />
    </main>
  );
}
