import type * as THREE from 'three';

/**
 * Keeps every shader program `renderer` has linked for the renderer's lifetime.
 *
 * three deletes a program when the last material using it is disposed, and links it again when
 * an equal material appears: a thumbnail panel reopened, an attack path rebuilt, a lecture step
 * remounting a view. Each new link is followed, at the program's first use, by a wait for the GPU
 * process to finish linking it and everything queued before it; on software GL that wait was
 * 50–700 ms (Chrome traces of the bench's journey: three's `onFirstUse`, the same seven thumbnail
 * programs linked three times over one walk). The programs are few (one per material kind and light
 * set) and small, so each is counted as used once more, which three's releaseProgram never undoes.
 * Uses three's `renderer.info.programs` (the program cache) and `WebGLProgram.usedTimes`.
 */
export function keepShaderPrograms(renderer: THREE.WebGLRenderer): void {
  const kept = new WeakSet<object>();
  const render = renderer.render.bind(renderer);
  const keepNew = () => {
    for (const p of renderer.info.programs ?? []) {
      if (kept.has(p)) continue;
      kept.add(p);
      (p as { usedTimes: number }).usedTimes++;
    }
  };
  renderer.render = (scene: THREE.Object3D, camera: THREE.Camera) => {
    render(scene, camera);
    keepNew();
  };
  const compileAsync = renderer.compileAsync.bind(renderer);
  renderer.compileAsync = (scene, camera, target) => compileAsync(scene, camera, target).then((r) => (keepNew(), r));
}
