import { useApp } from '../store/appStore';
import { LineChart } from './LineChart';
import { liveChart } from './liveChartSpecs';
import { DimpleBars } from './DimpleBars';
import { LiveReadout } from './LiveReadout';
import { PresetDescription } from './PresetPicker';
import { AttackPanel } from './attack/AttackPanel';

/** Right panel: live readout and charts of loss, accuracy, clinging C(t) and dimple depths. */
export function ChartsPanel() {
  const hideAttack = useApp((s) => s.hidden.includes('attack'));
  return (
    <aside className="panel charts-panel" aria-label="Measurements">
      <PresetDescription />
      <LiveReadout />
      {!hideAttack && <AttackPanel />}
      <LineChart {...liveChart('loss')} />
      <LineChart {...liveChart('accuracy')} />
      <LineChart {...liveChart('clinging')} />
      <DimpleBars />
    </aside>
  );
}
