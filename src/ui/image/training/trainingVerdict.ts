/** The measured over-training verdict (README "Training on images"); filled in from experiments/train-dynamics-*.json. */
export const TRAINING_VERDICT = 'Not measured yet.';
