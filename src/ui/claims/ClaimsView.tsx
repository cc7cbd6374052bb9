import { useApp } from '../../store/appStore';
import { AdvTrainingSection } from './AdvTrainingSection';
import { AlignmentSection } from './AlignmentSection';
import { ParadoxSection } from './ParadoxSection';

/**
 * The remaining claims of the DMM put to the test: adversarial training, the
 * mislabelled-data paradox and gradient alignment. (a) and (b) use the toy scene of the Toys
 * view (its points and its network); (c) its own plane-in-R^n toy.
 */
export default function ClaimsView() {
  const dataset = useApp((s) => s.dataset);
  const preset = useApp((s) => s.settings.preset);
  return (
    <main className="claims-view" data-testid="claims-view">
      <p className="claims-intro">
        Experiments (a) and (b) run on the current toy scene of the Toys view
        {dataset ? ` (${dataset.manifold.kind}, ${dataset.count} points, preset "${preset}")` : ''} with its network and optimiser; change
        the scene there. They train their own networks in the engine and leave the Toys run untouched.
      </p>
      <AdvTrainingSection />
      <ParadoxSection />
      <AlignmentSection />
    </main>
  );
}
