import { ScienceRef } from './ScienceRef';

/** The help's section on the Image lab's Attack mode (docs/science.md §3, §4, §7). */
export function ImageAttackHelp() {
  return (
    <ul>
      <li>
        <b>Data set</b>: shipped test digits (MNIST-14, Fashion-MNIST-14, or MNIST at the paper's 28×28); nothing is downloaded at run time.
        The thumbnails are the first test images; misclassified ones have a red frame. Click one, or draw a digit on the pad, to choose the
        digit x.
      </li>
      <li>
        <b>Attack</b>: the chosen attack (<ScienceRef section={7} />) runs on x; on- and off-manifold PGD use the autoencoder's tangent
        space at x (the span of its decoder Jacobian). The row shows x | δ | P_T δ | P_N δ | x+δ | x+P_T δ | x+P_N δ with predictions and
        norms (<ScienceRef section={3} />
        ).
      </li>
      <li>
        <b>ρ_δ</b> = |P_T δ|²/|δ|² against the null of a random direction, Beta(k/2, (n−k)/2), and a support-matched null (random signs on
        δ's own pixel magnitudes, so pixels held at a box face stay fixed; <ScienceRef section={4} />
        ).
      </li>
      <li>
        <b>3-D slice</b>: the affine slice x + a·t₁ + b·t₂ + c·u through x, t₁ and t₂ the leading tangent directions, u the attack's
        direction or the steepest normal direction; the surface is the boundary inside the slice, coloured by c. Its half-width is twice |δ|
        by default. Hover the surface or the probe plane (b = 0) to see the image there, its coordinates, the predicted class and the margin
        of x's class.
      </li>
      <li>
        <b>Experiments A + B</b> over the first N test digits: how much of the PGD perturbation lies along the manifold (A), and the L2 norm
        to flip with unconstrained, on-manifold and off-manifold PGD (B), with the ratios r_on and r_off; <i>Clip</i> keeps every image in
        [0, 1]. Results export as JSON or markdown.
      </li>
      <li>
        <b>Import</b>: your own tfjs classifier or autoencoder; an imported model can be saved as one file that imports on its own, and a
        saved scene file embeds it (name, input shape, SHA-256, checked on load).
      </li>
    </ul>
  );
}
