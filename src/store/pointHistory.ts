/**
 * The user's edits of a toy point set, with exact undo/redo. A point set is small (at most a
 * few thousand rows), so the history keeps whole immutable snapshots: simple and exact.
 */
export interface PointSet {
  /** Row-major N x n. */
  readonly points: Float32Array;
  readonly labels: Int32Array;
  readonly n: number;
}

export type PointEdit =
  | { kind: 'add'; point: ArrayLike<number>; label: number }
  | { kind: 'move'; index: number; point: ArrayLike<number> }
  | { kind: 'delete'; index: number }
  | { kind: 'relabel'; index: number; label: number };

export const MAX_POINTS = 2000;
const MAX_HISTORY = 200;

export function applyEdit(set: PointSet, e: PointEdit): PointSet {
  const { n } = set;
  const count = set.labels.length;
  const check = (i: number) => {
    if (!Number.isInteger(i) || i < 0 || i >= count) throw new Error(`No point ${i} (there are ${count}).`);
  };
  switch (e.kind) {
    case 'add': {
      if (count >= MAX_POINTS) throw new Error(`At most ${MAX_POINTS} points.`);
      if (e.point.length !== n) throw new Error(`A point needs ${n} coordinates.`);
      const points = new Float32Array((count + 1) * n);
      points.set(set.points);
      points.set(Array.from(e.point), count * n);
      const labels = new Int32Array(count + 1);
      labels.set(set.labels);
      labels[count] = e.label;
      return { n, points, labels };
    }
    case 'move': {
      check(e.index);
      const points = set.points.slice();
      points.set(Array.from(e.point), e.index * n);
      return { n, points, labels: set.labels };
    }
    case 'delete': {
      check(e.index);
      if (count <= 2) throw new Error('Keep at least two points.');
      const points = new Float32Array((count - 1) * n);
      points.set(set.points.subarray(0, e.index * n));
      points.set(set.points.subarray((e.index + 1) * n), e.index * n);
      const labels = new Int32Array(count - 1);
      labels.set(set.labels.subarray(0, e.index));
      labels.set(set.labels.subarray(e.index + 1), e.index);
      return { n, points, labels };
    }
    case 'relabel': {
      check(e.index);
      const labels = set.labels.slice();
      labels[e.index] = e.label;
      return { n, points: set.points, labels };
    }
  }
}

/** Undo/redo over point-set snapshots. */
export class PointHistory {
  private past: PointSet[] = [];
  private future: PointSet[] = [];

  constructor(private present: PointSet) {}

  get current(): PointSet {
    return this.present;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  /** Record a new state (an edit, an import); clears the redo branch. */
  push(next: PointSet): PointSet {
    this.past.push(this.present);
    if (this.past.length > MAX_HISTORY) this.past.shift();
    this.future = [];
    this.present = next;
    return next;
  }

  apply(e: PointEdit): PointSet {
    return this.push(applyEdit(this.present, e));
  }

  /**
   * Replace the present without a new undo step (the frames of one drag gesture: the drag's
   * first frame is pushed, later frames replace it).
   */
  replace(next: PointSet): PointSet {
    this.present = next;
    return next;
  }

  undo(): PointSet {
    return this.move(this.past, this.future);
  }

  redo(): PointSet {
    return this.move(this.future, this.past);
  }

  /** Step to the top of `from`, keeping the present on `to` (undo and redo mirror each other). */
  private move(from: PointSet[], to: PointSet[]): PointSet {
    const next = from.pop();
    if (!next) return this.present;
    to.push(this.present);
    this.present = next;
    return next;
  }
}
