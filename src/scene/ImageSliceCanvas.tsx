import { Canvas } from '@react-three/fiber';
import type { SliceVolume } from '../engine/imageTypes';
import { ImageSliceScene, type SliceHoverProps, type SlicePath } from './ImageSliceScene';

export const SLICE_BACKGROUND = '#f4f5f7';

/**
 * The canvas of a 3-D image slice (the Attack mode's and the Train mode's): z up, the box seen
 * from `cameraPosition`, the drawing buffer kept so the tests and exports can read its pixels.
 * frameloop "demand" draws only when the slice changes or the camera moves.
 */
export function ImageSliceCanvas(props: {
  volume: SliceVolume;
  paths: readonly SlicePath[];
  cameraPosition: [number, number, number];
  testId: string;
  frameloop?: 'always' | 'demand';
  /** Hover the surface or the probe plane to pick a point (ImageSliceScene). */
  hover?: SliceHoverProps;
}) {
  return (
    <Canvas
      frameloop={props.frameloop ?? 'always'}
      camera={{ position: props.cameraPosition, up: [0, 0, 1], fov: 40, near: 0.01, far: 100 }}
      dpr={[1, 1.5]}
      gl={{ antialias: false, preserveDrawingBuffer: true }}
      data-testid={props.testId}
    >
      <color attach="background" args={[SLICE_BACKGROUND]} />
      <ImageSliceScene volume={props.volume} paths={props.paths} hover={props.hover} />
    </Canvas>
  );
}
