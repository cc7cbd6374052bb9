import { TfTrainer } from '../core/model/tfTrainer';
import { JsTrainer } from '../core/model/jsTrainer';
import type { StepStats, Trainer } from '../core/model/trainer';
import type { TrainConfig } from '../core/model/trainConfig';
import { cloneWeights, weightsFinite, type MlpWeights } from '../core/model/mlpWeights';
import type { Manifold } from '../core/datasets/types';
import type { EngineEvent, GridSettings, ResumeState, RunState, SceneData } from './protocol';
import type { TimelineSnapshot } from '../core/model/runHistory';
import { isTimelineEpoch, nextTimelineEpoch } from '../core/timelinePolicy';
import { WeightTimeline } from './weightTimeline';
import { stopVerdict } from './stopRules';
import { computeBoundary, overflowNotice } from './boundary';
import { loadedOverflowNotice, outputOverflow } from './outputOverflow';
import { computeMetrics } from '../core/geometry/snapshotMetrics';
import { manifoldOf } from './manifoldOf';

/** Time-slice of one burst of epochs at full speed, ms (keeps commands responsive). */
const SLICE_MS = 25;

/** One training run in the worker: trainer, timeline, the loop and its cadence. */
export class Session {
  private trainer: Trainer;
  private readonly manifold: Manifold;
  private readonly timeline = new WeightTimeline();
  private lastGood: { weights: MlpWeights; epoch: number } | null = null;
  private state: RunState = 'idle';
  private speed = 1;
  private tick = 0;
  private lastBoundaryAt = 0;
  private lastMetricsAt = 0;
  /** Measured costs (ms) of a boundary refresh and a metrics pass: they set the cadence. */
  private boundaryCost = 20;
  private metricsCost = 50;
  private lastStats: StepStats | null = null;
  private looping = false;
  private rateWindow: { t: number; epoch: number } = { t: 0, epoch: 0 };
  private stepsPerSecond = 0;
  private viewing: number | null = null;
  /** The margin stop condition; off once the user plays on past convergence. */
  private marginStop = true;

  constructor(
    private scene: SceneData,
    private config: TrainConfig,
    private grid: GridSettings,
    private readonly emitRaw: (e: EngineEvent, transfer?: Transferable[]) => void,
    /** Train with the plain-JS kernels instead of tfjs. */
    private readonly useJs = false,
    /** Resume from these weights (engine recovery) instead of a fresh init. */
    resume?: ResumeState,
  ) {
    this.manifold = manifoldOf(scene.spec);
    this.trainer = this.newTrainer(resume?.weights, resume?.epoch ?? 0);
    this.resumed = resume !== undefined;
    // A scene file's recorded timeline (up to the epoch it resumes from) comes back for scrubbing.
    for (const s of resume?.timeline ?? []) if (s.epoch <= (resume?.epoch ?? 0)) this.timeline.record(s);
  }

  /** Started from saved weights (a scene file, engine recovery) rather than a fresh init. */
  private readonly resumed: boolean;

  /** A disposed session (reset, new scene) sends nothing more, even from a loop still winding down. */
  private disposed = false;

  private emit(e: EngineEvent, transfer?: Transferable[]): void {
    if (!this.disposed) this.emitRaw(e, transfer);
  }

  private newTrainer(initial?: MlpWeights, epoch = 0): Trainer {
    const { points, labels, numClasses } = this.scene;
    const Kind = this.useJs ? JsTrainer : TfTrainer;
    return new Kind(points, labels, this.manifold.n, numClasses, this.config, initial, epoch);
  }

  async start(): Promise<void> {
    const stats = await this.trainer.stats();
    // Loaded weights whose output overflows are not a run that diverged: say what they are.
    const overflow = this.resumed ? outputOverflow(await this.trainer.exportWeights(), this.scene.points, this.manifold.n) : null;
    if (overflow) {
      this.lastStats = stats;
      this.state = 'diverged';
      this.overflowWarned = true;
      this.emit({ type: 'notice', level: 'warning', message: loadedOverflowNotice(overflow) });
      await this.refreshBoundary(true);
      this.emitStats();
      return;
    }
    await this.afterEpochs(stats, true);
    // C and D_i at once, also at an epoch the timeline does not record (a loaded scene).
    if (this.metricsEpoch !== this.trainer.epoch) this.emitMetrics(await this.trainer.exportWeights(), this.trainer.epoch);
    if (this.timeline.entries().length > 0) this.emitTimeline();
    // A play that arrived while the session was starting (the worker runs calls concurrently) stands.
    if (this.state === 'idle') this.state = 'paused';
    this.emitStats();
  }

