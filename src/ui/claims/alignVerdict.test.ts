import { describe, expect, it } from 'vitest';
import type { AlignmentSeries } from '../../core/experiments/gradientAlignment';
import { alignVerdict } from './AlignmentResult';
import TEXT from './claimsText.json';

const series = (mean: number) =>
  ({
    nullLo: 0.0363,
    nullHi: 0.143,
    points: [{ epoch: 300, trainAccuracy: 1, testAccuracy: 0.9, train: { mean, supportNull: NaN } }],
  }) as unknown as AlignmentSeries;

describe('gradient-alignment wording', () => {
  it('calls the band the null (chance) band, never the DMM prediction', () => {
    for (const v of [0.01, 0.08, 0.3]) {
      const text = alignVerdict(series(v));
      expect(text).toContain('null (chance) band');
      expect(text).toContain('[0.0363, 0.1430]');
      expect(text).not.toMatch(/DMM prediction \[/);
    }
    expect(alignVerdict(series(0.01))).toMatch(/below it, as the DMM predicts/);
  });

  it('says what the tangent space is for each data source', () => {
    const { intro, tangent } = TEXT.sections.align;
    expect(intro).toContain('{tangent}');
    expect(tangent.toy).toMatch(/plane-in-Rⁿ toy/);
    expect(tangent.images).not.toMatch(/toy/);
  });
});
