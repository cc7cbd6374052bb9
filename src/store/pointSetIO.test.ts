import { describe, expect, it } from 'vitest';
import { exportCsv, exportJson, importPointSet } from './pointSetIO';
import type { PointSet } from './pointHistory';

const target = { n: 3, numClasses: 2, bounds: { lo: [-0.2, -0.2, -0.2], hi: [1.2, 1.2, 1.2] } };
const set: PointSet = { n: 3, points: Float32Array.from([0, 0, 0.5, 1, 0.25, 0.5, 0.5, 1, 0.5]), labels: Int32Array.from([0, 1, 0]) };

describe('point-set import/export', () => {
  it('CSV and JSON round-trip', () => {
    for (const [text, name] of [
      [exportCsv(set), 'a.csv'],
      [exportJson(set), 'a.json'],
    ]) {
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

  const ok: [string, string][] = [
    ['"x","y","z","label"\n"0.1","0.2","0.5","0"\n"0.3","0.4","0.5","1"\n', 'quoted.csv'],
    ['"x","y","z","label"\n0.1,0.2,0.5,"0"\n0.3,0.4,0.5,"1"\n', 'r-style.csv'],
    ['"","x","y","z","label"\n"1",0.1,0.2,0.5,"0"\n"2",0.3,0.4,0.5,"1"\n', 'r-rownames.csv'],
    ['x,y,z,label\r0.1,0.2,0.5,0\r0.3,0.4,0.5,1\r', 'old-mac.csv'],
    ['x,y,z,label\r\n0.1,0.2,0.5,0\r\n0.3,0.4,0.5,1\r\n', 'windows.csv'],
    ['\ufeffx;y;z;label\n0,1;0,2;0,5;0\n0,3;0,4;0,5;1\n', 'excel-de.csv'],
    ['x\ty\tz\tlabel\n0.1\t0.2\t0.5\t0\n\n0.3\t0.4\t0.5\t1\n', 'tabs.csv'],
  ];
  for (const [text, name] of ok) {
    it(`reads ${name}: (0.1, 0.2, 0.5) label 0 and (0.3, 0.4, 0.5) label 1`, () => {
      const r = importPointSet(text, name, target);
      if (!r.ok) throw new Error(r.message);
      expect(Array.from(r.set.points)).toEqual(Array.from(Float32Array.from([0.1, 0.2, 0.5, 0.3, 0.4, 0.5])));
      expect(Array.from(r.set.labels)).toEqual([0, 1]);
    });
  }

  const bad: [string, string, RegExp][] = [
    ['', 'empty.csv', /empty/],
    ['x,y,z,label\n0,0,0.5,0\n', 'one.csv', /at least two/],
    ['x,y,z,label\n0,0,0.5,0\n0,zz,0.5,1\n', 'nan.csv', /line 3: "zz" is not a finite number/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,1\n', 'short.csv', /line 3 has 3 values/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,0.5,7\n', 'label.csv', /label 7/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,9,1\n', 'box.csv', /outside the view box on axis z/],
    ['x,y,z,label\n0,0,0.5,0\n0,0,Infinity,1\n', 'inf.csv', /line 3: "Infinity" is not a finite number/],
    // A headerless first row with NaN is data, not a header: rejected with its line, not dropped.
    ['NaN,0.2,0.5,0\n0.1,0.2,0.5,1\n0.3,0.2,0.5,0\n', 'nan-first.csv', /line 1: "NaN" is not a finite number/],
    ['0.1,0.2,0.5,1\nNaN,0.2,0.5,0\n0.3,0.2,0.5,0\n', 'nan-second.csv', /line 2: "NaN" is not a finite number/],
    ['-inf,0.2,0.5,0\n0.1,0.2,0.5,1\n', 'neg-inf.csv', /line 1: "-inf" is not a finite number/],
    ['x,y,z,label\n1e999,0.2,0.5,0\n0.1,0.2,0.5,1\n', 'overflow.csv', /line 2: "1e999" is not a finite number/],
    ['x,y,z,label\n"0.1,0.2,0.5,0\n0.1,0.2,0.5,1\n', 'unclosed.csv', /line 2: a quoted field is never closed/],
    ['x,y,z,label\n"a\nb",0.2,0.5,0\n0.1,0.2,0.5,1\n0.1,zz,0.5,1\n', 'multiline.csv', /line 2: "a\nb" is not a finite number/],
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
