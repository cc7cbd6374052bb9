import { engineCall, openLab, webgpuAdapter } from '../lib/lab.mjs';

/**
 * Boundary refresh (adaptive grid evaluation + marching cubes, plain JS in the worker) of a
 * trained paper net at 32³/48³/64³, against the scalar jsMlp pass over the same grid, and the
 * same grid as batched tfjs matMuls per tfjs backend. The tfjs baseline moves to a finer grid
 * only while the coarser one took under ESCALATE_MS (cpu and SwiftShader GL take seconds), and
 * skips a software WebGPU adapter (its training row already shows it is an emulated GPU).
 */
const RES = [32, 48, 64];
const TF_BACKENDS = ['wasm', 'cpu', 'webgl', 'webgpu'];
const ESCALATE_MS = 1000;

async function tfBaseline(ctx, page, backend) {
  const rows = [];
  let counts = null;
  for (const res of RES) {
    if (rows.length && rows[rows.length - 1].ms > ESCALATE_MS) break;
    const r = await engineCall(page, 'benchGridTf', { backend, res: [res], budgetMs: ESCALATE_MS }, 45_000);
    rows.push(...r.rows);
    counts = { tensorsBefore: counts?.tensorsBefore ?? r.tensorsBefore, tensorsAfter: r.tensorsAfter };
  }
  ctx.log(`  tfjs ${backend}: ${rows.map((r) => `${r.res}³ ${r.ms.toFixed(0)} ms`).join(', ')}`);
  return { rows, ...counts };
}

export default {
  id: 'boundary',
  title: 'Boundary refresh, trained paper net',
  async run(ctx) {
    const { page, context, errors } = await openLab(ctx);
    try {
      const adapter = await webgpuAdapter(page);
      // One call per resolution so a slow (loaded) machine loses one row, not the section.
      const js = { rows: [] };
      for (const res of RES) {
        const r = await engineCall(page, 'benchBoundary', { res: [res] }, 60_000).catch((e) => ({ error: String(e.message ?? e) }));
        if (r.error) {
          js.error = r.error;
          break;
        }
        Object.assign(js, { trainedEpochs: r.trainedEpochs, minMargin: r.minMargin });
        js.rows.push(...r.rows);
      }
      if (!js.rows.length) throw new Error(js.error);
      ctx.log(`  net trained ${js.trainedEpochs} epochs; ${js.rows.map((r) => `${r.res}³ ${r.refreshMs.toFixed(1)} ms (scalar ${r.scalarMs.toFixed(0)})`).join(', ')}`);
      const tfjs = {};
      for (const backend of TF_BACKENDS) {
        if (backend === 'webgpu' && adapter?.isFallback) {
          tfjs[backend] = { skipped: `software WebGPU adapter (${adapter.vendor || adapter.description || 'fallback'})` };
          continue;
        }
        tfjs[backend] = await tfBaseline(ctx, page, backend).catch((e) => ({ unavailable: String(e.message ?? e).slice(0, 300) }));
      }
      const rows = [];
      for (const r of js.rows) {
        const at64 = r.res === 64;
        rows.push({
          metric: `${r.res}³ refresh ms (adaptive grid: ${(100 * r.evaluatedShare).toFixed(1)} % of vertices evaluated; ${r.triangles} triangles)`,
          value: r.refreshMs,
          display: r.refreshMs.toFixed(1),
          target: at64 ? '≤ 60' : '',
          met: at64 ? r.refreshMs <= 60 : null,
        });
        rows.push({
          metric: `${r.res}³ speed-up vs scalar JS forward pass (${r.scalarMs.toFixed(0)} ms)`,
          value: r.speedup,
          display: `${r.speedup.toFixed(1)}×`,
          target: at64 ? '≥ 10×' : '',
          met: at64 ? r.speedup >= 10 : null,
        });
        const tfText = TF_BACKENDS.map((b) => {
          const t = tfjs[b].rows?.find((x) => x.res === r.res);
          return t ? `${b} ${t.ms.toFixed(0)} (${(t.ms / r.refreshMs).toFixed(0)}×)` : null;
        }).filter(Boolean);
        rows.push({ metric: `${r.res}³ tfjs batched forward ms (× refresh time)`, display: tfText.join(', ') || 'not measured', target: '', met: null });
      }
      if (js.error) rows.push({ metric: `${RES[js.rows.length]}³ and finer`, display: 'timed out', target: '≤ 60 at 64³', met: false });
      const notes = TF_BACKENDS.filter((b) => !tfjs[b].rows).map((b) => `${b}: ${tfjs[b].skipped ?? tfjs[b].unavailable}`);
      const worstDiff = Math.max(0, ...Object.values(tfjs).flatMap((t) => (t.rows ?? []).map((x) => x.maxAbsDiffVsScalar)));
      const leaks = Object.entries(tfjs).filter(([, t]) => t.rows && t.tensorsAfter !== t.tensorsBefore).map(([b]) => b);
      rows.push({ metric: `tfjs vs scalar logits, max abs diff${notes.length ? ` (not run: ${notes.join('; ')})` : ''}`, value: worstDiff, display: worstDiff.toExponential(1), target: '', met: null });
      rows.push({ metric: 'tensor leak (numTensors before = after)', display: leaks.length ? `leak on ${leaks.join(', ')}` : 'none', target: 'none', met: leaks.length === 0 });
      return { rows, data: { adapter, js, tfjs, pageErrors: errors } };
    } finally {
      await context.close();
    }
  },
};
