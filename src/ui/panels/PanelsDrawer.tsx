import { AblationPanels } from './AblationPanels';
import { EpochPanels } from './EpochPanels';
import { openDrawer, usePanels, type DrawerTab } from '../../store/panelsStore';
import { TabButtons, type TabSpec } from '../TabButtons';

const TABS: readonly TabSpec<DrawerTab>[] = [
  {
    id: 'epochs',
    label: 'Epoch panels',
    help: "The paper figure's panels side by side from the recorded timeline (2-D: init, 10, 20, 30, 100; 3-D: init, 10, 30, 100, 200)",
  },
  {
    id: 'ablation',
    label: 'Init & weight-decay ablation',
    help: 'Standard vs smaller init vs weight decay on the current data (Melamed et al. 2023)',
  },
];

/** Side-by-side views under the main view: the paper's epoch panels, or the ablation. */
export function PanelsDrawer() {
  const drawer = usePanels((s) => s.drawer);
  if (!drawer) return null;
  return (
    <section className="panels-drawer" aria-label="Side-by-side panels" data-testid="panels-drawer">
      <div className="panels-tabs" role="tablist">
        <TabButtons tabs={TABS} selected={drawer} onSelect={openDrawer} testIdPrefix="panels-tab-" />
        <button
          className="close"
          onClick={() => openDrawer(null)}
          title="Close the panels"
          aria-label="Close the panels"
          data-testid="panels-close"
        >
          ×
        </button>
      </div>
      {drawer === 'epochs' ? <EpochPanels /> : <AblationPanels />}
    </section>
  );
}

/** Top-bar toggle for the drawer. */
export function PanelsButton() {
  const open = usePanels((s) => s.drawer !== null);
  return (
    <button
      className={open ? 'active' : ''}
      onClick={() => openDrawer(open ? null : 'epochs')}
      title="Epoch panels and the init / weight-decay ablation, side by side (P)"
      data-testid="panels-toggle"
    >
      ▦ Panels
    </button>
  );
}
