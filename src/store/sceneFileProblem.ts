import type { z } from 'zod';

type Issue = z.core.$ZodIssue;

/** JavaScript-style place of a value in the file: weights.layers[0].W[4]. */
function place(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

function valueAt(raw: unknown, path: readonly PropertyKey[]): unknown {
  let v = raw;
  for (const k of path) v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v;
}

function kindOf(v: unknown): string {
  if (v === undefined) return 'missing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object') return 'an object';
  if (typeof v === 'string') return 'text';
  return `a ${typeof v}`;
}

/** What is wrong with the value, in words ("is text, not a number"). */
function what(issue: Issue, v: unknown): string {
  if (issue.code === 'invalid_type') {
    if (v === undefined) return 'is missing';
    const expected = issue.expected === 'array' ? 'a list' : issue.expected === 'string' ? 'text' : `a ${issue.expected}`;
    return `is ${kindOf(v)}, not ${expected}`;
  }
  if (issue.code === 'invalid_value') {
    const allowed = issue.values.map((x) => JSON.stringify(x));
    return `is ${JSON.stringify(v) ?? 'missing'}, not ${allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`}`;
  }
  if (issue.code === 'too_small') return `is ${JSON.stringify(v)}, below the smallest allowed (${String(issue.minimum)})`;
  if (issue.code === 'too_big') return `is larger than allowed (at most ${String(issue.maximum)})`;
  return `is not valid (${issue.message})`;
}

const SAVE_HINT = 'Load a file written by Share → Save scene file.';

/**
 * The first schema failure of a scene file, said for a person: which part is wrong and what to
 * do, instead of the validator's own path and wording ("weights.layers.0.W.0: Invalid input").
 */
export function sceneFileProblem(issue: Issue | undefined, raw: unknown): string {
  if (!issue || issue.path.length === 0)
    return `This is not a Dimpled Manifold Lab scene file (it is JSON, but ${kindOf(raw)} without the app's fields). ${SAVE_HINT}`;
  const [top] = issue.path;
  const v = valueAt(raw, issue.path);
  if (top === 'app') return `This is not a Dimpled Manifold Lab scene file (its "app" ${what(issue, v)}). ${SAVE_HINT}`;
  if (top === 'version')
    return v === undefined
      ? `This scene file has no version. ${SAVE_HINT}`
      : `This scene file has version ${JSON.stringify(v)}; this app reads version 1 (a newer app may have written it).`;
  if (top === 'query') return `The scene file's settings ("query") ${what(issue, v)}. ${SAVE_HINT}`;
  if (top === 'weights') return `The weights in the scene file are damaged (${place(issue.path)} ${what(issue, v)}).`;
  if (top === 'history') return `The history in the scene file is damaged (${place(issue.path)} ${what(issue, v)}).`;
  return `The scene file's ${place(issue.path)} ${what(issue, v)}. ${SAVE_HINT}`;
}
