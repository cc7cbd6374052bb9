import { spawn } from 'node:child_process';

/**
 * `vite preview` of the built dist/ on its own port (4174: e2e may hold 4173). The server runs
 * in its own process group so stop() ends it and its children, also after an error.
 */
export async function startPreview(port = 4174, timeoutMs = 30_000) {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  let exited = false;
  child.on('exit', () => (exited = true));
  const stop = () => {
    if (exited) return;
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`vite preview exited before serving:\n${output}`);
    try {
      const res = await fetch(url);
      if (res.ok) return { url, stop };
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stop();
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
}
