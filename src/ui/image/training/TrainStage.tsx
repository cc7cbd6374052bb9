import { Notices } from '../../Notices';
import { DigitSliceView } from './DigitSliceView';
import { SliceEpochPanels } from './SliceEpochPanels';
import { TrainingTimeline } from './TrainingTimeline';
import { UseTrainedBar } from './UseTrainedBar';

/** Train mode's middle column: the live slice, its timeline and epoch panels, and what to do with the network. */
export function TrainStage() {
  return (
    <main className="stage image-stage train-stage" data-testid="train-stage">
      <DigitSliceView />
      <TrainingTimeline />
      <SliceEpochPanels />
      <UseTrainedBar />
      <Notices scope="image" />
    </main>
  );
}
