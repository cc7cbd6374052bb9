/** Seeded generators of hostile inputs for the e2e tests. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = [
  'preset',
  'manifold',
  'pattern',
  'layout',
  'count',
  'seed',
  'amplitude',
  'hidden',
  'activation',
  'initScale',
  'optimizer',
  'lr',
  'weightDecay',
  'batchSize',
  'marginTarget',
  'maxEpochs',
  'speed',
  'gridTrain',
  'gridPaused',
  'colorByHeight',
  'showManifold',
  'pts',
  'cam',
  'hide',
  'v',
];
const JUNK = [
  'NaN',
  '-1e308',
  '1e308',
  'Infinity',
  '',
  '%00',
  '<script>',
  'null',
  '[]',
  '{}',
  '0x1F',
  '１２',
  'true',
  '-0',
  '9'.repeat(40),
  'a,b,c',
  ',,,',
  '💥',
  'paper-plane',
  'sphere3d',
  'relu',
  '3,400,1',
  'AAAA',
  '1,2,3,4,5,6,7',
];

/** A query string with at least one value that must be rejected or repaired. */
export function fuzzQuery(r: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const key = r() < 0.1 ? `zz${Math.floor(r() * 1e6)}` : KEYS[Math.floor(r() * KEYS.length)];
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(JUNK[Math.floor(r() * JUNK.length)])}`);
  }
  // Guaranteed to be wrong: an unknown version, an impossible value, or garbage points.
  const bad = [
    `v=${2 + Math.floor(r() * 90)}`,
    'lr=not-a-number',
    `count=${-Math.floor(r() * 1e9)}`,
    'pts=%%%',
    `cam=${r()}`,
    'manifold=torus',
    'hide=everything',
    `lr=${hugeFinite(r)}`,
    `amplitude=${hugeFinite(r)}`,
  ];
  parts.push(bad[Math.floor(r() * bad.length)]);
  // Truncate some of them mid-way, as a bad copy-paste would.
  const q = parts.join('&');
  return r() < 0.2 ? q.slice(0, Math.max(4, Math.floor(q.length * r()))) + 'x=%' : q;
}

/** A fragment with garbage or truncated points: long (a 2,000-point link is ~11,000 characters) or short. */
export function fuzzPointsFragment(r: () => number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const len = r() < 0.5 ? 5_000 + Math.floor(r() * 20_000) : Math.floor(r() * 40);
  const body = Array.from({ length: len }, () => alphabet[Math.floor(r() * alphabet.length)]).join('');
  // Some start like a real format-2 header (version 2, n = 3) so that the inflater sees them.
  return `#${r() < 0.3 ? 'image&' : ''}pts=${r() < 0.5 ? 'AgP' : ''}${body}`;
}

/** Malformed point-set and scene files. */
export function fuzzFile(r: () => number, i: number): { name: string; text: string } {
  const kinds: (() => { name: string; text: string })[] = [
    () => ({ name: `empty${i}.csv`, text: '' }),
    () => ({ name: `words${i}.csv`, text: 'x,y,z,label\n' + 'hello,world,!,?\n'.repeat(3) }),
    () => ({ name: `short${i}.csv`, text: 'x,y,z,label\n0,0,0.5,0\n0.1,0.2\n' }),
    () => ({ name: `label${i}.csv`, text: `x,y,z,label\n0,0,0.5,0\n0,0,0.5,${2 + Math.floor(r() * 100)}\n` }),
    () => ({ name: `box${i}.csv`, text: `x,y,z,label\n0,0,0.5,0\n${1e6 * r()},0,0.5,1\n` }),
    () => ({ name: `nan${i}.csv`, text: 'x,y,z,label\n0,0,0.5,0\nNaN,0,0.5,1\n' }),
    () => ({ name: `binary${i}.csv`, text: String.fromCharCode(...Array.from({ length: 200 }, () => Math.floor(r() * 256))) }),
    () => ({ name: `json${i}.json`, text: '{"version":1,"n":3,"points":[[0,0,"a"]],"labels":[0]}' }),
    () => ({ name: `trunc${i}.json`, text: '{"version":1,"n":3,"points":[[0,0,0.5],[1,' }),
    () => ({ name: `huge${i}.csv`, text: 'x,y,z,label\n' + '0.5,0.5,0.5,1\n'.repeat(2500) }),
    () => ({ name: `dims${i}.csv`, text: 'x,y,label\n0,0,0\n1,1,1\n' }),
    // A headerless NaN first row is data (rejected with its line), not a header to drop.
    () => ({ name: `nanfirst${i}.csv`, text: `NaN,0.2,0.5,0\n${planeRows(3, i).join('\n')}\n` }),
    () => ({ name: `unclosed${i}.csv`, text: `x,y,z,label\n"0.1,0.2,0.5,0\n${planeRows(3, i).join('\n')}\n` }),
    () => ({ name: `hugefinite${i}.csv`, text: `x,y,z,label\n${hugeFinite(r)},0.2,0.5,0\n${planeRows(3, i).join('\n')}\n` }),
    () => ({ name: `crlong${i}.csv`, text: 'x,y,z,label\r' + planeRows(2001, i).join('\r') + '\r' }),
  ];
  return kinds[i % kinds.length]();
}

