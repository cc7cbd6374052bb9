import { live } from '../store/liveData';
import type { LineChartProps } from './LineChart';

type LiveChart = 'loss' | 'accuracy' | 'clinging';

/** What each chart reads from the toys' live data: [epochs, values]. */
const READ: Record<LiveChart, () => number[][]> = {
  loss: () => [live.curve.epoch, live.curve.loss],
  accuracy: () => [live.curve.epoch, live.curve.accuracy],
  clinging: () => [live.clinging.epoch, live.clinging.value],
};

const CLINGING_HELP =
  'Mean normal distance from the manifold to the boundary over a grid on M, capped at the view box (docs/science.md §6).';

/** Title, tooltip, line colour, y scale and series label (default: the chart's name) of each chart. */
const LOOK: Record<LiveChart, Omit<LineChartProps, 'testId' | 'read' | 'series'> & { color: string; label?: string }> = {
  loss: { title: 'Loss', help: 'Training loss per epoch (log scale).', color: '#c0392b', logY: true },
  accuracy: { title: 'Training accuracy', help: 'Share of training points classified correctly.', color: '#1b6fd8', yRange: [0, 1.02] },
  clinging: {
    title: 'Clinging C(t)',
    help: `${CLINGING_HELP} A fast early fall is the clinging phase.`,
    label: 'C',
    color: '#16a085',
    yRange: [0, 0.52],
  },
};

/** The props of one of the toys' live charts (test id `chart-${name}`). */
export function liveChart(name: LiveChart): LineChartProps {
  const { label = name, color, ...look } = LOOK[name];
  return {
    ...look,
    testId: `chart-${name}`,
    read: READ[name],
    series: [{ label, color }],
    empty: 'No training steps yet: start the run to draw it.',
  };
}

/** The lecture column's C(t) chart: the same chart, its tooltip without the phase reading. */
export const LECTURE_CLINGING_CHART: LineChartProps = { ...liveChart('clinging'), help: CLINGING_HELP };
