/**
 * `npm run test:build`: builds the app as `npm start` does (production mode) into a temporary
 * folder and fails if the test hooks or the bench API made it in. They are guarded by
 * `import.meta.env.MODE === 'test'` (main.tsx, engine/worker.ts), which Vite turns into a
 * constant, so the bundler drops them; this catches a guard that stops working.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** Names that only the test hooks (src/testHooks.ts) and the bench/test APIs define. */
const MARKERS = ['__lab', 'benchTraining', 'benchBoundary', 'loseGpuDevice', 'killWorker'];

const outDir = mkdtempSync(join(tmpdir(), 'dml-production-build-'));
try {
  await build({ root, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  const files = readdirSync(join(outDir, 'assets')).filter((f) => f.endsWith('.js'));
  if (files.length === 0) throw new Error(`no JavaScript in ${outDir}/assets`);
  const found = files.flatMap((f) => {
    const text = readFileSync(join(outDir, 'assets', f), 'utf8');
    return MARKERS.filter((m) => text.includes(m)).map((m) => `${f}: ${m}`);
  });
  if (found.length) {
    console.error(`The production build contains test-only code:\n  ${found.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`Production build (${files.length} JS files) has no test hooks or bench API.`);
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