/**
 * A number that is finite as a double but huge: past float32's 3.4e38 or near the double limit,
 * either sign (what overflows a float32 forward pass or a difference of two grid values).
 */
export function hugeFinite(r: () => number): number {
  const v = r() < 0.5 ? 10 ** (38.55 + r() * 269.7) : 3.4028236e38 * (1 + r());
  return (r() < 0.5 ? -1 : 1) * Math.min(v, Number.MAX_VALUE);
}

/** `count` rows x,y,0.5,label on the paper's plane, labels by the 5×5 checkerboard (seeded). */
export function planeRows(count: number, seed: number): string[] {
  const r = rng(seed);
  return Array.from({ length: count }, () => {
    const x = Number(r().toFixed(5)),
      y = Number(r().toFixed(5));
    return `${x},${y},0.5,${(Math.floor(x * 5) + Math.floor(y * 5)) % 2}`;
  });
}

/** A long point set as CSV (the app's maximum is 2,000 points). */
export function planeCsv(count: number, seed: number): string {
  return `x,y,z,label\n${planeRows(count, seed).join('\n')}\n`;
}

/**
 * The same three points in CSV dialects other tools write: quoted fields (pandas
 * quoting=ALL), R's write.csv (quoted label, row names), CR-only (old Mac), CRLF, semicolons
 * with decimal commas and a BOM (European Excel), tabs with blank lines. Each must import as
 * `points` / `labels`.
 */
export function csvDialects(): { name: string; text: string; points: number[]; labels: number[] }[] {
  const points = [0.1, 0.2, 0.5, 0.3, 0.4, 0.5, 0.7, 0.9, 0.5],
    labels = [0, 1, 0];
  const rows = [0, 1, 2].map((i) => [...points.slice(3 * i, 3 * i + 3), labels[i]]);
  const join = (lines: string[], eol: string) => lines.join(eol) + eol;
  const plain = (sep: string, f: (v: number, j: number) => string = (v) => String(v)) => rows.map((r) => r.map(f).join(sep));
  return [
    { name: 'quoted.csv', text: join(['"x","y","z","label"', ...plain(',', (v) => `"${v}"`)], '\n') },
    { name: 'r-style.csv', text: join(['"x","y","z","label"', ...plain(',', (v, j) => (j === 3 ? `"${v}"` : String(v)))], '\n') },
    {
      name: 'r-rownames.csv',
      text: join(
        ['"","x","y","z","label"', ...plain(',', (v, j) => (j === 3 ? `"${v}"` : String(v))).map((l, i) => `"${i + 1}",${l}`)],
        '\n',
      ),
    },
    { name: 'old-mac.csv', text: join(['x,y,z,label', ...plain(',')], '\r') },
    { name: 'windows.csv', text: join(['x,y,z,label', ...plain(',')], '\r\n') },
    { name: 'excel-de.csv', text: '\ufeff' + join(['x;y;z;label', ...plain(';', (v) => String(v).replace('.', ','))], '\r\n') },
    { name: 'tabs.csv', text: join(['x\ty\tz\tlabel', '', ...plain('\t'), ''], '\n') },
    { name: 'headerless-cr.csv', text: join(plain(','), '\r') },
  ].map((d) => ({ ...d, points, labels }));
}

export function fuzzSceneFile(r: () => number, i: number): { name: string; text: string } {
  const variants = [
    '{"app":"dimpled-manifold-lab","version":2,"query":"v=1"}',
    '{"app":"other"}',
    '{"app":"dimpled-manifold-lab","version":1,"query":"v=1","weights":{"activation":"relu","layers":[{"inDim":3,"outDim":2,"W":[1],"b":[0,0]}]}}',
    `{"app":"dimpled-manifold-lab","version":1,"query":${r() < 0.5 ? '5' : '"v=1"'},"weights":{"activation":"gelu","layers":[]}}`,
    'not json at all',
    // Finite as doubles but past float32's range: caught at import with the field named.
    `{"app":"dimpled-manifold-lab","version":1,"query":"v=1","weights":{"activation":"relu","layers":[{"inDim":3,"outDim":1,"W":[${hugeFinite(r)},1,1],"b":[0]}]}}`,
  ];
  return { name: `scene${i}.dmlab.json`, text: variants[i % variants.length] };
}
