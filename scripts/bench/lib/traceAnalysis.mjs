/**
 * Reads a Chrome trace (an array of trace events, ts/dur in µs) and describes each main-thread
 * task longer than `minMs`: the trace events inside it with the most self time, and the JS
 * functions the V8 CPU profiler sampled most (self, with their three nearest callers).
 * The `trace-sync` user-timing mark, set at page time `syncMs`, turns trace times into the page's
 * ms since navigation; `marks` (the journey's phase ends) name the phase of each task.
 */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function mainThreads(events) {
  const ids = new Set();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain') ids.add(`${e.pid}:${e.tid}`);
  return ids;
}

/** Samples of every CPU profile in the trace, per thread: [{ t (µs), node }] with node → {fn, parent}. */
function profiles(events) {
  const byId = new Map();
  for (const e of events) {
    if (e.name !== 'Profile' && e.name !== 'ProfileChunk') continue;
    const key = `${e.pid}:${e.id}`;
    const p = byId.get(key) ?? { thread: `${e.pid}:${e.tid}`, nodes: new Map(), samples: [], t: 0 };
    byId.set(key, p);
    if (e.name === 'Profile') p.t = e.args.data.startTime;
    const cpu = e.args?.data?.cpuProfile;
    for (const n of cpu?.nodes ?? []) p.nodes.set(n.id, { fn: `${n.callFrame.functionName || '(anonymous)'} ${(n.callFrame.url || '').split('/').pop()}:${n.callFrame.lineNumber}`, parent: n.parent });
    const deltas = e.args?.data?.timeDeltas ?? [];
    (cpu?.samples ?? []).forEach((node, i) => {
      p.t += deltas[i] ?? 0;
      p.samples.push({ t: p.t, node });
    });
  }
  return [...byId.values()];
}

function selfTimes(inner) {
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) stack.pop();
  };
  for (const e of inner) {
    close(e.ts);
    const top = stack.at(-1);
    if (top) self.set(top.name, (self.get(top.name) ?? 0) - Math.min(e.dur, top.end - e.ts));
    self.set(e.name, (self.get(e.name) ?? 0) + e.dur);
    stack.push({ name: e.name, end: e.ts + e.dur });
  }
  return [...self.entries()].sort((a, b) => b[1] - a[1]);
}

export function analyseTrace(events, { minMs = 50, syncMs, marks = {} } = {}) {
  const sync = events.find((e) => e.name === 'trace-sync');
  if (!sync) throw new Error('the trace has no trace-sync mark (category blink.user_timing), so its times cannot be placed in the walk');
  // The page's renderer only (about:blank and other renderers have their own main threads).
  const main = new Set([...mainThreads(events)].filter((t) => t.startsWith(`${sync.pid}:`)));
  const toPage = (ts) => ts / 1000 - (sync.ts / 1000 - syncMs);
  const phases = Object.entries(marks).sort((a, b) => a[1] - b[1]);
  const phaseOf = (ms) => phases.find(([, end]) => ms < end)?.[0] ?? 'after';
  const onMain = events.filter((e) => e.ph === 'X' && main.has(`${e.pid}:${e.tid}`)).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Outermost tasks only: RunTask wraps ThreadControllerImpl::RunTask, and nested run loops nest tasks.
  const tasks = [];
  for (const e of onMain) if (TASK_NAMES.has(e.name) && !(tasks.length && e.ts < tasks.at(-1).ts + tasks.at(-1).dur)) tasks.push(e);
  const longTasks = tasks.filter((e) => e.dur > minMs * 1000);
  const profs = profiles(events).filter((p) => main.has(p.thread));
  const lines = [];
  for (const task of longTasks) {
    const end = task.ts + task.dur;
    const inner = onMain.filter((e) => e !== task && e.ts >= task.ts && e.ts < end && !TASK_NAMES.has(e.name) && e.name !== 'Receive mojo message');
    const at = toPage(task.ts);
    lines.push(`\n■ ${(task.dur / 1000).toFixed(0)} ms at ${at.toFixed(0)} ms (${phaseOf(at)})`);
    lines.push(`  self time: ${selfTimes(inner).slice(0, 8).map(([n, d]) => `${n} ${(d / 1000).toFixed(0)}`).join(' · ')}`);
    const counts = new Map();
    let total = 0;
    for (const p of profs) {
      for (const s of p.samples) {
        if (s.t < task.ts || s.t >= end) continue;
        total++;
        const chain = [];
        for (let n = p.nodes.get(s.node); n && chain.length < 4; n = p.nodes.get(n.parent)) chain.push(n.fn);
        const key = chain.join(' ← ');
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
    for (const [k, c] of [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 6)) lines.push(`  ${((100 * c) / Math.max(1, total)).toFixed(0).padStart(3)} % ${k}`);
  }
  lines.unshift(`${longTasks.length} main-thread tasks over ${minMs} ms; phases end at ${JSON.stringify(Object.fromEntries(phases.map(([k, v]) => [k, Math.round(v)])))}`);
  return lines.join('\n');
}
