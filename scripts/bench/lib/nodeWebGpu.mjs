import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';

/**
 * The Node (Dawn) WebGPU rows of the image-training section: runs scripts/bench/imageTrainWebGpuNode.ts
 * (`npm run bench:node-webgpu`) and returns its rows; "skipped: no hardware adapter (…)" where Dawn
 * finds none, and one row saying why when the script itself fails.
 */
export function nodeWebGpuRows(log) {
  const out = join(os.tmpdir(), `node-webgpu-${process.pid}.json`);
  const r = spawnSync('npx', ['tsx', 'scripts/bench/imageTrainWebGpuNode.ts', '--json', out], { encoding: 'utf8', timeout: 120_000 });
  try {
    const { rows } = JSON.parse(readFileSync(out, 'utf8'));
    for (const row of rows) log(`  ${row.metric}: ${row.display}`);
    return rows.map((row) => ({ ...row, target: '', met: null }));
  } catch {
    const why = (r.stderr || String(r.error ?? '')).trim().split('\n').pop() || `exit ${r.status}`;
    return [{ metric: 'webgpu (Node, Dawn)', display: `not run: ${why}`.slice(0, 160), target: '', met: null }];
  } finally {
    rmSync(out, { force: true });
  }
}
