import { beforeEach, describe, expect, it } from 'vitest';
import type { MetricsEvent } from '../engine/protocol';
import { clearLive, live, metricsOnView, recordMetrics } from './liveData';

const metrics = (epoch: number, source: MetricsEvent['source'], clinging: number, depths: number[]): MetricsEvent => ({
  type: 'metrics',
  epoch,
  source,
  clinging,
  dimples: Float32Array.from(depths),
});

describe('live and scrubbed metrics', () => {
  beforeEach(clearLive);

  it('a scrubbed snapshot never replaces the live depths nor joins C(t); back on live the pre-scrub values show', () => {
    recordMetrics(metrics(10, 'live', 0.5, [0.5, 0.5]));
    recordMetrics(metrics(161, 'live', 0.12, [0.02, -0.01]));
    const before = metricsOnView(null);
    recordMetrics(metrics(0, 'timeline', 0.44, [0.3, 0.4]));
    expect(metricsOnView(0)?.epoch).toBe(0);
    expect(Array.from(metricsOnView(0)!.dimples)).toEqual([Float32Array.from([0.3])[0], Float32Array.from([0.4])[0]]);
    expect(live.clinging).toEqual({ epoch: [10, 161], value: [0.5, 0.12] });
    expect(metricsOnView(null)).toBe(before);
  });

  it('a snapshot whose depths have not arrived shows none, not another epoch', () => {
    recordMetrics(metrics(161, 'live', 0.12, [0.02, -0.01]));
    recordMetrics(metrics(0, 'timeline', 0.44, [0.3, 0.4]));
    expect(metricsOnView(30)).toBeNull();
  });
});
