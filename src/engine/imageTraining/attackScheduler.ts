/**
 * When the image-training run attacks its probe, and on how many digits (docs/science.md §3, §4):
 * the engine measures the costs (an epoch's training time, a metric pass without attacks, one
 * attacked digit) and core/experiments/attackCadence.ts turns them into a plan that keeps every
 * metric pass together within METRIC_BUDGET of training time, re-planned after every epoch.
 *
 * Init's attacks wait for the first epoch: before it nothing says how long an epoch takes. They
 * then run on the stored init weights (the snapshot at epoch 0), the first digit timing the cost.
 * The last epoch gets a pass outside the plan only if it fits in the budget at that moment. A pass
 * stops between digits once it has spent its share of the attack budget (the first digit always runs).
 * Offline experiments can instead fix the interval (`fixedEvery`: the whole probe at init, every
 * that many epochs and at the last).
 */
import { describePlan, passFitsNow, planAttacks, type AttackPlan, type CadenceCosts } from '../../core/experiments/attackCadence';
import type { Classifier } from '../../core/model/classifier';
import type { AttackPass } from './metricPass';
import type { AttackMetrics } from './trainingTypes';

/** Largest share of training time the metric passes may take. */
export const METRIC_BUDGET = 0.25;

export interface EpochAttackContext {
  readonly epoch: number;
  readonly epochs: number;
  readonly trainSeconds: number;
  /** Metric seconds so far, this epoch's pass up to now included. */
  readonly metricSeconds: number;
  readonly clf: Classifier;
  /** The classifier of the init weights (for init's deferred attacks). */
  readonly initClf: () => Classifier;
  readonly yieldNow: () => Promise<void>;
}

export interface EpochAttacks {
  /** Init's deferred attack pass, when it ran now. */
  readonly init: AttackMetrics | null;
  readonly now: AttackMetrics | null;
}

export class AttackScheduler {
  private costs: { epochSeconds: number; fixedSeconds: number; digitSeconds: number } = {
    epochSeconds: NaN,
    fixedSeconds: NaN,
    digitSeconds: NaN,
  };
  private lastTrainSeconds = 0;
  private initPending = false;
  /** The cadence in force, in words. */
  cadence: string;

  constructor(
    private readonly newPass: (clf: Classifier) => AttackPass,
    private readonly gradientDigits: number,
    private readonly maxDigits: number,
    private readonly fixedEvery?: number,
  ) {
    this.cadence = fixedEvery
      ? `ρ_g on ${gradientDigits} digits every epoch; flip-norm attacks on ${maxDigits} digits at init, every ${fixedEvery} epoch(s) and at the last`
      : `ρ_g on ${gradientDigits} digits every epoch; flip-norm attacks planned after epoch 1 from its measured time, to keep metrics ≤ ${Math.round(100 * METRIC_BUDGET)} % of training time (init's attacks then run on the stored init weights)`;
  }

  /** Seconds of this epoch's metric pass without attacks (measured by the session). */
  noteFixed(seconds: number): void {
    this.costs.fixedSeconds = seconds;
  }

  /** The attack pass at init (before any training): now only with a fixed interval, else deferred. */
  async atInit(clf: Classifier, yieldNow: () => Promise<void>): Promise<AttackMetrics | null> {
    if (this.fixedEvery) return this.run(clf, this.maxDigits, yieldNow);
    this.initPending = true;
    return null;
  }

  /** The attack passes after epoch `epoch` was trained and its fixed metrics measured. */
  async atEpoch(c: EpochAttackContext): Promise<EpochAttacks> {
    this.costs.epochSeconds = c.trainSeconds - this.lastTrainSeconds;
    this.lastTrainSeconds = c.trainSeconds;
    if (this.fixedEvery) {
      const due = c.epoch % this.fixedEvery === 0 || c.epoch >= c.epochs;
      return { init: null, now: due ? await this.run(c.clf, this.maxDigits, c.yieldNow) : null };
    }
    let spent = c.metricSeconds;
    let init: AttackMetrics | null = null;
    if (this.initPending) {
      this.initPending = false;
      const pass = this.newPass(c.initClf());
      pass.next(); // one digit times the cost the plan needs
      this.costs.digitSeconds = pass.digitSeconds;
      const plan = this.replan({ ...c, metricSeconds: spent + pass.seconds }, 0);
      if (plan.digits > 0) {
        await pass.fill(plan.digits, c.yieldNow, pass.seconds + plan.attackBudgetSeconds / Math.max(1, plan.passes));
        init = pass.metrics();
        this.costs.digitSeconds = pass.digitSeconds;
      }
      spent += pass.seconds;
    }
    if (!(this.costs.digitSeconds > 0)) return { init, now: null }; // no digit has been timed (a resumed old run)
    const plan = this.replan({ ...c, metricSeconds: spent }, c.epoch);
    const state = this.state({ ...c, metricSeconds: spent }, c.epoch);
    const slot = plan.digits > 0 && c.epoch % plan.every === 0;
    const last = c.epoch >= c.epochs;
    const lastDigits = Math.max(1, plan.digits);
    let now: AttackMetrics | null = null;
    if (slot || (last && passFitsNow(this.costs, state, this.limits(), lastDigits))) {
      const pass = this.newPass(c.clf);
      // Digits differ in cost (a longer path to the boundary) and the plan priced them all at the mean
      // so far: stop between digits once this pass has spent its part of the attack budget (the equal
      // share of the passes left), and at the last epoch, where no later training pays for an
      // overrun, at the budget itself.
      const cap = last ? METRIC_BUDGET * c.trainSeconds - spent : plan.attackBudgetSeconds / Math.max(1, plan.passes);
      await pass.fill(slot ? plan.digits : lastDigits, c.yieldNow, cap);
      now = pass.metrics();
      this.costs.digitSeconds = pass.digitSeconds;
    }
    return { init, now };
  }

  private limits() {
    return { budget: METRIC_BUDGET, maxDigits: this.maxDigits };
  }

  private state(c: EpochAttackContext, from: number) {
    return { epochs: Math.max(c.epochs, c.epoch), epoch: c.epoch, from, trainSeconds: c.trainSeconds, metricSeconds: c.metricSeconds };
  }

  private replan(c: EpochAttackContext, from: number): AttackPlan {
    const costs: CadenceCosts = {
      epochSeconds: this.costs.epochSeconds,
      fixedSeconds: Number.isFinite(this.costs.fixedSeconds) ? this.costs.fixedSeconds : 0,
      digitSeconds: this.costs.digitSeconds,
    };
    const plan = planAttacks(costs, this.state(c, from), this.limits());
    this.cadence = describePlan(plan, costs, this.limits(), this.gradientDigits);
    return plan;
  }

  private async run(clf: Classifier, digits: number, yieldNow: () => Promise<void>): Promise<AttackMetrics> {
    const pass = this.newPass(clf);
    await pass.fill(digits, yieldNow);
    return pass.metrics();
  }
}
