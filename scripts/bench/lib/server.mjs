import { spawn } from 'node:child_process';

/**
 * `vite preview` of the built dist/ on its own port (4174: e2e may hold 4173). The server runs
 * in its own process group so stop() ends it and its children, also after an error.
 * ensureUp() restarts it if something else ended it (other tools share this machine).
 */
function spawnPreview(port) {
  const child = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const proc = { child, output: '', exited: false, stopping: false };
  child.stdout.on('data', (d) => (proc.output += d));
  child.stderr.on('data', (d) => (proc.output += d));
  child.on('exit', (code, signal) => {
    proc.exited = true;
    if (!proc.stopping) console.error(`  vite preview exited unexpectedly (code ${code}, signal ${signal})`);
  });
  return proc;
}

async function waitUp(proc, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exited) throw new Error(`vite preview exited before serving:\n${proc.output}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`vite preview did not answer on ${url} within ${timeoutMs} ms:\n${proc.output}`);
}

export async function startPreview(port = 4174, timeoutMs = 30_000) {
  const url = `http://localhost:${port}`;
  let proc = spawnPreview(port);
  const stop = () => {
    if (proc.exited) return;
    proc.stopping = true;
    try {
      process.kill(-proc.child.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  };
  const ensureUp = async () => {
    if (!proc.exited) return;
    console.error('  restarting vite preview');
    proc = spawnPreview(port);
    await waitUp(proc, url, timeoutMs);
  };
  try {
    await waitUp(proc, url, timeoutMs);
  } catch (e) {
    stop();
    throw e;
  }
  return { url, stop, ensureUp };
}
