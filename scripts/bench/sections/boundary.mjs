import { engineCall, openLab } from '../lib/lab.mjs';

/**
 * Boundary refresh (adaptive grid evaluation + marching cubes, plain JS in the worker) of a
 * trained paper net at 32³/48³/64³, against the scalar jsMlp pass over the same grid and the
 * same grid as batched tfjs matMuls on each tfjs backend.
 */
const RES = [32, 48, 64];
const TF_BACKENDS = ['webgpu', 'webgl', 'wasm', 'cpu'];

export default {
  id: 'boundary',
  title: 'Boundary refresh (grid evaluation + isosurface), trained paper net',
  async run(ctx) {
    const { page, context, errors } = await openLab(ctx);
    try {
      const js = await engineCall(page, 'benchBoundary', { res: RES });
      ctx.log(`  net trained ${js.trainedEpochs} epochs; ${js.rows.map((r) => `${r.res}³ ${r.refreshMs.toFixed(1)} ms`).join(', ')}`);
      const tfjs = {};
      for (const backend of TF_BACKENDS) {
        try {
          tfjs[backend] = await engineCall(page, 'benchGridTf', { backend, res: RES });
          ctx.log(`  tfjs ${backend}: ${tfjs[backend].rows.map((r) => `${r.res}³ ${r.ms.toFixed(0)} ms`).join(', ')}`);
        } catch (e) {
          tfjs[backend] = { unavailable: String(e.message ?? e).slice(0, 300) };
        }
      }
      const rows = [];
      for (const r of js.rows) {
        const at64 = r.res === 64;
        rows.push({
          metric: `${r.res}³ refresh ms (evaluated ${(100 * r.evaluatedShare).toFixed(1)} %, ${r.triangles} triangles)`,
          value: r.refreshMs,
          display: r.refreshMs.toFixed(1),
          target: at64 ? '≤ 60' : '',
          met: at64 ? r.refreshMs <= 60 : null,
        });
        rows.push({
          metric: `${r.res}³ speed-up vs scalar JS (${r.scalarMs.toFixed(0)} ms)`,
          value: r.speedup,
          display: `${r.speedup.toFixed(1)}×`,
          target: at64 ? '≥ 10×' : '',
          met: at64 ? r.speedup >= 10 : null,
        });
        const tfText = TF_BACKENDS.filter((b) => tfjs[b].rows)
          .map((b) => {
            const t = tfjs[b].rows.find((x) => x.res === r.res);
            return `${b} ${t.ms.toFixed(0)} (${(t.ms / r.refreshMs).toFixed(1)}×)`;
          })
          .join(', ');
        rows.push({ metric: `${r.res}³ tfjs batched forward ms (vs refresh)`, display: tfText || 'no tfjs backend', target: '', met: null });
      }
      const worstDiff = Math.max(0, ...Object.values(tfjs).flatMap((t) => (t.rows ?? []).map((x) => x.maxAbsDiffVsScalar)));
      const leaks = Object.entries(tfjs).filter(([, t]) => t.rows && t.tensorsAfter !== t.tensorsBefore).map(([b]) => b);
      rows.push({ metric: 'tfjs vs scalar logits, max |diff|', value: worstDiff, display: worstDiff.toExponential(1), target: '', met: null });
      rows.push({ metric: 'tensor leak (numTensors before = after)', display: leaks.length ? `leak on ${leaks.join(', ')}` : 'none', target: 'none', met: leaks.length === 0 });
      return { rows, data: { js, tfjs, pageErrors: errors } };
    } finally {
      await context.close();
    }
  },
};
