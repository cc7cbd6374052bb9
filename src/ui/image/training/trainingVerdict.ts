/**
 * The measured over-training verdict, as in README "Training on images" (from
 * experiments/train-dynamics-mnist14-{mlp,cnn}.json: MNIST-14, k = 16, seeds 1–3).
 */
export const TRAINING_VERDICT =
  'On MNIST-14 (k = 16, seeds 1–3; MLP 6 epochs, CNN 3) there is no clinging phase: at init the MLP sits on the null (ρ_g 0.07–0.08 vs k/n 0.082, ' +
  'r_on 3.4–5.4, r_off 1.04–1.08) with the boundary close to every digit (L2 0.18–0.32); after one epoch the boundary is farther away ' +
  '(MLP 0.54–0.59, CNN 0.72–0.80) and the gradient leans towards the manifold (ρ_g 0.29–0.31 MLP, 0.40–0.45 CNN, above the band’s 0.143). ' +
  'Then the MLP turns back the way the model predicts for its late phase (by epoch 6 ρ_g falls to 0.17–0.19, ρ_δ from 0.36–0.39 to 0.23–0.24, r_on rises from 1.9–2.1 to 2.3–2.6, r_off falls from 1.26–1.31 to 1.16–1.18), ' +
  'but never reaches the null band; the CNN stays at ρ_g 0.39–0.46. Measured at epoch boundaries only, so faster changes inside the first epoch are not resolved.';
