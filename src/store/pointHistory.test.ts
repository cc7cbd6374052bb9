import { describe, expect, it } from 'vitest';
import { PointHistory, applyEdit, type PointSet } from './pointHistory';

const base: PointSet = { n: 3, points: Float32Array.from([0, 0, 0.5, 1, 0, 0.5, 0, 1, 0.5]), labels: Int32Array.from([0, 1, 0]) };

describe('point edits and history', () => {
  it('applies add, move, delete and relabel exactly', () => {
    const a = applyEdit(base, { kind: 'add', point: [0.5, 0.5, 0.5], label: 1 });
    expect(Array.from(a.points.slice(9))).toEqual([0.5, 0.5, 0.5]);
    expect(Array.from(a.labels)).toEqual([0, 1, 0, 1]);
    const m = applyEdit(a, { kind: 'move', index: 1, point: [0.25, 0.75, 0.5] });
    expect(Array.from(m.points.slice(3, 6))).toEqual([0.25, 0.75, 0.5]);
    const d = applyEdit(m, { kind: 'delete', index: 0 });
    expect(d.labels.length).toBe(3);
    expect(Array.from(d.points.slice(0, 3))).toEqual([0.25, 0.75, 0.5]);
    const r = applyEdit(d, { kind: 'relabel', index: 2, label: 0 });
    expect(Array.from(r.labels)).toEqual([1, 0, 0]);
    // Edits never mutate their input.
    expect(Array.from(base.labels)).toEqual([0, 1, 0]);
  });

  it('rejects bad edits with a message', () => {
    expect(() => applyEdit(base, { kind: 'move', index: 7, point: [0, 0, 0] })).toThrow(/No point 7/);
    expect(() => applyEdit(base, { kind: 'add', point: [0, 0], label: 0 })).toThrow(/3 coordinates/);
    const two = applyEdit(base, { kind: 'delete', index: 0 });
    expect(() => applyEdit(two, { kind: 'delete', index: 0 })).toThrow(/at least two/);
  });

  it('undo and redo are exact, and a new edit clears redo', () => {
    const h = new PointHistory(base);
    const s1 = h.apply({ kind: 'add', point: [0.5, 0.5, 0.5], label: 1 });
    const s2 = h.apply({ kind: 'delete', index: 1 });
    expect(h.undo()).toBe(s1);
    expect(h.undo()).toBe(base);
    expect(h.canUndo).toBe(false);
    expect(h.undo()).toBe(base);
    expect(h.redo()).toBe(s1);
    expect(h.redo()).toBe(s2);
    expect(h.canRedo).toBe(false);
    h.undo();
    h.apply({ kind: 'relabel', index: 0, label: 1 });
    expect(h.canRedo).toBe(false);
  });

  it('a drag is one undo step: the first frame pushes, later frames replace', () => {
    const h = new PointHistory(base);
    h.apply({ kind: 'move', index: 0, point: [0.1, 0, 0.5] });
    for (const x of [0.2, 0.3, 0.4]) h.replace(applyEdit(h.current, { kind: 'move', index: 0, point: [x, 0, 0.5] }));
    expect(h.current.points[0]).toBeCloseTo(0.4);
    expect(h.undo()).toBe(base);
  });
});
