import { useApp } from '../store/appStore';
import { live } from '../store/liveData';
import { LineChart } from './LineChart';
import { DimpleBars } from './DimpleBars';
import { LiveReadout } from './LiveReadout';
import { PresetDescription } from './PresetPicker';
import { AttackPanel } from './attack/AttackPanel';

const readLoss = () => [live.curve.epoch, live.curve.loss];
const readAccuracy = () => [live.curve.epoch, live.curve.accuracy];
const readClinging = () => [live.clinging.epoch, live.clinging.value];

/** Right panel: live readout and charts of loss, accuracy, clinging C(t) and dimple depths. */
export function ChartsPanel() {
  const hideAttack = useApp((s) => s.hidden.includes('attack'));
  return (
    <aside className="panel charts-panel" aria-label="Measurements">
      <PresetDescription />
      <LiveReadout />
      {!hideAttack && <AttackPanel />}
      <LineChart
        testId="chart-loss"
        title="Loss"
        help="Training loss per epoch (log scale)."
        read={readLoss}
        series={[{ label: 'loss', color: '#c0392b' }]}
        logY
      />
      <LineChart
        testId="chart-accuracy"
        title="Training accuracy"
        help="Share of training points classified correctly."
        read={readAccuracy}
        series={[{ label: 'accuracy', color: '#1b6fd8' }]}
        yRange={[0, 1.02]}
      />
      <LineChart
        testId="chart-clinging"
        title="Clinging C(t)"
        help="Mean normal distance from the manifold to the boundary over a grid on M, capped at the view box (docs/science.md §6). A fast early fall is the clinging phase."
        read={readClinging}
        series={[{ label: 'C', color: '#16a085' }]}
        yRange={[0, 0.52]}
      />
      <DimpleBars />
    </aside>
  );
}