  /** The recorded snapshots with their weights (Share → Save scene keeps them). */
  timelineSnapshots(): TimelineSnapshot[] {
    return this.timeline.snapshots();
  }

  setSpeed(epochsPerTick: number): void {
    this.speed = Math.max(0.01, Math.min(1e6, epochsPerTick));
  }

  setGrid(g: GridSettings): void {
    this.grid = g;
    if (this.state !== 'running') void this.refreshBoundary(true);
  }

  /** Train on; a stopped run goes on past its stop (up to the cap) only with `pastStop`. */
  play(pastStop = true): void {
    if (this.state === 'running' || this.state === 'diverged') return;
    if (this.state === 'converged' || this.state === 'max-epochs') {
      if (!pastStop) return;
      // Playing on after convergence keeps training (to watch the dimples deepen) up to the cap.
      if (this.trainer.epoch >= this.config.maxEpochs) return;
      if (this.state === 'converged') this.marginStop = false;
    }
    this.state = 'running';
    this.viewing = null;
    this.rateWindow = { t: performance.now(), epoch: this.trainer.epoch };
    this.stepsPerSecond = 0; // the last run's rate is not this one's: none until a window is measured
    if (!this.looping) void this.loop();
  }

  pause(): void {
    if (this.state === 'running') this.state = 'paused';
  }

  async step(epochs: number): Promise<void> {
    if (this.state === 'running' || this.state === 'diverged') return;
    this.viewing = null;
    let stats: StepStats;
    try {
      stats = await this.trainer.train(Math.max(1, Math.round(epochs)));
    } catch (e) {
      this.emit({ type: 'fault', message: String((e as Error)?.message ?? e) });
      return;
    }
    await this.afterEpochs(stats, true);
    if (this.state === 'idle') this.state = 'paused';
    this.emitStats();
  }

  private async loop(): Promise<void> {
    this.looping = true;
    try {
      while (this.state === 'running') {
        const t0 = performance.now();
        let budget = this.epochsThisTick();
        while (budget > 0 && this.state === 'running' && !this.disposed) {
          const cur = this.trainer.epoch;
          const k = Math.min(budget, nextTimelineEpoch(cur) - cur, this.config.maxEpochs - cur);
          if (k <= 0) break;
          const stats = await this.trainer.train(k, this.marginStop ? this.config.marginTarget : undefined);
          budget -= k;
          await this.afterEpochs(stats, false);
          if (performance.now() - t0 > SLICE_MS) break;
        }
        this.updateRate();
        this.emitStats();
        await this.maybeRefresh();
        await this.yieldTick();
      }
    } catch (e) {
      if (this.disposed) return;
      this.state = 'paused';
      this.emit({ type: 'fault', message: String((e as Error)?.message ?? e) });
      return;
    } finally {
      this.looping = false;
      if (!this.disposed) {
        this.emitStats();
        if (this.state !== 'running') await this.refreshBoundary(true);
      }
    }
  }

  private epochsThisTick(): number {
    this.tick++;
    if (this.speed >= 1) return Math.round(this.speed);
    return this.tick % Math.round(1 / this.speed) === 0 ? 1 : 0;
  }

  private yieldTick(): Promise<void> {
    // ~60 ticks per second: slow motion means one epoch every few ticks.
    const delay = this.speed >= 1 ? 0 : 16;
    return new Promise((r) => setTimeout(r, delay));
  }

  private updateRate(): void {
    const now = performance.now();
    const dt = now - this.rateWindow.t;
    if (dt > 500) {
      this.stepsPerSecond = ((this.trainer.epoch - this.rateWindow.epoch) * 1000) / dt;
      this.rateWindow = { t: now, epoch: this.trainer.epoch };
    }
  }

