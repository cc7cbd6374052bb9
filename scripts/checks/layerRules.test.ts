// The lint of `npm test` must bite: the layer rules flag each kind of back-import and cycle on a
// fixture tree, and ESLint flags code the CSP would block (eval and its relatives).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../..', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

describe('layer rules (.dependency-cruiser.cjs)', () => {
  it('flag every back-import, run-time worker import, loose root module and cycle in the fixtures, and nothing allowed', () => {
    const cli = `${root}node_modules/dependency-cruiser/bin/dependency-cruise.mjs`;
    let out: string;
    try {
      out = execFileSync(process.execPath, [cli, 'src', '--config', `${root}.dependency-cruiser.cjs`, '--output-type', 'json'], {
        cwd: fixtures,
        encoding: 'utf8',
      });
    } catch (e) {
      // The cruiser exits non-zero when it finds violations; its report is still on stdout.
      out = (e as { stdout: string }).stdout;
    }
    const found = (JSON.parse(out).summary.violations as Violation[]).map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
    expect(found).toEqual(
      [
        'core-is-the-bottom: src/core/importsEngine.ts -> src/engine/worker.ts',
        'engine-imports-core: src/engine/importsLoose.ts -> src/looseHelper.ts',
        'no-cycles: src/store/cycleA.ts -> src/store/cycleB.ts',
        'no-loose-root-modules: src/engine/importsLoose.ts -> src/looseHelper.ts',
        'page-imports-engine-types-only: src/ui/importsWorker.ts -> src/engine/worker.ts',
        'scene-below-ui: src/scene/importsUi.ts -> src/ui/Panel.ts',
        'store-below-the-page: src/store/importsUi.ts -> src/ui/Panel.ts',
        'store-reaches-the-worker-through-the-client: src/store/importsWorker.ts -> src/engine/worker.ts',
      ].sort(),
    );
  }, 60_000);
});

describe('no-eval lint (the CSP has no unsafe-eval)', () => {
  it('flags eval, new Function and string timers in app code', async () => {
    const eslint = new ESLint({ cwd: root });
    const code = "export const a = eval('1');\nexport const f = new Function('return 1');\nsetTimeout('a()', 1);\n";
    const [res] = await eslint.lintText(code, { filePath: `${root}src/core/evalProbe.ts` });
    const rules = res.messages.map((m) => m.ruleId).sort();
    expect(rules).toEqual(['no-eval', 'no-implied-eval', 'no-new-func']);
    expect(res.messages.every((m) => m.severity === 2)).toBe(true);
  }, 60_000);
});
