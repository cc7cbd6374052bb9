import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearRunNotices, INFO_NOTICE_MS, noticeKind, pushNotice, useApp } from './appStore';

describe('notices', () => {
  afterEach(() => {
    vi.useRealTimers();
    useApp.setState({ notices: [] });
  });

  it('a recurring kind replaces the older one instead of stacking', () => {
    for (const e of [360, 400, 440]) pushNotice('info', `Converged at epoch ${e}: every training point is on its side with margin > 0.01.`);
    const n = useApp.getState().notices;
    expect(n).toHaveLength(1);
    expect(n[0].message).toContain('440');
    expect(noticeKind('Converged at epoch 360')).toBe(noticeKind('Converged at epoch 1,440'));
  });

  it('informational notices expire, warnings and errors stay; each carries its view', () => {
    vi.useFakeTimers();
    pushNotice('info', 'Link copied.');
    pushNotice('warning', 'Something to fix.');
    pushNotice('error', 'Experiments A+B failed.', { scope: 'image' });
    expect(useApp.getState().notices.map((n) => n.scope)).toEqual(['toys', 'toys', 'image']);
    vi.advanceTimersByTime(INFO_NOTICE_MS + 1);
    expect(useApp.getState().notices.map((n) => n.level)).toEqual(['warning', 'error']);
  });

  it('a notice with an action does not expire', () => {
    vi.useFakeTimers();
    pushNotice('info', 'Restore?', 'restore-checkpoint');
    vi.advanceTimersByTime(INFO_NOTICE_MS * 2);
    expect(useApp.getState().notices).toHaveLength(1);
  });
});

describe('run-scoped notices', () => {
  afterEach(() => useApp.setState({ notices: [] }));

  it('a new run clears the notices about the previous run of its kind, and only those', () => {
    pushNotice('info', 'Converged at epoch 161: every training point is on its side with margin > 0.01.', { run: 'toy-training' });
    pushNotice('error', 'Training diverged at epoch 40: the loss became NaN.', { action: 'restore-checkpoint', run: 'toy-training' });
    pushNotice('error', 'The ablation failed: out of memory', { run: 'ablation' });
    pushNotice('info', 'Link copied: it restores these settings, points and camera.');
    clearRunNotices('toy-training');
    expect(useApp.getState().notices.map((n) => n.message)).toEqual([
      'The ablation failed: out of memory',
      'Link copied: it restores these settings, points and camera.',
    ]);
    clearRunNotices('claims-advtrain');
    expect(useApp.getState().notices).toHaveLength(2);
  });
});