  /** Bookkeeping after each burst: divergence, checkpoints, timeline, stop conditions. */
  private async afterEpochs(stats: StepStats, refresh: boolean): Promise<void> {
    this.lastStats = stats;
    const verdict = stopVerdict(stats, this.config, this.marginStop, this.lastGood?.epoch ?? null);
    if (verdict?.state === 'diverged') {
      this.state = 'diverged';
      this.emit(verdict.notice);
      return;
    }
    const epoch = this.trainer.epoch;
    // The state a run stops in is recorded too, so panels past it can show it with its epoch.
    const recordNow = isTimelineEpoch(epoch) || (verdict !== null && this.state === 'running');
    if (recordNow || refresh) {
      const weights = await this.trainer.exportWeights();
      if (weightsFinite(weights)) this.lastGood = { weights, epoch };
      if (recordNow && !this.timeline.has(epoch)) {
        const { clinging } = this.emitMetrics(weights, epoch);
        this.timeline.record({ epoch, clinging, accuracy: stats.accuracy, loss: stats.loss, weights });
        this.emitTimeline();
      }
      if (refresh) await this.refreshBoundary(true, weights);
    }
    if (verdict && this.state === 'running') {
      this.state = verdict.state;
      this.emit(verdict.notice);
    }
  }

  private emitStats(): void {
    const s = this.lastStats;
    if (!s) return;
    this.emit({
      type: 'stats',
      epoch: s.epoch,
      loss: s.loss,
      accuracy: s.accuracy,
      minMargin: s.minMargin,
      stepsPerSecond: this.stepsPerSecond,
      state: this.state,
    });
  }

  /** Epoch of the last metrics sent. */
  private metricsEpoch: number | null = null;

  private emitMetrics(weights: MlpWeights, epoch: number, source: 'live' | 'timeline' = 'live'): { clinging: number } {
    if (source === 'live') this.metricsEpoch = epoch;
    const t0 = performance.now();
    const m = computeMetrics(weights, this.manifold, this.scene);
    this.lastMetricsAt = performance.now();
    this.metricsCost = this.lastMetricsAt - t0;
    this.emit({ type: 'metrics', epoch, source, clinging: m.clinging, dimples: m.dimples }, [m.dimples.buffer]);
    return m;
  }

  private emitTimeline(): void {
    this.emit({ type: 'timeline', entries: this.timeline.entries() });
  }

  /**
   * While running: a coarse boundary every ~120 ms and metrics every ~500 ms, stretched so
   * that neither takes more than about a quarter of the worker's time away from training.
   */
  private async maybeRefresh(): Promise<void> {
    const now = performance.now();
    const boundaryDue = now - this.lastBoundaryAt > Math.max(120, 3 * this.boundaryCost);
    const metricsDue = now - this.lastMetricsAt > Math.max(500, 4 * this.metricsCost);
    if (!boundaryDue && !metricsDue) return;
    const weights = await this.trainer.exportWeights();
    if (!weightsFinite(weights)) return;
    if (boundaryDue) await this.refreshBoundary(false, weights);
    if (metricsDue) this.emitMetrics(weights, this.trainer.epoch);
  }

  private async refreshBoundary(fine: boolean, weights?: MlpWeights): Promise<void> {
    if (this.viewing !== null) return;
    const w = weights ?? (await this.trainer.exportWeights());
    if (!weightsFinite(w)) return;
    this.lastBoundaryAt = performance.now();
    const res = fine ? this.grid.pausedRes : this.grid.trainingRes;
    const b = computeBoundary(w, this.manifold, res);
    this.warnOverflow(b.nonFinite, b.gridSize);
    if (!fine) this.boundaryCost = b.event.computeMs;
    this.emit({ type: 'boundary', epoch: this.trainer.epoch, source: 'live', ...b.event }, b.transfer);
    this.emit({ type: 'weights', epoch: this.trainer.epoch, weights: cloneWeights(w) });
  }

  private overflowWarned = false;

