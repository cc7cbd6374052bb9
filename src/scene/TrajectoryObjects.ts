import * as THREE from 'three';
import { Line2 } from 'three/examples/jsm/lines/Line2.js';
import { LineGeometry } from 'three/examples/jsm/lines/LineGeometry.js';
import type { Track } from '../store/attackLive';
import { NORMAL_COLOR, TANGENT_COLOR } from '../store/attackColors';
import { arrowScale } from '../store/attackArrows';
import { CLASS_COLORS } from './colormap';
import { basicMaterial, lineMaterial } from './trajectoryMaterials';

/**
 * Three.js objects of one attack path (built imperatively: they change every frame while the
 * path streams or replays, which React should not see). Fat lines because WebGL lines are
 * 1 px; the path is drawn twice, depth-tested and as a faint ghost that shows through the
 * boundary surface, so the part beyond the boundary stays visible. Materials are shared
 * (trajectoryMaterials.ts); a path owns only its geometries.
 */
export interface TrackStyle {
  color: string;
  /** Radius of a training point's sphere; markers are sized from it. */
  radius: number;
  boxSize: number;
  /** Draw the δ arrows (only for the run shown in the readout). */
  arrows: boolean;
  /** Drawing-buffer size for the fat-line shader. */
  resolution: THREE.Vector2;
}

const OVERLAY = 10;
const unitSphere = new THREE.SphereGeometry(1, 10, 8);
const unitOctahedron = new THREE.OctahedronGeometry(1);
const shaft = new THREE.CylinderGeometry(1, 1, 1, 8);
const head = new THREE.ConeGeometry(1, 1, 12);

/** Row i of a flat path as a scene position (2-D scenes draw just above the plane z = 0). */
export function pointOf(path: ArrayLike<number>, i: number, n: number): THREE.Vector3 {
  const o = i * n;
  return new THREE.Vector3(path[o], path[o + 1], n > 2 ? path[o + 2] : 0.03);
}

function fatLine(pts: THREE.Vector3[], color: string, width: number, res: THREE.Vector2, ghost: boolean): Line2 {
  const geo = new LineGeometry();
  geo.setPositions(pts.flatMap((p) => [p.x, p.y, p.z]));
  const line = new Line2(geo, lineMaterial(color, width, ghost, res));
  line.computeLineDistances();
  line.renderOrder = ghost ? OVERLAY : 0;
  return line;
}

function marker(geo: THREE.BufferGeometry, at: THREE.Vector3, r: number, color: string, onTop: boolean): THREE.Mesh {
  const m = new THREE.Mesh(geo, basicMaterial(color, onTop));
  m.position.copy(at);
  m.scale.setScalar(r);
  m.renderOrder = onTop ? OVERLAY + 1 : 0;
  return m;
}

/** An arrow from `from` along `vec` (shaft + cone), drawn on top of everything. */
function arrow(from: THREE.Vector3, vec: THREE.Vector3, color: string, thickness: number): THREE.Group {
  const g = new THREE.Group();
  const len = vec.length();
  const headLen = Math.min(len * 0.4, thickness * 3);
  const mat = basicMaterial(color, true);
  const s = new THREE.Mesh(shaft, mat);
  s.scale.set(thickness, len - headLen, thickness);
  s.position.y = (len - headLen) / 2;
  const h = new THREE.Mesh(head, mat);
  h.scale.set(thickness * 2.2, headLen, thickness * 2.2);
  h.position.y = len - headLen / 2;
  g.add(s, h);
  g.position.copy(from);
  g.quaternion.setFromUnitVectors(new THREE.Vector3(0, 1, 0), vec.clone().normalize());
  g.children.forEach((c) => (c.renderOrder = OVERLAY + 2));
  return g;
}

function steps(pts: THREE.Vector3[], r: number, color: string): THREE.InstancedMesh {
  const mesh = new THREE.InstancedMesh(unitSphere, basicMaterial(color, false), pts.length);
  const o = new THREE.Object3D();
  pts.forEach((p, i) => {
    o.position.copy(p);
    o.scale.setScalar(r);
    o.updateMatrix();
    mesh.setMatrixAt(i, o.matrix);
  });
  return mesh;
}

