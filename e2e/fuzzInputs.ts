/** Seeded generators of hostile inputs for the e2e tests (issue 7). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['preset', 'manifold', 'pattern', 'layout', 'count', 'seed', 'amplitude', 'hidden', 'activation', 'initScale', 'optimizer', 'lr', 'weightDecay', 'batchSize', 'marginTarget', 'maxEpochs', 'speed', 'gridTrain', 'gridPaused', 'colorByHeight', 'showManifold', 'pts', 'cam', 'hide', 'v'];
const JUNK = ['NaN', '-1e308', '1e308', 'Infinity', '', '%00', '<script>', 'null', '[]', '{}', '0x1F', '１２', 'true', '-0', '9'.repeat(40), 'a,b,c', ',,,', '💥', 'paper-plane', 'sphere3d', 'relu', '3,400,1', 'AAAA', '1,2,3,4,5,6,7'];

/** A query string with at least one value that must be rejected or repaired. */
export function fuzzQuery(r: () => number): string {
  const parts: string[] = [];
  const n = 1 + Math.floor(r() * 6);
  for (let i = 0; i < n; i++) {
    const key = r() < 0.1 ? `zz${Math.floor(r() * 1e6)}` : KEYS[Math.floor(r() * KEYS.length)];
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(JUNK[Math.floor(r() * JUNK.length)])}`);
  }
  // Guaranteed to be wrong: an unknown version, an impossible value, or garbage points.
  const bad = [`v=${2 + Math.floor(r() * 90)}`, 'lr=not-a-number', `count=${-Math.floor(r() * 1e9)}`, 'pts=%%%', `cam=${r()}`, 'manifold=torus', 'hide=everything'];
  parts.push(bad[Math.floor(r() * bad.length)]);
  // Truncate some of them mid-way, as a bad copy-paste would.
  const q = parts.join('&');
  return r() < 0.2 ? q.slice(0, Math.max(4, Math.floor(q.length * r()))) + 'x=%' : q;
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
  ];
  return kinds[i % kinds.length]();
}

export function fuzzSceneFile(r: () => number, i: number): { name: string; text: string } {
  const variants = [
    '{"app":"dimpled-manifold-lab","version":2,"query":"v=1"}',
    '{"app":"other"}',
    '{"app":"dimpled-manifold-lab","version":1,"query":"v=1","weights":{"activation":"relu","layers":[{"inDim":3,"outDim":2,"W":[1],"b":[0,0]}]}}',
    `{"app":"dimpled-manifold-lab","version":1,"query":${r() < 0.5 ? '5' : '"v=1"'},"weights":{"activation":"gelu","layers":[]}}`,
    'not json at all',
  ];
  return { name: `scene${i}.dmlab.json`, text: variants[i % variants.length] };
}