  /** Say once per run that the network's outputs overflow (the grid holds ±Infinity or NaN). */
  private warnOverflow(nonFinite: number, gridSize: number): void {
    if (nonFinite === 0 || this.overflowWarned) return;
    this.overflowWarned = true;
    this.emit({ type: 'notice', level: 'warning', message: overflowNotice(nonFinite, gridSize) });
  }

  async showTimeline(epoch: number | null): Promise<void> {
    if (epoch === null) {
      this.viewing = null;
      await this.refreshBoundary(true);
      return;
    }
    const weights = this.timeline.weightsAt(epoch);
    if (!weights) return;
    this.viewing = epoch;
    const b = computeBoundary(weights, this.manifold, this.grid.pausedRes);
    this.emit({ type: 'boundary', epoch, source: 'timeline', ...b.event }, b.transfer);
    this.emitMetrics(weights, epoch, 'timeline');
  }

  /**
   * Replace the training points (the user dragged, added or deleted some) and keep training
   * from the current weights, so the boundary re-dimples live instead of starting over.
   */
  async setPoints(points: Float32Array, labels: Int32Array): Promise<void> {
    const weights = await this.trainer.exportWeights();
    const epoch = this.trainer.epoch;
    this.trainer.dispose();
    this.scene = { ...this.scene, points, labels };
    this.trainer = this.newTrainer(weightsFinite(weights) ? weights : this.lastGood?.weights, epoch);
    // A converged run re-dimples around the edited points by itself; a paused one stays paused.
    const resume = this.state === 'converged';
    if (this.state === 'converged' || this.state === 'max-epochs') this.state = 'paused';
    this.lastStats = await this.trainer.stats();
    this.emitStats();
    this.emitMetrics(await this.trainer.exportWeights(), epoch);
    if (resume && this.trainer.epoch < this.config.maxEpochs) this.play();
    else if (this.state !== 'running') await this.refreshBoundary(true);
  }

  /** New optimiser settings on the current weights (e.g. a lower learning rate after divergence). */
  async reconfigure(config: TrainConfig): Promise<void> {
    const w = await this.trainer.exportWeights();
    const keep = weightsFinite(w) ? { weights: w, epoch: this.trainer.epoch } : this.lastGood;
    this.trainer.dispose();
    this.config = config;
    this.trainer = this.newTrainer(keep?.weights, keep?.epoch ?? 0);
    if (this.state === 'diverged' || this.state === 'converged' || this.state === 'max-epochs') this.state = 'paused';
    this.lastStats = await this.trainer.stats();
    this.emitStats();
  }

  async restoreCheckpoint(): Promise<void> {
    if (!this.lastGood) return;
    this.trainer.loadWeights(this.lastGood.weights, this.lastGood.epoch);
    this.timeline.truncateAfter(this.lastGood.epoch);
    this.emitTimeline();
    this.state = 'paused';
    const stats = await this.trainer.stats();
    this.lastStats = stats;
    this.emit({
      type: 'notice',
      level: 'info',
      message: `Restored the checkpoint of epoch ${this.lastGood.epoch}. Change the learning rate before playing again.`,
    });
    this.emitStats();
    await this.refreshBoundary(true, this.lastGood.weights);
  }

  /**
   * What the model-reading tools (attacks, readouts) should use now: the weights shown
   * (a scrubbed timeline entry, else the latest live weights), the manifold and the data.
   */
  async snapshot(): Promise<{ weights: MlpWeights; epoch: number; manifold: Manifold; scene: SceneData }> {
    const viewed = this.viewing === null ? null : this.timeline.weightsAt(this.viewing);
    const weights = viewed ?? (await this.trainer.exportWeights());
    return { weights, epoch: viewed ? this.viewing! : this.trainer.epoch, manifold: this.manifold, scene: this.scene };
  }

  /** The recorded weights of timeline epoch `epoch` (read-only), or null if not recorded. */
  timelineWeights(epoch: number): MlpWeights | null {
    return this.timeline.weightsAt(epoch);
  }

  /** The training config of this run (read-only; the claims experiments train with it). */
  get trainConfig(): TrainConfig {
    return this.config;
  }

  get running(): boolean {
    return this.state === 'running';
  }

  dispose(): void {
    this.disposed = true;
    this.state = 'idle';
    this.trainer.dispose();
  }
}
