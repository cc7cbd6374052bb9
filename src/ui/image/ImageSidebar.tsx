import type { ReactNode } from 'react';
import { DatasetSelect } from './DatasetSelect';
import { ImageModeTabs } from './training/ImageModeTabs';

type ImageMode = 'attack' | 'train';

/** What the left column says in each mode of the Image lab. */
const SIDEBARS: Record<ImageMode, { className: string; testId: string; heading: string; datasetTitle: string; datasetTestId: string }> = {
  attack: {
    className: 'panel settings-panel image-sidebar',
    testId: 'image-sidebar',
    heading: 'Data and models',
    datasetTitle: "Which shipped test set (no download at run time); MNIST 28×28 is the paper's resolution (n = 784)",
    datasetTestId: 'image-dataset',
  },
  train: {
    className: 'panel settings-panel image-sidebar train-sidebar',
    testId: 'train-sidebar',
    heading: 'Data and manifold',
    datasetTitle: 'The shipped data set the run trains on (its training split) and is probed on (its test split)',
    datasetTestId: 'train-dataset',
  },
};

/**
 * The Image lab's left column in either mode: the Attack | Train tabs, the heading and the
 * data-set menu on top, then the mode's own controls (`children`).
 */
export function ImageSidebar({ mode, datasetDisabled, children }: { mode: ImageMode; datasetDisabled: boolean; children: ReactNode }) {
  const s = SIDEBARS[mode];
  return (
    <aside className={s.className} data-testid={s.testId}>
      <ImageModeTabs />
      <h2>{s.heading}</h2>
      <DatasetSelect title={s.datasetTitle} disabled={datasetDisabled} testId={s.datasetTestId} />
      {children}
    </aside>
  );
}
