import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import type { Track } from '../store/attackLive';
import type { AttackReadout } from '../engine/attackTypes';
import { buildTrack, disposeTrack, trajectoryProbe, type TrackStyle } from './TrajectoryObjects';
import { trajectoryMaterialCount } from './trajectoryMaterials';

const f = (...xs: number[]) => Float32Array.from(xs);

/** A finished 3-D path of 4 iterates that flips at step 2, with both δ parts non-zero. */
function track(runId: number): Track {
  const path = f(0, 0, 0, 0.1, 0, 0, 0.2, 0.05, 0, 0.3, 0.1, 0.02);
  const readout = {
    attackId: 'pgdL2',
    n: 3,
    x0: f(0, 0, 0),
    final: f(0.3, 0.1, 0.02),
    finalClass: 1,
    crossing: f(0.15, 0.02, 0),
    flipStep: 2,
    tangentPart: f(0.3, 0.1, 0),
    normalPart: f(0, 0, 0.02),
    tangentNorm: Math.hypot(0.3, 0.1),
    normalNorm: 0.02,
    trajectory: path,
  } as unknown as AttackReadout;
  return {
    runId,
    attackId: 'pgdL2',
    pointIndex: 0,
    epoch: null,
    n: 3,
    path,
    count: 4,
    readout,
    requestedAt: 0,
    receivedAt: 1,
    drawnAt: null,
    elapsedMs: 1,
  };
}

const style = (arrows: boolean): TrackStyle => ({
  color: '#111827',
  radius: 0.022,
  boxSize: 1,
  arrows,
  resolution: new THREE.Vector2(800, 600),
});

/** What three.js keys a shader program on, among what the path objects vary. */
function programKinds(g: THREE.Object3D): Set<string> {
  const out = new Set<string>();
  g.traverse((o) => {
    const m = (o as THREE.Mesh).material as THREE.Material | undefined;
    if (m) out.add(`${m.type}|transparent ${m.transparent}|depthTest ${m.depthTest}|instanced ${o instanceof THREE.InstancedMesh}`);
  });
  return out;
}

function materialsOf(g: THREE.Object3D): Set<THREE.Material> {
  const out = new Set<THREE.Material>();
  g.traverse((o) => {
    const m = (o as THREE.Mesh).material;
    if (m) (Array.isArray(m) ? m : [m]).forEach((x) => out.add(x));
  });
  return out;
}

describe('attack path objects share their materials', () => {
  it('the warm-up probe has every kind of object a path draws, so compiling it compiles their shader programs', () => {
    const probe = trajectoryProbe(style(true));
    const paths = [buildTrack(track(1), 4, style(true)), buildTrack(track(2), 3, style(false))];
    const needed = new Set(paths.flatMap((g) => [...programKinds(g)]));
    // Fat line opaque and see-through, instanced steps, meshes depth-tested and on top.
    expect(needed.size).toBe(5);
    expect([...needed].filter((k) => !programKinds(probe).has(k))).toEqual([]);
    [probe, ...paths].forEach(disposeTrack);
  });

  it('new paths, rebuilt paths and a change of the selected path create no new materials', () => {
    const g1 = buildTrack(track(1), 4, style(true));
    const count = trajectoryMaterialCount();
    const rebuilt = [buildTrack(track(1), 2, style(false)), buildTrack(track(2), 4, style(true)), buildTrack(track(3), 3, style(false))];
    expect(trajectoryMaterialCount()).toBe(count);
    const first = materialsOf(g1);
    for (const g of rebuilt) for (const m of materialsOf(g)) expect(first.has(m)).toBe(true);
    [g1, ...rebuilt].forEach(disposeTrack);
  });

  it('disposing a path frees its geometries but keeps the shared materials (their programs stay compiled)', () => {
    const g = buildTrack(track(1), 4, style(true));
    const disposed: string[] = [];
    for (const m of materialsOf(g)) m.addEventListener('dispose', () => disposed.push(`material ${m.type}`));
    let lineGeometryDisposed = false;
    g.traverse((o) => {
      const geo = (o as THREE.Mesh).geometry;
      if (geo?.type === 'LineGeometry') geo.addEventListener('dispose', () => (lineGeometryDisposed = true));
    });
    disposeTrack(g);
    expect(disposed).toEqual([]);
    expect(lineGeometryDisposed).toBe(true);
  });
});
