import { DimpleBars } from '../DimpleBars';
import { LineChart } from '../LineChart';
import { LECTURE_CLINGING_CHART } from '../liveChartSpecs';
import { LiveReadout } from '../LiveReadout';

/**
 * The right column during the lecture: only what the steps speak of, from the top (the live
 * readout, the dimple depths D_i, clinging C(t)), so it is visible at projector size.
 */
export function LectureAside() {
  return (
    <aside className="panel charts-panel lecture-aside" aria-label="Measurements" data-testid="lecture-aside">
      <LiveReadout />
      <DimpleBars />
      <LineChart {...LECTURE_CLINGING_CHART} />
    </aside>
  );
}
