/**
 * How often, and on how many digits, an image-training run attacks its probe (docs/science.md §3,
 * §4 "over training"), so that the whole metric pass stays within a share of training time.
 *
 * A run has metric passes at epochs 0 (init), 1, …, E. Every pass costs `fixedSeconds` (loss,
 * accuracy, ρ_g on the gradient probe, the live slice); a pass at an epoch e with e % every === 0
 * also attacks `digits` probe digits at `digitSeconds` each (three early-stop PGD-L2 runs). The
 * plan is chosen from measured costs and re-chosen as they change: among the intervals that leave
 * at least three attack passes (fewer only where the run has no room for three), the largest probe
 * the budget allows (up to `maxDigits`), at the most frequent interval that still allows it.
 * Pure logic, no clock: the engine measures, this decides.
 */

export interface CadenceCosts {
  /** Training seconds of one epoch (measured). */
  readonly epochSeconds: number;
  /** Seconds of a metric pass without the attack probe (measured). */
  readonly fixedSeconds: number;
  /** Seconds to attack one digit (free, on- and off-manifold flip runs; measured). */
  readonly digitSeconds: number;
}

export interface CadenceState {
  /** The run's last epoch E. */
  readonly epochs: number;
  /** The last epoch trained and measured (its fixed pass done, its attack pass not yet decided). */
  readonly epoch: number;
  /** The first epoch whose attack pass is not yet decided (≤ epoch; 0 while init's is pending). */
  readonly from: number;
  /** Training and metric seconds spent so far (metric: every pass so far, attacks included). */
  readonly trainSeconds: number;
  readonly metricSeconds: number;
}

export interface CadenceLimits {
  /** Largest share of training time the metric passes may take (0.25: a quarter). */
  readonly budget: number;
  /** The attack probe's size (its first `digits` are attacked). */
  readonly maxDigits: number;
}

export interface AttackPlan {
  /** The span the plan covers: attack passes at epochs from … epochs. */
  readonly from: number;
  readonly epochs: number;
  /** Digits attacked at each attack pass (0: no attack pass fits the budget). */
  readonly digits: number;
  /** Attack passes at the epochs e ≥ from with e % every === 0. */
  readonly every: number;
  /** Attack passes still to come under this plan (epochs from … E). */
  readonly passes: number;
  /** Seconds the budget leaves for attacks from here to the end of the run (can be < 0). */
  readonly attackBudgetSeconds: number;
  /** Projected metric share of training time at the end of the run under this plan. */
  readonly projectedShare: number;
}

/** Attack-pass epochs e with from ≤ e ≤ epochs and e % every === 0. */
export function attackSlots(from: number, epochs: number, every: number): number {
  if (epochs < from) return 0;
  const first = Math.ceil(from / every) * every;
  return first > epochs ? 0 : Math.floor((epochs - first) / every) + 1;
}

const MIN_PASSES = 3;

function check(costs: CadenceCosts, state: CadenceState, limits: CadenceLimits): void {
  for (const [k, v] of Object.entries(costs))
    if (!(Number.isFinite(v) && v >= 0)) throw new Error(`planAttacks: ${k} must be a finite number ≥ 0 (got ${v})`);
  if (!(costs.digitSeconds > 0)) throw new Error('planAttacks: digitSeconds must be > 0 (measure one attacked digit first)');
  if (!(Number.isInteger(state.epochs) && state.epochs >= 0)) throw new Error(`planAttacks: epochs must be an integer ≥ 0 (got ${state.epochs})`);
  if (!(state.from >= 0 && state.from <= state.epoch && state.epoch <= state.epochs))
    throw new Error(`planAttacks: need 0 ≤ from ≤ epoch ≤ epochs (got ${state.from}, ${state.epoch}, ${state.epochs})`);
  if (!(limits.budget > 0 && limits.maxDigits >= 1)) throw new Error('planAttacks: budget must be > 0 and maxDigits ≥ 1');
}

/**
 * The attack plan for the rest of the run. Training still to come is projected at
 * `epochSeconds` an epoch and each remaining fixed pass at `fixedSeconds`.
 * Throws on negative or non-finite costs, digitSeconds = 0 or an inconsistent state.
 */
