import { Canvas } from '@react-three/fiber';
import { AdaptiveDpr } from '@react-three/drei';
import { useApp } from '../store/appStore';
import { Scene3D } from './Scene3D';
import { Scene2D } from './Scene2D';
import { RenderOnDemand } from './RenderOnDemand';
import { setUpRenderer } from './rendererSetup';

/**
 * The canvas: 2-D scenes get an orthographic top view, 3-D scenes a perspective orbit view.
 * No antialiasing (halves the frame rate on software GL); the drawing buffer is preserved
 * so the view can be exported as PNG. Frames are drawn on demand (RenderOnDemand.tsx), one at a
 * time on the GPU; the drawing buffer is scaled to small size changes and reallocated only for
 * large ones, once the layout has settled (rendererSetup.ts).
 */
export function Viewport() {
  const dataset = useApp((s) => s.dataset);
  if (!dataset) return <div className="viewport-empty">Building the scene…</div>;
  const is2d = dataset.n === 2;
  return (
    <Canvas
      key={is2d ? '2d' : '3d'}
      frameloop="demand"
      orthographic={is2d}
      camera={is2d ? { position: [0.5, 0.5, 5], near: 0.01, far: 100 } : { fov: 40, near: 0.01, far: 100 }}
      dpr={[1, 1.5]}
      performance={{ min: 0.5, debounce: 600 }}
      gl={{ antialias: false, preserveDrawingBuffer: true }}
      data-testid="viewport"
      onCreated={setUpRenderer}
    >
      <color attach="background" args={['#f4f5f7']} />
      {/* While orbiting, the controls "regress" the frame: half resolution until 600 ms after the last move (so it does not flip back to full size between the moves of one drag when frames are slow). */}
      <AdaptiveDpr />
      <RenderOnDemand />
      {is2d ? <Scene2D dataset={dataset} /> : <Scene3D dataset={dataset} />}
    </Canvas>
  );
}
