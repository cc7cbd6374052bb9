/** The explanations shown with each claims experiment (docs/science.md §1, §4, §5, §6). */
export const ADV_TEXT = {
  predicts:
    'What the DMM predicts (§1 item 4): adversarial training only deepens the dimples. The boundary still clings to the data manifold, so the clinging C (mean normal distance from the manifold to the boundary, §6) stays small, while each training point gets a dimple at least about ε deep, so the dimple depths |D_i| grow to about ε.',
  critique:
    'The other side (§5): boundary tilting (Tanay & Griffin 2016) already explains small adversarial distances without dimples; Melamed et al. (2023) show that init scale and weight decay change how far the boundary sits from a linear data subspace. If C grows with adversarial training, the boundary moved away from M as a whole rather than only dimpling.',
  measured:
    'What is measured here: both networks start from the same seeded init and see the same data and batches for the same number of epochs; the adversarial one has a share "mix" of every batch replaced by PGD examples of the current network within ε. D_i and C are computed exactly along the manifold normal after training.',
};

export const PARADOX_TEXT =
  'The paradox (Ilyas et al. 2019; §1 item 5): N1 is trained normally. Every training point is then moved by a targeted PGD attack on N1 toward the wrong class, and a fresh network N2 is trained only on these moved points, labelled with that wrong class. The DMM explains why N2 can still classify clean points correctly: the moved points sit just off M, N2 clings to the same M and dimples around them, leaving clean on-manifold points on their correct side. Measured: N2 on clean held-out points with their true labels (the paradox, against chance 1/K and the majority share), and on its own mislabelled training set. If N2 is at chance on clean points, the toy does not reproduce the effect.';

export const ALIGN_TEXT =
  "Gradient alignment ρ_g = |P_T g|²/|g|² (§6) is the share of the input gradient g of the margin that lies in the tangent space T of the data manifold, here the exact k-plane of the plane-in-Rⁿ toy. A direction unrelated to M has ρ ~ Beta(k/2, (n−k)/2), mean k/n (§4): the band shows its 95 % interval. The DMM predicts ρ_g falls below that null once the boundary has clung to M (gradients point off the manifold). A curve inside the band says nothing beyond k ≪ n; above it, the network's gradients lean toward the manifold.";

export const ADV_IMAGES_TEXT =
  'On images (the Image lab’s data, §3): both MLPs start from the same seeded init and see the same images and mini-batches; the adversarial one has a share "mix" of every batch replaced by PGD examples within ε. There is no exact manifold normal, so instead of D_i and C each network is measured at held-out test images: accuracy under PGD at ε, the L2 distance to the boundary (early-stop PGD, the image analogue of |D_i|), and the tangent shares ρ_d of that shortest perturbation and ρ_g of the margin gradient against the shipped autoencoder’s tangent space, beside the null k/n and each vector’s support-matched null (random signs on its own pixel magnitudes, the one to judge by on images; §4). The same run from the command line: npm run experiment -- --exp advtrain --dataset <set> with the same numbers for the same seed.';

export const PARADOX_IMAGES_TEXT =
  'On images: N1 is the shipped classifier of the chosen set. Every training image is moved by targeted PGD on N1 toward a wrong class (a random other class, or y+1 mod 10 as in Ilyas et al.), and a fresh N2 is trained only on the moved images with those wrong labels for a fixed number of epochs, then tested on clean test images with their true labels. Chance is 10 %. The same run from the command line: npm run experiment -- --exp ilyas --dataset <set>.';

export const ALIGN_IMAGES_TEXT =
  'On images: a fresh MLP is trained on the chosen subset; ρ_g of the margin gradient is measured at its training and test images against the shipped autoencoder’s tangent space (the decoder Jacobian at E(x), §3), beside the null Beta(k/2, (n−k)/2) with n the pixel count. The same run from the command line: npm run experiment -- --exp align --dataset <set>.';

/** What "the toy" means for (a) and (b), in the data chooser's tooltip: the Toys view's scene as it stands. */
export const TOYS_VIEW_SCENE = 'the current toy scene of the Toys view (its points, network and optimiser)';
