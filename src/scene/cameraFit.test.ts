import { describe, expect, it } from 'vitest';
import * as THREE from 'three';
import { applyPose, cameraShowsBox, poseOf } from './cameraFit';

const line = { lo: [-0.2, -0.2], hi: [1.25, 1.25] };
const cube = { lo: [0, 0, 0], hi: [1, 1, 1] };

function ortho(w = 600, h = 400): THREE.OrthographicCamera {
  const c = new THREE.OrthographicCamera(-w / 2, w / 2, h / 2, -h / 2, 0.01, 100);
  return c;
}

describe('a camera that cannot show the data is detected', () => {
  it('the 2-D default top view shows the square; a 3-D orbit pose applied to it does not', () => {
    const c = ortho();
    applyPose(c, [0.525, 0.525, 5, 0.525, 0.525, 0, 400 / 1.566]);
    expect(cameraShowsBox(c, line.lo, line.hi)).toBe(true);
    // The paper 3-D default pose (zoom 1): in the orthographic view the square is a speck.
    applyPose(c, [2.25, -0.95, 1.55, 0.5, 0.5, 0.5, 1]);
    expect(cameraShowsBox(c, line.lo, line.hi)).toBe(false);
  });

  it('a perspective orbit view of the cube passes; looking away or zoomed far out fails', () => {
    const c = new THREE.PerspectiveCamera(40, 1.5, 0.01, 100);
    c.up.set(0, 0, 1);
    applyPose(c, [2.25, -0.95, 1.55, 0.5, 0.5, 0.5, 1]);
    expect(cameraShowsBox(c, cube.lo, cube.hi)).toBe(true);
    applyPose(c, [2.25, -0.95, 1.55, 5, -5, 1.55, 1]);
    expect(cameraShowsBox(c, cube.lo, cube.hi)).toBe(false);
    applyPose(c, [80, -60, 50, 0.5, 0.5, 0.5, 1]);
    expect(cameraShowsBox(c, cube.lo, cube.hi)).toBe(false);
  });

  it('poses round-trip', () => {
    const c = ortho();
    const target = new THREE.Vector3();
    applyPose(c, [0.5, 0.5, 5, 0.5, 0.5, 0, 300], target);
    expect(poseOf(c, target)).toEqual([0.5, 0.5, 5, 0.5, 0.5, 0, 300]);
  });
});
