import { ScienceRef } from './ScienceRef';

/** The help's section on the Claims tab (docs/science.md §1, §5). */
export function ClaimsHelp() {
  return (
    <>
      <p>
        The remaining claims of the model put to the test (<ScienceRef section={5} />
        ). Experiments (a) and (b) use the current toy scene of the Toys tab, its points and its network settings, and train their own
        networks in the engine: the Toys run is left as it is.
      </p>
      <ul>
        <li>
          <b>(a) Adversarial training</b>: a standard and an adversarially trained network (PGD-L2, budget ε) from the same init; both
          boundaries side by side with C, the median |D_i| and the share of points whose dimple is at least ε deep, and D_i per point. The
          model predicts |D_i| ≥ ε while C stays small.
        </li>
        <li>
          <b>(b) The mislabelled-data paradox</b> (Ilyas et al. 2019): train N1, move each point across N1's boundary by targeted PGD, train
          N2 only on the moved points with their wrong labels, then test N2 on clean held-out points with their true labels, against chance
          (1/K and the most frequent label).
        </li>
        <li>
          <b>(c) Gradient alignment</b>: ρ_g of the margin's input gradient over training on a plane-in-Rⁿ toy of its own (n, k chosen
          here), against the k/n null and its band.
        </li>
      </ul>
      <p>Each result downloads as CSV or JSON; Stop ends a run and keeps the last result.</p>
    </>
  );
}
