import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { engineCall, openLab, webglRenderer, webgpuAdapter } from '../lib/lab.mjs';

/**
 * Training steps/s of the MNIST-14 MLP (the image lab's default classifier, batch 64, Adam)
 * per tfjs backend. Needs the shipped data set (public/data); says so when it is missing.
 * On a software GPU (SwiftShader) webgl/webgpu take minutes here; they are skipped with a note
 * (the paper-recipe training section still measures them).
 */
// CPU backends first: a software-GPU backend that times out keeps the worker busy after it.
const TF_BACKENDS = ['wasm', 'cpu', 'webgl', 'webgpu'];
const CALL_TIMEOUT_MS = 25_000;

export default {
  id: 'mnistTraining',
  title: 'Training, MNIST-14 MLP (batch 64, Adam)',
  async run(ctx) {
    if (!existsSync(join(ctx.distDir, 'data', 'mnist14.json'))) {
      return { rows: [{ metric: 'MNIST-14 MLP steps/s', display: 'not available yet (no dist/data/mnist14.json)', target: '', met: null }], data: { available: false } };
    }
    const { page, context, errors } = await openLab(ctx);
    try {
      const dataBase = new URL('data/', `${ctx.baseUrl}/`).href;
      const results = {};
      let model = '';
      const gl = await webglRenderer(page);
      const gpu = await webgpuAdapter(page);
      const software = { webgl: /swiftshader|llvmpipe|software/i.test(gl ?? '') && gl, webgpu: gpu?.isFallback && 'software WebGPU adapter' };
      for (const backend of TF_BACKENDS) {
        if (software[backend]) {
          results[backend] = { skipped: software[backend], display: 'skipped (software GPU)' };
          continue;
        }
        await ctx.ensureServer?.(); // the worker fetches the data set
        const r = await engineCall(page, 'benchMnistTraining', { backend, dataBase, budgetMs: 1500 }, CALL_TIMEOUT_MS).catch((e) => ({ error: String(e.message ?? e) }));
        if (r.available === false) throw new Error(`the shipped MNIST-14 data did not load in the worker: ${r.note}`);
        results[backend] = r.error ? { unavailable: r.error.slice(0, 300) } : r;
        if (r.error?.includes('took longer')) {
          results[backend].display = `timed out (> ${CALL_TIMEOUT_MS / 1000} s)`;
          ctx.log(`  ${backend}: timed out`);
          break; // the worker is still busy with it: the remaining backends would only queue
        }
        model ||= r.model ?? '';
        ctx.log(`  ${backend}: ${r.error ? `unavailable: ${r.error.slice(0, 100)}` : `${r.stepsPerSecond.toFixed(1)} steps/s (${r.steps} steps)`}`);
      }
      const rows = TF_BACKENDS.map((b) => ({
        metric: `${b} steps/s (${model || 'MLP'})`,
        value: results[b]?.stepsPerSecond,
        display: results[b]?.stepsPerSecond ? results[b].stepsPerSecond.toFixed(1) : results[b]?.display ?? (results[b] ? 'not available' : 'skipped after a timeout'),
        target: '',
        met: null,
      }));
      const leaks = Object.entries(results).filter(([, r]) => r.stepsPerSecond && r.tensorsAfter !== r.tensorsBefore).map(([b]) => b);
      rows.push({ metric: 'tensor leak (numTensors before = after)', display: leaks.length ? `leak on ${leaks.join(', ')}` : 'none', target: 'none', met: leaks.length === 0 });
      return { rows, data: { results, webglRenderer: gl, webgpuAdapter: gpu, pageErrors: errors } };
    } finally {
      await context.close();
    }
  },
};
