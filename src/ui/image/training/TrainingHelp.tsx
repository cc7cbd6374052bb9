import { TRAINING_VERDICT } from './trainingVerdict';

/** The help overlay's section on the image lab's Train mode (what is measured, how often, and what it showed). */
export function TrainingHelp() {
  return (
    <>
      <h3>Image lab: Train</h3>
      <ul>
        <li>
          <b>Train</b> an MLP (n-256-256-10, n = 196 or 784 pixels) or a small CNN on MNIST-14, MNIST-28 or Fashion-MNIST-14 in the worker,
          seeded; settings as for the toys, in the link (<code>?imgModel=cnn&amp;imgEpochs=5</code>). The backend is measured (WebGPU on a
          hardware GPU, else the fastest timed step).
        </li>
        <li>
          <b>Manifold</b>: the shipped autoencoder of latent size k; the tangent space at x is the span of its decoder Jacobian at E(x).
        </li>
        <li>
          <b>Probe</b>: fixed, seeded test digits. ρ_g = |P_T g|²/|g|² of the margin gradient on 64 digits every epoch; on 16 digits the L2
          norm to flip by early-stop PGD-L2 unconstrained, on-manifold (P_T) and off-manifold (P_N), r_on and r_off as ratios of means,
          r_on⁻² + r_off⁻² and ρ_δ; loss and accuracy on 1,000 test and 1,000 training digits. All metric passes together may take at most
          25 % of training time: init's attacks wait for the first epoch, whose measured times decide how many digits are attacked and how
          often (re-planned every epoch); the readout says which plan is in force, the measured share and where each pass spent its time.
          The share counts every pass, the init pass (before the first step) and the live slice included; a pass costs roughly 0.15–0.2 s of
          CPU for the MLP and 0.45–0.55 s for the CNN on wasm after an epoch (an attacked digit 0.13–0.17 s and 0.25 s more), and the init
          pass several times that, so a 1–3-epoch run goes over the budget and skips attacks after init's (measured; see the README). All
          are taken against the network's current prediction at the digit. Grey lines: the k/n null and its 95 % band; pink dashed: the
          support-matched null (the same vector's per-pixel magnitudes, random signs), the one to judge ρ against on images (docs/science.md
          §4).
        </li>
        <li>
          <b>Slice</b>: the plane through the chosen digit x spanned by the leading tangent direction and P_N g/|P_N g|. Axes are L2
          distances in pixel units; the network is evaluated at every grid point (unclipped); blue = x's class, orange = any other, black =
          the boundary; the three attack paths are projected on the plane. Beside it, the 3-D slice adds the second tangent direction t₂
          (the plane is its t₂ = 0 section): the boundary surface, coloured by the off-manifold coordinate, and the attack paths; drag to
          turn it. Hover the plane, or in the 3-D view the boundary surface or the probe plane (t₂ constant, moved by its slider), to see
          the image at that point, its coordinates (a, t₂, b), the predicted class and the margin of x's class there, computed by the
          network of the slice's epoch. The plane (a 41² grid) is redrawn every epoch, the 3-D slice (12³) at the timeline epochs (its grid
          is costly); epoch panels and the timeline show them at init, 1, 2, 5, 10, …
        </li>
        <li>
          <b>Use in the lab</b> makes the trained network the lab's classifier (attacks, 3-D slice, Experiments A+B); <b>Export model</b>{' '}
          writes tfjs layers files; the scene file keeps the run's settings, seed and metrics.
        </li>
      </ul>
      <p>
        <b>What it showed</b> (measured, <code>npm run experiment -- --exp train-dynamics</code>): {TRAINING_VERDICT}
      </p>
    </>
  );
}