/** The path's first `visible` iterates with step markers, crossing, final point and arrows. */
export function buildTrack(t: Track, visible: number, style: TrackStyle): THREE.Group {
  const g = new THREE.Group();
  g.name = `attack-track-${t.runId}`;
  if (t.n !== 2 && t.n !== 3) return g; // only the toy scenes draw paths
  const pts = Array.from({ length: visible }, (_, i) => pointOf(t.path, i, t.n));
  const r = style.radius;
  if (pts.length >= 2) {
    g.add(fatLine(pts, style.color, 3, style.resolution, false), fatLine(pts, style.color, 2, style.resolution, true));
  }
  g.add(steps(pts.slice(1), 0.22 * r, style.color));
  const ro = t.readout;
  if (!ro) return g;
  if (ro.crossing && ro.flipStep !== null && visible > ro.flipStep) {
    g.add(marker(unitOctahedron, pointOf(ro.crossing, 0, t.n), 0.5 * r, '#111111', true));
  }
  if (visible === t.count) {
    g.add(marker(unitSphere, pointOf(ro.final, 0, t.n), 0.5 * r, CLASS_COLORS[ro.finalClass % CLASS_COLORS.length], true));
    g.add(marker(unitSphere, pointOf(ro.final, 0, t.n), 0.62 * r, style.color, false));
  }
  if (style.arrows) {
    const k = arrowScale(ro, style.boxSize);
    const from = pointOf(ro.x0, 0, t.n);
    for (const [part, color] of [
      [ro.tangentPart, TANGENT_COLOR],
      [ro.normalPart, NORMAL_COLOR],
    ] as const) {
      const v = pointOf(part, 0, t.n).multiplyScalar(k);
      if (t.n === 2) v.z = 0;
      if (v.length() > 1e-9) g.add(arrow(from, v, color, 0.22 * r));
    }
  }
  return g;
}

/**
 * One object of every kind a path draws (opaque and see-through fat line, instanced steps,
 * depth-tested and on-top markers), for compiling their shader programs before the first
 * attack (Trajectories.tsx); never drawn. Free it with disposeTrack.
 */
export function trajectoryProbe(style: Pick<TrackStyle, 'color' | 'radius' | 'resolution'>): THREE.Group {
  const g = new THREE.Group();
  const pts = [new THREE.Vector3(0, 0, 0), new THREE.Vector3(style.radius, 0, 0)];
  g.add(fatLine(pts, style.color, 3, style.resolution, false), fatLine(pts, style.color, 2, style.resolution, true));
  g.add(steps(pts, 0.22 * style.radius, style.color));
  g.add(marker(unitSphere, pts[0], style.radius, style.color, true), marker(unitSphere, pts[1], style.radius, style.color, false));
  return g;
}

/**
 * Draw a built path faint (computed on another epoch's network): each object gets its own copy of
 * its material at a quarter of the opacity. Copies, because the materials are shared by every path
 * (trajectoryMaterials.ts); a copy with `transparent` set uses the see-through program that the
 * shared materials keep linked. disposeTrack frees the copies.
 */
export function dimTrack(g: THREE.Object3D): void {
  g.traverse((o) => {
    const mesh = o as THREE.Mesh;
    if (!mesh.material) return;
    const dim = (x: THREE.Material) => {
      const c = x.clone();
      c.transparent = true;
      c.opacity = x.opacity * 0.25;
      c.depthWrite = false;
      c.userData.ownedByTrack = true;
      return c;
    };
    mesh.material = Array.isArray(mesh.material) ? mesh.material.map(dim) : dim(mesh.material);
  });
}

/** Free what buildTrack and dimTrack allocated (unit geometries and shared materials are kept). */
export function disposeTrack(g: THREE.Object3D): void {
  g.traverse((o) => {
    const m = o as THREE.Mesh;
    if (m.geometry instanceof LineGeometry) m.geometry.dispose();
    if (o instanceof THREE.InstancedMesh) o.dispose();
    const mats = m.material ? (Array.isArray(m.material) ? m.material : [m.material]) : [];
    for (const x of mats) if (x.userData.ownedByTrack) x.dispose();
  });
}