export function planAttacks(costs: CadenceCosts, state: CadenceState, limits: CadenceLimits): AttackPlan {
  check(costs, state, limits);
  const left = state.epochs - state.epoch;
  const trainTotal = state.trainSeconds + left * costs.epochSeconds;
  const fixedLeft = left * costs.fixedSeconds;
  const attackBudgetSeconds = limits.budget * trainTotal - state.metricSeconds - fixedLeft;
  const share = (digits: number, passes: number) =>
    trainTotal > 0 ? (state.metricSeconds + fixedLeft + digits * passes * costs.digitSeconds) / trainTotal : Infinity;
  const digitsAt = (every: number) => {
    const passes = attackSlots(state.from, state.epochs, every);
    if (passes === 0 || attackBudgetSeconds <= 0) return { digits: 0, passes };
    return { digits: Math.min(limits.maxDigits, Math.floor(attackBudgetSeconds / (passes * costs.digitSeconds))), passes };
  };
  // Past this interval no pass is left (from > 0) or only init's (from = 0: every = E + 1).
  const maxEvery = state.from === 0 ? state.epochs + 1 : Math.max(1, state.epochs);
  const options = Array.from({ length: maxEvery }, (_, i) => ({ every: i + 1, ...digitsAt(i + 1) }));
  // At least three passes where the run has room for them (a start, a middle and an end), fewer only if nothing else fits.
  for (let minPasses = Math.min(MIN_PASSES, options[0].passes); minPasses >= 1; minPasses--) {
    const ok = options.filter((o) => o.passes >= minPasses && o.digits >= 1);
    if (!ok.length) continue;
    const best = Math.max(...ok.map((o) => o.digits));
    const o = ok.find((c) => c.digits === best)!;
    return { from: state.from, epochs: state.epochs, digits: best, every: o.every, passes: o.passes, attackBudgetSeconds, projectedShare: share(best, o.passes) };
  }
  return { from: state.from, epochs: state.epochs, digits: 0, every: maxEvery, passes: 0, attackBudgetSeconds, projectedShare: share(0, 0) };
}

/** Whether an attack pass of `digits` at this epoch keeps the metric share within budget now. */
export function passFitsNow(costs: CadenceCosts, state: CadenceState, limits: CadenceLimits, digits: number): boolean {
  return state.metricSeconds + digits * costs.digitSeconds <= limits.budget * state.trainSeconds;
}

/** The epochs of the plan's attack passes, in order. */
export function passEpochs(plan: AttackPlan): number[] {
  const out: number[] = [];
  if (plan.digits === 0) return out;
  for (let e = Math.ceil(plan.from / plan.every) * plan.every; e <= plan.epochs; e += plan.every) out.push(e);
  return out;
}

/** The plan in words, for the UI: which probe, how often, and why. */
export function describePlan(plan: AttackPlan, costs: CadenceCosts, limits: CadenceLimits, gradientDigits: number): string {
  const pct = Math.round(100 * limits.budget);
  const grad = `ρ_g on ${gradientDigits} digits every epoch`;
  const perDigit = `${costs.digitSeconds.toFixed(2)} s a digit, epochs ${costs.epochSeconds.toFixed(1)} s`;
  if (plan.digits === 0) {
    const fixedShare = costs.epochSeconds > 0 ? Math.round((100 * costs.fixedSeconds) / costs.epochSeconds) : NaN;
    return (
      `${grad}; flip-norm attacks skipped: at ${perDigit} not one attacked digit fits in ${pct} % of training time` +
      ` (the per-epoch metrics alone take ${fixedShare} % of an epoch here${fixedShare < pct ? '; raise Epochs to make room' : ''})`
    );
  }
  const when = plan.every === 1 ? 'every epoch' : plan.passes <= 3 ? `at epoch${plan.passes > 1 ? 's' : ''} ${passEpochs(plan).join(', ')}` : `every ${plan.every} epochs`;
  const fewer = plan.digits < limits.maxDigits ? ` (of ${limits.maxDigits})` : '';
  return `${grad}; flip-norm attacks on ${plan.digits} digits${fewer} ${when}, to keep metrics ≤ ${pct} % of training time (measured ${perDigit})`;
}
