import { describe, expect, it } from 'vitest';
import { parseImageRunText } from './imageRunFile';
import { trainingRun } from './imageTrainingExport';
import { epochRecord } from './test/epochRecord';

const settings = {
  dataset: 'mnist14' as const,
  model: 'cnn' as const,
  optimizer: 'adam' as const,
  learningRate: 0.001,
  batchSize: 64,
  epochs: 3,
  initScale: 1,
  weightDecay: 0,
  seed: 2,
  k: 16,
  sliceIndex: 0,
  sliceExtent: 2,
  dataBase: 'http://x/data/',
};
const rec = epochRecord(0, false);

describe('image run files', () => {
  it('round-trips a run through JSON (NaN comes back as NaN, the page URL is not saved)', () => {
    const text = JSON.stringify(trainingRun(settings, null, [rec]));
    expect(text).not.toContain('http://x');
    const r = parseImageRunText(text);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.run.settings.seed).toBe(2);
    expect(Number.isNaN(r.run.records[0].trainLoss)).toBe(true);
    expect(r.run.records[0].rhoGrad.mean).toBeCloseTo(0.2, 12);
    expect(r.run.records[0].gradNull).toEqual(rec.gradNull);
    expect(r.run.records[0].cadence).toBe(rec.cadence);
  });
  it('reads a run saved before the support-matched null was measured (its bands are NaN)', () => {
    const old = JSON.parse(JSON.stringify(trainingRun(settings, null, [rec])));
    delete old.records[0].gradNull;
    delete old.records[0].cadence;
    const r = parseImageRunText(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Number.isNaN(r.run.records[0].gradNull.mean)).toBe(true);
    expect(r.run.records[0].gradNull.count).toBe(0);
    expect(r.run.records[0].cadence).toBe('');
  });
  it('refuses broken and foreign files with a message', () => {
    expect(parseImageRunText('{')).toEqual({ ok: false, message: 'The run file is not valid JSON.' });
    const foreign = parseImageRunText(JSON.stringify({ app: 'dimpled-manifold-lab', version: 1, query: '' }));
    expect(foreign.ok).toBe(false);
    const bad = JSON.parse(JSON.stringify(trainingRun(settings, null, [rec])));
    bad.records[0].epoch = -3;
    const r = parseImageRunText(JSON.stringify(bad));
    expect(r.ok ? '' : r.message).toMatch(/records\.0\.epoch/);
  });
});
