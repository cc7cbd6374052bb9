import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Initial JS: gzip size of the scripts index.html loads (module scripts and modulepreloads)
 * against the chunks fetched later (the engine worker, lazily imported parts) and wasm.
 */
const TARGET_KB = 700;
const gz = (path) => gzipSync(readFileSync(path)).length;

export default {
  id: 'bundleSize',
  title: 'JS size (gzip)',
  async run(ctx) {
    const html = readFileSync(join(ctx.distDir, 'index.html'), 'utf8');
    const refs = [
      ...html.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g),
      ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
    ].map((m) => m[1].replace(/^\.?\//, ''));
    const initial = [...new Set(refs)].map((f) => ({ file: f, gzipBytes: gz(join(ctx.distDir, f)) }));
    const initialSet = new Set(initial.map((f) => f.file));
    const assets = readdirSync(join(ctx.distDir, 'assets'));
    const lazy = assets
      .filter((f) => /\.(js|wasm)$/.test(f) && !initialSet.has(`assets/${f}`))
      .map((f) => ({ file: `assets/${f}`, gzipBytes: gz(join(ctx.distDir, 'assets', f)) }));
    const kb = (b) => b / 1024;
    const initialKb = kb(initial.reduce((s, f) => s + f.gzipBytes, 0));
    const lazyJs = lazy.filter((f) => f.file.endsWith('.js'));
    const lazyWasm = lazy.filter((f) => f.file.endsWith('.wasm'));
    const sum = (xs) => kb(xs.reduce((s, f) => s + f.gzipBytes, 0));
    return {
      rows: [
        { metric: `initial JS kB (${initial.length} file${initial.length === 1 ? '' : 's'})`, value: initialKb, display: initialKb.toFixed(0), target: `≤ ${TARGET_KB}`, met: initialKb <= TARGET_KB },
        { metric: `lazy JS kB (${lazyJs.map((f) => f.file.replace(/^assets\/|-[\w-]{8}\.js$/g, '')).join(', ')})`, value: sum(lazyJs), display: sum(lazyJs).toFixed(0), target: '', met: null },
        { metric: `wasm kB (${lazyWasm.length} builds, one is fetched)`, value: sum(lazyWasm), display: sum(lazyWasm).toFixed(0), target: '', met: null },
      ],
      data: { initial, lazy, initialKb },
    };
  },
};
