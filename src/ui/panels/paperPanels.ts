/**
 * The epochs of the paper's figure panels (docs/science.md §2): the 2-D line at init, 10, 20, 30,
 * 100; the 3-D plane at init, 10, 30, 100, 200. Other scenes use the panels of their dimension.
 */
export const PAPER_PANEL_EPOCHS: Readonly<Record<2 | 3, readonly number[]>> = {
  2: [0, 10, 20, 30, 100],
  3: [0, 10, 30, 100, 200],
};

export function panelEpochsFor(ambientDim: number): readonly number[] {
  return ambientDim === 2 ? PAPER_PANEL_EPOCHS[2] : PAPER_PANEL_EPOCHS[3];
}

export function panelLabel(epoch: number): string {
  return epoch === 0 ? 'init' : `epoch ${epoch}`;
}
