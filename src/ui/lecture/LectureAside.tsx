import { live } from '../../store/liveData';
import { DimpleBars } from '../DimpleBars';
import { LineChart } from '../LineChart';
import { LiveReadout } from '../LiveReadout';

const readClinging = () => [live.clinging.epoch, live.clinging.value];

/**
 * The right column during the lecture: only what the steps speak of, from the top (the live
 * readout, the dimple depths D_i, clinging C(t)), so it is visible at projector size.
 */
export function LectureAside() {
  return (
    <aside className="panel charts-panel lecture-aside" aria-label="Measurements" data-testid="lecture-aside">
      <LiveReadout />
      <DimpleBars />
      <LineChart
        testId="chart-clinging"
        title="Clinging C(t)"
        help="Mean normal distance from the manifold to the boundary over a grid on M, capped at the view box (docs/science.md §6)."
        read={readClinging}
        series={[{ label: 'C', color: '#16a085' }]}
        yRange={[0, 0.52]}
      />
    </aside>
  );
}
