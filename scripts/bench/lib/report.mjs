import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The bench report: one markdown table over all sections, and results.json with every number. */
const status = (met) => (met === true ? 'met' : met === false ? 'not met' : '');
const cell = (s) => String(s ?? '').replace(/\|/g, '\\|');

export function markdownTable(sections) {
  const lines = ['| Section | Metric | Measured | Target | Status |', '|---|---|---:|---|---|'];
  for (const s of sections) {
    if (s.error) {
      lines.push(`| ${cell(s.title)} | (section failed) | ${cell(s.error.split('\n')[0].slice(0, 160))} | | not measured |`);
      continue;
    }
    for (const [i, r] of s.rows.entries()) lines.push(`| ${i === 0 ? cell(s.title) : ''} | ${cell(r.metric)} | ${cell(r.display)} | ${cell(r.target)} | ${status(r.met)} |`);
  }
  return lines.join('\n');
}

export function markdownReport(results) {
  const m = results.machine;
  const table = markdownTable(results.sections);
  const missed = results.sections.flatMap((s) => (s.rows ?? []).filter((r) => r.met === false).map((r) => `${s.title}: ${r.metric} = ${r.display} (target ${r.target})`));
  return [
    '# Bench results',
    '',
    `Measured ${results.date} with \`npm run bench\` (scripts/bench/run.mjs) on ${m.cpuCount}× ${m.cpuModel}, ${m.os}, ` +
      `${m.browser} (headless, software GL/WebGPU via SwiftShader), Node ${m.node}. Total ${results.totalSeconds.toFixed(0)} s.`,
    '',
    `Load average (1 min) at start / end: ${m.loadAvgStart.toFixed(1)} / ${m.loadAvgEnd.toFixed(1)} on ${m.cpuCount} cores. ` +
      'Other processes share this CPU; with a load above the core count, timings are pessimistic.',
    '',
    table,
    '',
    missed.length ? `Targets not met:\n${missed.map((x) => `- ${x}`).join('\n')}` : 'All targets met.',
    '',
    'Every number is measured on each run; results.json holds the raw data (samples, per-run values, tensor counts).',
    '',
  ].join('\n');
}

export function writeResults(results, jsonPath, mdPath) {
  mkdirSync(dirname(jsonPath), { recursive: true });
  writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(mdPath, markdownReport(results));
}
