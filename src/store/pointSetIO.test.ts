import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson, importPointSet } from './pointSetIO';
import type { PointSet } from './pointHistory';

const target = { n: 3, numClasses: 2, bounds: { lo: [-0.2, -0.2, -0.2], hi: [1.2, 1.2, 1.2] } };
const set: PointSet = { n: 3, points: Float32Array.from([0, 0, 0.5, 1, 0.25, 0.5, 0.5, 1, 0.5]), labels: Int32Array.from([0, 1, 0]) };

describe('point-set import/export', () => {
  it('CSV and JSON round-trip', () => {
    for (const [text, name] of [[exportCsv(set), 'a.csv'], [exportJson(set), 'a.json']]) {
      const r = importPointSet(text, name, target);
      expect(r.ok).toBe(true);
      if (r.ok) {
        expect(Array.from(r.set.points)).toEqual(Array.from(set.points));
        expect(Array.from(r.set.labels)).toEqual(Array.from(set.labels));
      }
    }
  });

  it('accepts headerless CSV with semicolons and scientific notation', () => {
    const r = importPointSet('1e-1;0.2;0.5;1\n0.3;0.4;0.5;0\n', 'b.csv', target);
    expect(r.ok && r.set.labels.length).toBe(2);
  });

  const bad: [string, string, RegExp][] = [
    ['', 'empty.csv', /empty/],
    ['x,y,z,label\n0,0,0.5,0\n', 'one.csv', /at least two/],
    ['x,y,z,label\n0,0,0.5,0\n0,zz,0.5,1\n', 'nan.csv', /"zz" is not a number/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,1\n', 'short.csv', /line 3 has 3 values/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,0.5,7\n', 'label.csv', /label 7/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,9,1\n', 'box.csv', /outside the view box on axis z/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,Infinity,1\n', 'inf.csv', /not a number/],
    ['{"version":1,"n":3,"points":[[0,0,0.5],[1,1,0.5]],"labels":[0]}', 'c.json', /2 points but 1 labels/],
    ['{"version":2}', 'v.json', /not a point-set file/],
    ['{not json', 'broken.json', /not valid JSON/],
    ['{"version":1,"n":3,"points":[[0,0],[1,1]],"labels":[0,1]}', 'dims.json', /2 coordinates; this manifold needs 3/],
  ];
  for (const [text, name, re] of bad) {
    it(`rejects ${name} with a message`, () => {
      const r = importPointSet(text, name, target);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.message).toMatch(re);
        expect(r.message).toContain('current points were kept');
      }
    });
  }

  it('rejects oversized files', () => {
    const r = importPointSet('0,0,0.5,0\n'.repeat(200_000), 'big.csv', target);
    expect(r.ok).toBe(false);
  });
});
