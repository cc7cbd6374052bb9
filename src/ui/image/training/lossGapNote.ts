/**
 * Why the training loss can sit above the test loss (from the code, engine/imageTraining/
 * trainingSession.ts): the train curve is the running mean of the epoch's batch losses, each
 * taken before its own update, so the early batches of the epoch were scored by worse weights;
 * the test loss is measured once, after the epoch. Nothing else differs: no dropout, no
 * augmentation, and the weight-decay penalty is not part of either loss.
 */
export const LOSS_GAP_NOTE =
  'Train can sit above test because the running mean includes the epoch’s early batches, scored before the weights improved, ' +
  'while test is measured after the epoch; there is no dropout or augmentation and weight decay is not in either loss. ' +
  '“Train after epoch” (1,000 fixed training digits) compares like with like.';
