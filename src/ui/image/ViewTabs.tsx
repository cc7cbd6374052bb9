import { useCallback, useEffect, useState } from 'react';
import { formatFragment, parseFragment, type View } from '../../store/sceneLink';
import { TabButtons, type TabSpec } from '../TabButtons';

export type { View };

const viewOfHash = (): View => parseFragment(window.location.hash).view;

/** Which view is open; '#image' / '#claims' in the link (or a later hash change) open them; the fragment's points stay. */
export function useView(): [View, (v: View) => void] {
  const [view, setView] = useState<View>(viewOfHash);
  useEffect(() => {
    const onHash = () => setView(viewOfHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  const change = useCallback((v: View) => {
    setView(v);
    const { points } = parseFragment(window.location.hash);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${formatFragment({ view: v, points })}`);
  }, []);
  return [view, change];
}

/** The top bar's views, in order: the tab's label, tooltip and test id come from here. */
const VIEW_TABS: readonly TabSpec<View>[] = [
  { id: 'toys', label: 'Toys', help: 'Toy manifolds: watch the boundary cling and dimple while a small network trains' },
  {
    id: 'image',
    label: 'Image lab',
    help: "Image lab: MNIST digits at 14×14 or the paper's 28×28, an autoencoder manifold, attacks as images and a 3-D slice, Experiments A+B (docs/science.md §3)",
  },
  {
    id: 'claims',
    label: 'Claims',
    help: 'The remaining claims put to the test on the toys: adversarial training, the mislabelled-data paradox, gradient alignment over training (docs/science.md §1, §6)',
  },
];

/** Toys | Image lab | Claims switch in the top bar. */
export function ViewTabs({ view, onChange }: { view: View; onChange: (v: View) => void }) {
  return (
    <div className="view-tabs" role="tablist">
      <TabButtons tabs={VIEW_TABS} selected={view} onSelect={onChange} testIdPrefix="tab-" />
    </div>
  );
}
